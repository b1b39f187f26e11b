package dev.surety.cli.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The part of the SARIF 2.1.0 object model that surety writes, as typed records (in the manner of
 * PMD's {@code SarifLog}). Absent ({@code null}) properties are left out.
 */
final class Sarif {

  private Sarif() {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"$schema", "version", "runs"})
  record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"tool", "columnKind", "results"})
  record Run(Tool tool, String columnKind, List<Result> results) {}

  record Tool(ToolComponent driver) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "version", "informationUri", "rules"})
  record ToolComponent(
      String name, String version, String informationUri, List<ReportingDescriptor> rules) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "id", "name", "shortDescription", "fullDescription", "defaultConfiguration", "helpUri"
  })
  record ReportingDescriptor(
      String id,
      String name,
      Message shortDescription,
      Message fullDescription,
      Configuration defaultConfiguration,
      String helpUri) {}

  record Configuration(String level) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"text", "markdown"})
  record Message(String text, String markdown) {
    static Message text(String text) {
      return new Message(text, null);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "ruleId", "ruleIndex", "level", "message", "locations", "relatedLocations", "suppressions",
    "properties"
  })
  record Result(
      String ruleId,
      Integer ruleIndex,
      String level,
      Message message,
      List<Location> locations,
      List<Location> relatedLocations,
      List<Suppression> suppressions,
      Map<String, String> properties) {}

  /** A suppression in the source, with the reason written after {@code --}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"kind", "justification"})
  record Suppression(String kind, String justification) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "physicalLocation", "message"})
  record Location(Integer id, PhysicalLocation physicalLocation, Message message) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"artifactLocation", "region"})
  record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {}

  record ArtifactLocation(String uri) {}

  @JsonPropertyOrder({"startLine", "startColumn", "endLine", "endColumn"})
  record Region(int startLine, int startColumn, int endLine, int endColumn) {}
}

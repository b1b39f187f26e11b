package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code json} output parses back into the shape CLI.md documents. */
class JsonShapeTest {

  private final JsonNode root =
      readTree(OutputFormat.JSON.renderer().renderToString(FormatFixtures.report()));

  private static JsonNode readTree(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void topLevel() {
    assertThat(names(root))
        .containsExactly("version", "files", "diagnostics", "suppressed", "summary");
    assertThat(root.get("version").asInt()).isEqualTo(1);
    assertThat(root.get("files").asInt()).isEqualTo(4);
    assertThat(names(root.get("summary"))).containsExactly("error", "warning", "info");
    assertThat(root.at("/summary/error").asInt()).isEqualTo(3);
    assertThat(root.at("/summary/warning").asInt()).isEqualTo(2);
    assertThat(root.at("/summary/info").asInt()).isEqualTo(2);
  }

  @Test
  void everyDiagnosticHasTheDocumentedFields() {
    JsonNode diagnostics = root.get("diagnostics");
    assertThat(diagnostics.size()).isEqualTo(7);
    for (JsonNode d : diagnostics) {
      List<String> expected =
          new ArrayList<>(List.of("file", "range", "severity", "code", "name", "message"));
      if (d.has("help")) {
        expected.add("help");
        assertThat(d.get("help").isTextual()).isTrue();
      }
      expected.add("related");
      assertThat(names(d)).containsExactlyElementsOf(expected);
      assertThat(d.get("file").isTextual()).isTrue();
      assertThat(d.get("severity").asText()).isIn("error", "warning", "info");
      assertThat(d.get("code").asText()).matches("SUR[0-9]{3}");
      JsonNode range = d.get("range");
      if (!range.isNull()) {
        assertThat(names(range)).containsExactly("start", "end");
        assertThat(names(range.get("start"))).containsExactly("line", "column");
        assertThat(range.at("/start/line").asInt()).isPositive();
      }
      for (JsonNode related : d.get("related")) {
        assertThat(names(related)).containsExactly("file", "range", "message");
      }
    }
  }

  @Test
  void orderedByFileThenPosition() {
    JsonNode sur201 = root.get("diagnostics").get(6);
    assertThat(sur201.get("code").asText()).isEqualTo("SUR201");
    assertThat(sur201.at("/range/start/line").asInt()).isEqualTo(12);
    assertThat(sur201.at("/range/start/column").asInt()).isEqualTo(5);
    assertThat(sur201.at("/range/end/column").asInt()).isEqualTo(55);
    assertThat(sur201.at("/related/0/message").asText()).isEqualTo("Congress is declared here");
  }

  @Test
  void twoSpaceIndentAndATrailingNewline() {
    String json = OutputFormat.JSON.renderer().renderToString(FormatFixtures.report());
    assertThat(json).startsWith("{\n  \"version\": 1,\n").endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void suppressedFindingsKeepTheirReasonAndAreNotCounted() {
    // LANGUAGE.md section 5: "The reason after `--` is kept in reports."
    JsonNode suppressed = root.get("suppressed");
    assertThat(suppressed.size()).isEqualTo(1);
    JsonNode s = suppressed.get(0);
    assertThat(names(s)).containsExactly(
        "file", "range", "severity", "code", "name", "message", "help", "related", "suppression");
    assertThat(s.get("code").asText()).isEqualTo("SUR107");
    assertThat(s.at("/suppression/kind").asText()).isEqualTo("disable-next-line");
    assertThat(s.at("/suppression/reason").asText()).isEqualTo("duration is negotiated separately");
    assertThat(root.at("/summary/warning").asInt()).isEqualTo(2); // as before: not counted
  }
}

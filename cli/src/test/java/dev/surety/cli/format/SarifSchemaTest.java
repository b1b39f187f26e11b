package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the {@code sarif} output against the official SARIF 2.1.0 schema (a draft-04 schema,
 * copied into {@code cli/src/test/resources/format/} so the test needs nothing outside the module).
 */
class SarifSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/format/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema resource").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  private static List<Error> validate(LintReport report) throws IOException {
    JsonNode log = MAPPER.readTree(OutputFormat.SARIF.renderer().renderToString(report));
    return schema.validate(log);
  }

  @Test
  void theFixtureIsValid() throws IOException {
    assertThat(validate(FormatFixtures.report())).isEmpty();
  }

  @Test
  void anEmptyReportIsValid() throws IOException {
    assertThat(validate(LintReport.builder().fileCount(0).build())).isEmpty();
  }

  @Test
  void theSchemaCatchesAnInvalidLog() throws IOException {
    JsonNode bad = MAPPER.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
    assertThat(schema.validate(bad)).isNotEmpty();
  }

  @Test
  void mapsLevelsRulesAndPositions() throws IOException {
    Diagnostic info =
        Diagnostic.builder()
            .code("SUR114")
            .name("unused-declaration")
            .severity(Severity.INFO)
            .message("m")
            .range(SourceRange.of("a b/é.surety", 2, 3, 2, 9))
            .build();
    LintReport report =
        LintReport.builder()
            .fileCount(1)
            .rules(FormatFixtures.rules())
            .addDiagnostics(info)
            .build();
    JsonNode log = MAPPER.readTree(OutputFormat.SARIF.renderer().renderToString(report));
    JsonNode run = log.get("runs").get(0);
    assertThat(run.get("columnKind").asText()).isEqualTo("unicodeCodePoints");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(rules.size()).isEqualTo(FormatFixtures.rules().size());
    JsonNode result = run.get("results").get(0);
    assertThat(result.get("level").asText()).isEqualTo("note");
    int index = result.get("ruleIndex").asInt();
    assertThat(rules.get(index).get("id").asText()).isEqualTo("SUR114");
    assertThat(rules.get(index).get("helpUri").asText())
        .isEqualTo("https://surety.dev/docs/rules#sur114-unused-declaration"); // docs/rules.md's anchor
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("a%20b/%C3%A9.surety");
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(3);
    assertThat(location.at("/region/endColumn").asInt()).isEqualTo(9);
    assertThat(validate(report)).isEmpty();
  }

  @Test
  void aFindingAboutAWholeFileHasALocationWithoutARegion() throws IOException {
    // SUR003 of a file over maxFileBytes, SUR002 of a path that cannot be read: no position
    Diagnostic whole = Diagnostic.builder().code("SUR003").name("limit-exceeded")
        .severity(Severity.ERROR).message("file big.surety is 208 bytes, over the limit")
        .range(SourceRange.of("big.surety", SourcePosition.NONE, SourcePosition.NONE)).build();
    LintReport report = LintReport.builder().fileCount(1).rules(FormatFixtures.rules())
        .addDiagnostics(whole).build();
    JsonNode location = MAPPER.readTree(OutputFormat.SARIF.renderer().renderToString(report))
        .at("/runs/0/results/0/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo("big.surety");
    assertThat(location.has("region")).isFalse();
    assertThat(validate(report)).isEmpty();
  }

  @Test
  void aFileShownByItsAbsolutePathIsAFileUri() {
    assertThat(SarifRenderer.uri("/tmp/drafts/a b.surety")).isEqualTo("file:///tmp/drafts/a%20b.surety");
    assertThat(SarifRenderer.uri("drafts/a b.surety")).isEqualTo("drafts/a%20b.surety");
    assertThat(SarifRenderer.helpUri("SUR999")).isEqualTo("https://surety.dev/docs/rules#sur999");
  }

  @Test
  void aRelativeNameWithAColonInItsFirstSegmentIsNotReadAsAScheme() {
    // `v1:draft.surety` was written as it is: a URI of the scheme `v1` (RFC 3986, section 4.2)
    assertThat(SarifRenderer.uri("v1:draft.surety")).isEqualTo("./v1:draft.surety");
    assertThat(java.net.URI.create(SarifRenderer.uri("v1:draft.surety")).getScheme()).isNull();
    assertThat(SarifRenderer.uri("C:x.surety")).isEqualTo("./C:x.surety");
    assertThat(SarifRenderer.uri("drafts/v1:draft.surety")).isEqualTo("drafts/v1:draft.surety");
  }

  @Test
  void aSuppressedFindingIsAResultSuppressedInTheSourceWithItsReason() throws IOException {
    JsonNode results = MAPPER.readTree(OutputFormat.SARIF.renderer()
        .renderToString(FormatFixtures.report())).at("/runs/0/results");
    List<JsonNode> suppressed = new java.util.ArrayList<>();
    results.forEach(r -> {
      if (r.has("suppressions")) {
        suppressed.add(r);
      }
    });
    assertThat(suppressed).singleElement().satisfies(r -> {
      assertThat(r.get("ruleId").asText()).isEqualTo("SUR107");
      assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
      assertThat(r.at("/suppressions/0/justification").asText())
          .isEqualTo("duration is negotiated separately");
    });
    assertThat(results.size()).isEqualTo(FormatFixtures.diagnostics().size() + 1);
  }
}

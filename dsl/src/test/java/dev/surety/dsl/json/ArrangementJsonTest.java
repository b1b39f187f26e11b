package dev.surety.dsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surety.core.model.Arrangement;
import dev.surety.core.source.SourceRange;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArrangementJsonTest {

  private final Arrangement rich = Arrangements.rich();
  private final String json = ArrangementJson.write(rich);

  @Test
  void roundTripsToAnEqualModel() {
    Arrangement back = ArrangementJson.read(json);
    assertThat(back).isEqualTo(rich);
  }

  /**
   * Ranges are outside {@code equals}; the JSON holds every one of them, so equal JSON after a
   * round trip means equal ranges. A few are also checked one by one.
   */
  @Test
  void roundTripsEveryRange() {
    Arrangement back = ArrangementJson.read(json);
    assertThat(ArrangementJson.write(back)).isEqualTo(json);
    assertThat(back.range()).isEqualTo(rich.range());
    assertThat(back.kind().get().range()).isEqualTo(rich.kind().get().range());
    assertThat(back.commitments().get(0).kind().range())
        .isEqualTo(rich.commitments().get(0).kind().range());
    assertThat(back.commitments().get(0).funding().get(0).money().range())
        .isEqualTo(rich.commitments().get(0).funding().get(0).money().range());
    assertThat(back.layers().get(0).forceLevels().get(0).party().range())
        .isEqualTo(rich.layers().get(0).forceLevels().get(0).party().range());
    assertThat(back.parties().get(1).range()).isEqualTo(SourceRange.NONE);
  }

  @Test
  void isVersionedPrettyAndStable() {
    assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"title\": ").endsWith("}\n");
    assertThat(json).doesNotContain("\r").contains("Україна").contains("\"beneficiaries\": [\n");
    assertThat(ArrangementJson.write(Arrangements.rich())).isEqualTo(json);
  }

  @Test
  void writesVocabularyTermsByCanonicalSpelling() throws Exception {
    JsonNode tree = ArrangementJson.MAPPER.readTree(json);
    JsonNode kind = tree.at("/commitments/1/kind");
    assertThat(kind.get("text").asText()).isEqualTo("collective defense");
    assertThat(kind.get("term").asText()).isEqualTo("mutual defence");
    assertThat(tree.at("/triggers/1/event").has("term")).isFalse(); // unknown phrase kept as written
    assertThat(tree.at("/instrument/value").asText()).isEqualTo("executive agreement");
    assertThat(tree.at("/status/value").asText()).isEqualTo("in force");
    assertThat(tree.at("/commitments/0/modes/1/value").asText()).isEqualTo("after consultation");
    assertThat(tree.at("/commitments/0/geographicLimits/0/type").asText()).isEqualTo("only in");
    assertThat(tree.at("/durations/0/type").asText()).isEqualTo("fixed");
    assertThat(tree.at("/dated/value").asText()).isEqualTo("2026-02-24");
  }

  @Test
  void keepsTheScaleOfAmounts() {
    Arrangement back = ArrangementJson.read(json);
    BigDecimal amount = back.commitments().get(0).funding().get(1).money().amount();
    assertThat(amount.toString()).isEqualTo("1.50");
    assertThat(json).contains("\"amount\": 1.50");
  }

  @Test
  void readsFromAStreamAndFromTheClassPath(@TempDir Path dir) throws Exception {
    assertThat(ArrangementJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(rich);
    Path file = dir.resolve("arrangements/us.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, before)) {
      thread.setContextClassLoader(loader);
      assertThat(ArrangementJson.readResource("arrangements/us.json")).isEqualTo(rich);
      assertThat(ArrangementJson.readResource("/arrangements/us.json")).isEqualTo(rich);
      assertThatThrownBy(() -> ArrangementJson.readResource("arrangements/none.json"))
          .isInstanceOf(ArrangementJsonException.class)
          .hasMessage("no class path resource arrangements/none.json");
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void anArrangementBuiltInJavaRoundTrips() {
    Arrangement minimal = Arrangement.builder().title("t").build();
    String text = ArrangementJson.write(minimal);
    assertThat(text).doesNotContain("\"range\"");
    assertThat(ArrangementJson.read(text)).isEqualTo(minimal);
    assertThat(ArrangementJson.read("{\"schemaVersion\": 1, \"title\": \"t\"}")).isEqualTo(minimal);
  }

  private static String edit(String json, String pointer, String field, JsonNode value) throws Exception {
    JsonNode tree = ArrangementJson.MAPPER.readTree(json);
    ((ObjectNode) tree.at(pointer)).set(field, value);
    return tree.toString();
  }

  private static String remove(String json, String pointer, String field) throws Exception {
    JsonNode tree = ArrangementJson.MAPPER.readTree(json);
    ((ObjectNode) tree.at(pointer)).remove(field);
    return tree.toString();
  }

  private static void assertRejected(String json, String message) {
    assertThatThrownBy(() -> ArrangementJson.read(json))
        .isInstanceOf(ArrangementJsonException.class)
        .hasMessage(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void rejectsMalformedAndUnsupportedInput() throws Exception {
    var nodes = ArrangementJson.MAPPER.getNodeFactory();
    assertThatThrownBy(() -> ArrangementJson.read("{\"schemaVersion\": 1,"))
        .isInstanceOf(ArrangementJsonException.class)
        .hasMessageStartingWith("malformed JSON at line 1, column ");
    assertRejected("[]", "/: expected an object, not array");
    assertRejected("{\"title\": \"t\"}", "/schemaVersion: missing");
    assertRejected("{\"schemaVersion\": 2, \"title\": \"t\"}", "/: unsupported schemaVersion 2 (this reader knows 1)");
    assertRejected(edit(json, "/commitments/0", "strength", nodes.textNode("x")), "/commitments/0/strength: unknown field");
    assertRejected(
        edit(json, "/commitments/0/kind", "term", nodes.textNode("defense")),
        "/commitments/0/kind/term: unknown value \"defense\"; expected one of mutual defence, backstop, presence, "
            + "military aid, intelligence sharing, training, defence production, monitoring, basing, "
            + "economic support, financial support, sanctions, reconstruction, accession, consultation, "
            + "diplomatic support, security council action, respect, non-aggression, no coercion, "
            + "no nuclear use, neutrality, non-accession, support, assistance, solidarity, cooperation");
    assertRejected(edit(json, "/dated", "value", nodes.textNode("2026-02-30")), "/dated/value: expected a date as YYYY-MM-DD, not \"2026-02-30\"");
    assertRejected(edit(json, "/range/start", "line", nodes.numberNode(1.5)), "/range/start/line: expected a whole number, not 1.5");
    assertRejected(edit(json, "/parties/0", "shared", nodes.textNode("yes")), "/parties/0/shared: expected true or false, not \"yes\"");
    assertThatThrownBy(() -> ArrangementJson.read(edit(json, "/durations/0/length", "amount", nodes.numberNode(-1))))
        .isInstanceOf(ArrangementJsonException.class)
        .hasMessageStartingWith("invalid compiled arrangement: ");
    // a term without what its type needs is refused as the builder refuses it
    assertThatThrownBy(() -> ArrangementJson.read(remove(json, "/durations/0", "length")))
        .isInstanceOf(ArrangementJsonException.class)
        .hasMessage("invalid compiled arrangement: a FIXED duration term needs a length");
    assertThatThrownBy(
            () -> ArrangementJson.read("{\"schemaVersion\": 1, \"title\": \"t\", \"title\": \"u\"}"))
        .isInstanceOf(ArrangementJsonException.class)
        .hasMessageStartingWith("malformed JSON")
        .hasMessageContaining("Duplicate field 'title'");
  }
}

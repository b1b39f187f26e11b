package dev.surety.dsl.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The text and JSON renderings of one diff, against expectations in src/test/resources/diff.
 * Regenerate them with {@code -Dsurety.golden.update=true}.
 */
class DiffGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/diff");

  private static DraftDiff diff() throws IOException {
    return DraftDiff.of(
        // us-v1 is out of the canonical layout on purpose: a layout change is no change in meaning
        Drafts.check(Files.readString(DIR.resolve("us-v1.surety-unformatted")), "us-v1.surety"),
        Drafts.check(Files.readString(DIR.resolve("us-v2.surety")), "us-v2.surety"));
  }

  private static void golden(String name, String actual) throws IOException {
    Path expected = DIR.resolve(name);
    if (Boolean.getBoolean("surety.golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected).as("%s (run with -Dsurety.golden.update=true)", name).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void text() throws IOException {
    golden("us.diff.txt", DiffText.render(diff()));
  }

  @Test
  void json() throws IOException {
    golden("us.diff.json", DiffJson.render(diff()));
  }

  @Test
  void jsonShape() throws IOException {
    JsonNode root = new ObjectMapper().readTree(DiffJson.render(diff()));
    assertThat(root.get("version").asInt()).isEqualTo(1);
    JsonNode a = root.get("arrangements").get(0);
    assertThat(a.get("title").asText()).isEqualTo("US-Ukraine Security Guarantee");
    assertThat(a.get("verdict").get("before").asText()).isEqualTo("guarantee");
    assertThat(a.get("verdict").get("after").asText()).isEqualTo("assurance");
    assertThat(a.get("score").get("before").isInt()).isTrue();
    JsonNode change = a.get("changes").get(0);
    for (String field : new String[] {"kind", "element", "identity", "field", "before", "after", "impact", "rule",
        "reason", "ranges"}) {
      assertThat(change.has(field)).as(field).isTrue();
    }
    assertThat(a.get("diagnostics").has("appeared")).isTrue();
    assertThat(a.get("diagnostics").has("disappeared")).isTrue();
  }
}

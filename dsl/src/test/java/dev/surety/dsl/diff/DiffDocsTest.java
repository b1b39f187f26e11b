package dev.surety.dsl.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/diff.md holds two generated sections: the impact table (from {@link ImpactRule}) and the
 * diff of the US-Ukraine history in examples/drafts/history. This test fails when either is stale;
 * regenerate with {@code mvn -q -pl dsl -am verify -Dsurety.docs.update=true}.
 */
class DiffDocsTest {
  static final Path PAGE = Path.of("..", "docs", "diff.md");
  static final Path DRAFTS = Path.of("..", "examples", "drafts");
  static final String HISTORY_START = "<!-- history:start (generated from examples/drafts/history; do not edit) -->";
  static final String HISTORY_END = "<!-- history:end -->";

  @Test
  void thePageIsCurrent() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String expected = history(ImpactTable.update(page));
    if (Boolean.getBoolean("surety.docs.update")) {
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
      page = expected;
    }
    assertThat(page).as("docs/diff.md is stale; regenerate it with -Dsurety.docs.update=true").isEqualTo(expected);
  }

  @Test
  void everyEntryIsInTheTable() {
    String table = ImpactTable.render();
    for (ImpactRule rule : ImpactRule.values()) {
      assertThat(table).contains("| `" + rule.id() + "` | " + rule.element().spelling() + " | "
          + rule.impact().spelling() + " |");
    }
  }

  /** The page with its history section rendered from the example drafts (if they exist). */
  static String history(String page) throws IOException {
    int start = page.indexOf(HISTORY_START);
    int end = page.indexOf(HISTORY_END);
    assertThat(start).as("history markers").isNotNegative();
    assertThat(end).isGreaterThan(start);
    Path dir = DRAFTS.resolve("history");
    StringBuilder out = new StringBuilder(HISTORY_START).append("\n");
    Surety surety = Surety.builder().compilerOptions(CompilerOptions.builder().root(DRAFTS).build()).build();
    // every version against the next, as long as there is a next
    for (int v = 1; Files.exists(dir.resolve("us-ukraine-v" + (v + 1) + ".surety")); v++) {
      Path before = dir.resolve("us-ukraine-v" + v + ".surety");
      Path after = dir.resolve("us-ukraine-v" + (v + 1) + ".surety");
      Report a = surety.check(List.of(before));
      Report b = surety.check(List.of(after));
      out.append("\n`cd examples/drafts && surety diff --root . history/us-ukraine-v").append(v).append(".surety history/us-ukraine-v")
          .append(v + 1).append(".surety`\n\n```\n").append(DiffText.render(DraftDiff.of(a, b))).append("```\n");
    }
    out.append('\n').append(HISTORY_END);
    return page.substring(0, start) + out + page.substring(end + HISTORY_END.length());
  }
}

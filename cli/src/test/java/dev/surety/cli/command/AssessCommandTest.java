package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AssessCommandTest extends BaseCliTest {

  @Test
  void textIsATablePerArrangement() throws IOException {
    write("drafts/clean.surety", Drafts.CLEAN);
    write("drafts/warning.surety", Drafts.WARNING);
    Result r = surety("assess", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("Nordic Shield\n", "Nordic Shield, undated\n",
        "  file:    drafts/clean.surety", "  verdict: ", "/7 (Article 5 scorecard)",
        "1. obligation to act on an attack", "7. free of a threat's veto");
    assertThat(r.out().indexOf("Nordic Shield\n"))
        .isLessThan(r.out().indexOf("Nordic Shield, undated\n"));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aTitleWithAnEscapeSequenceDoesNotReachTheTerminal() throws IOException {
    // the title was printed as written: ESC [ 2 J cleared the screen, OSC 0 set its title
    write("esc.surety", Drafts.clean("Shield\u001b[2J\u001b]0;pwned\u0007"));
    for (String format : new String[] {"text", "markdown"}) {
      Result r = surety("assess", "--format", format, "esc.surety");
      assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
      assertThat(r.out()).doesNotContain("\u001b", "\u0007")
          .contains("Shield<U+001B>", "pwned<U+0007>"); // Markdown escapes the [ and ]
    }
  }

  /**
   * Unicode's line and paragraph separators and NEL in a title are written as their code, as
   * docs/cli.md says of every separator; Markdown's one-line title turned them into spaces.
   */
  @Test
  void separatorsInATitleAreWrittenAsTheirCodeInEveryFormat() throws IOException {
    write("sep.surety", Drafts.clean("North\u2028Shield\u2029Pact\u0085One"));
    for (String format : new String[] {"text", "markdown"}) {
      Result r = surety("assess", "--format", format, "sep.surety");
      assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
      assertThat(r.out()).as(format).doesNotContain("\u2028", "\u2029", "\u0085")
          .contains("North<U+2028>Shield<U+2029>Pact<U+0085>One");
    }
  }

  /** A line feed in a file name split the file line in two; ESC was escaped, LF was not. */
  @Test
  void aFileNameWithControlCharactersIsEscaped() throws IOException {
    write("nl/a\nb\u001b[31m.surety", Drafts.CLEAN);
    Result text = surety("assess", "nl");
    assertThat(text.out()).contains("  file:    nl/a<U+000A>b<U+001B>[31m.surety\n");
    Result markdown = surety("assess", "--format", "markdown", "nl");
    assertThat(markdown.out()).contains("- File: `nl/a<U+000A>b<U+001B>").doesNotContain("\u001b")
        .doesNotContain("nl/a\n");
  }

  @Test
  void jsonHasTheShapeOfCliMd() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("assess", "--format", "json", "clean.surety");
    assertThat(r.status()).isEqualTo(ExitCode.OK);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("version").asInt()).isEqualTo(1);
    JsonNode a = root.path("arrangements").path(0);
    assertThat(a.path("file").asText()).isEqualTo("clean.surety");
    assertThat(a.path("title").asText()).isEqualTo("Nordic Shield");
    assertThat(a.path("scorecard")).hasSize(7);
    assertThat(a.has("verdict") && a.has("score") && a.has("guarantors") && a.has("kind")).isTrue();
  }

  @Test
  void markdownIsAMemo() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("assess", "--format", "markdown", "clean.surety");
    assertThat(r.status()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("# Assessment of security arrangements\n")
        .contains("## Nordic Shield\n", "| # | Criterion | Met | Reason |");
  }

  @Test
  void errorsGoToStandardErrorAndExitOne() throws IOException {
    write("broken.surety", Drafts.BROKEN);
    Result r = surety("assess", "broken.surety");
    assertThat(r.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("broken.surety:2:24: error: ", "[SUR001]")
        .doesNotContain("warning:", "info:");
    assertThat(surety("assess", "--fail-on", "never", "broken.surety").status())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void anArrangementInASharedIncludeIsAssessedOnce() throws IOException {
    write("d/shared.surety", Drafts.clean("Shared Shield"));
    write("d/a.surety", "include \"shared.surety\".\n" + Drafts.clean("A"));
    write("d/b.surety", "include \"shared.surety\".\n" + Drafts.clean("B"));
    for (String jobs : new String[] {"1", "3"}) {
      Result r = surety("assess", "--jobs", jobs, "--format", "json", "d");
      assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
      assertThat(new ObjectMapper().readTree(r.out()).path("arrangements").findValuesAsText("title"))
          .containsExactly("A", "Shared Shield", "B");
    }
  }

  @Test
  void readsStandardInput() {
    stdin = Drafts.CLEAN;
    Result r = surety("assess", "--stdin-filename", "memo.surety", "-");
    assertThat(r.status()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("  file:    memo.surety");
  }

  @Test
  void anUnknownFormatIsBadUsage() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("assess", "--format", "sarif", "clean.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith(
        "surety: --format must be one of text, json, markdown, not 'sarif'\n");
  }

  @Test
  void aMissingPathIsExitTwo() {
    Result r = surety("assess", "gone.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: gone.surety: no such file or directory\n");
  }
}

package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import dev.surety.cli.Golden;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class DiffCommandTest extends BaseCliTest {

  /** The clean draft with its mode weakened, a caveat added and a shorter notice. */
  private static final String WEAKER = Drafts.CLEAN
      .replace("on attack; immediate.", "on attack; immediate; after consultation.")
      .replace("withdrawal notice 12 months.", "withdrawal notice 1 month.\n  condition \"Only with a UN mandate\".");

  @Test
  void textGolden() throws IOException {
    write("drafts/v1.surety", Drafts.CLEAN);
    write("drafts/v2.surety", WEAKER);
    Result r = surety("diff", "drafts/v1.surety", "drafts/v2.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("dev/surety/cli/diff/diff.txt", r.out());
  }

  @Test
  void jsonGolden() throws IOException {
    write("drafts/v1.surety", Drafts.CLEAN);
    write("drafts/v2.surety", WEAKER);
    Result r = surety("diff", "--format", "json", "drafts/v1.surety", "drafts/v2.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    Golden.assertMatches("dev/surety/cli/diff/diff.json", r.out());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.path("version").asInt()).isEqualTo(1);
    JsonNode a = root.path("arrangements").path(0);
    assertThat(a.path("changes").findValuesAsText("impact")).contains("weakens");
    assertThat(a.path("changes").path(0).path("ranges").path("before").path("file").asText())
        .isEqualTo("drafts/v1.surety");
    assertThat(a.path("verdict").path("before").asText()).isEqualTo("guarantee");
    assertThat(a.path("score").path("before").isInt()).isTrue();
  }

  @Test
  void aTitleWithAnEscapeSequenceDoesNotReachTheTerminal() throws IOException {
    String v1 = Drafts.CLEAN.replace("Nordic Shield", "Nordic\u001b[2J Shield");
    write("v1.surety", v1);
    write("v2.surety", v1.replace("on attack; immediate.", "on attack; immediate; after consultation."));
    Result r = surety("diff", "v1.surety", "v2.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).doesNotContain("\u001b").contains("Nordic<U+001B>[2J Shield");
  }

  @Test
  void layoutAndCommentsAreNoChange() throws IOException {
    write("a.surety", Drafts.CLEAN);
    write("b.surety", "// reformatted\n" + Drafts.CLEAN.replace("\n\n", "\n").replace("  ", "    "));
    Result r = surety("diff", "a.surety", "b.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("no change in meaning", "0 changes");
  }

  @Test
  void colourFollowsTheOptionTheTerminalAndNoColor() throws IOException {
    write("v1.surety", Drafts.CLEAN);
    write("v2.surety", WEAKER);
    String escape = "\u001b[";
    Result always = surety("diff", "--color", "always", "v1.surety", "v2.surety");
    assertThat(always.status()).as(always.toString()).isEqualTo(ExitCode.OK);
    assertThat(always.out()).contains("\u001b[1;31mweakens\u001b[0m: ");
    assertThat(surety("diff", "--color", "never", "v1.surety", "v2.surety").out()).doesNotContain(escape);
    assertThat(surety("diff", "v1.surety", "v2.surety").out()).doesNotContain(escape);
    // only the text format
    assertThat(surety("diff", "--color", "always", "--format", "json", "v1.surety", "v2.surety").out())
        .doesNotContain(escape);
    terminal = true;
    assertThat(surety("diff", "v1.surety", "v2.surety").out()).contains(escape);
    environment.put("NO_COLOR", "1");
    assertThat(surety("diff", "v1.surety", "v2.surety").out()).doesNotContain(escape);
    // without colour, the same text
    assertThat(always.out().replaceAll("\u001b\\[[0-9;]*m", ""))
        .isEqualTo(surety("diff", "v1.surety", "v2.surety").out());
    Result bad = surety("diff", "--color", "sometimes", "v1.surety", "v2.surety");
    assertThat(bad.status()).isEqualTo(ExitCode.ERROR);
    assertThat(bad.err()).startsWith("surety: --color must be auto, always or never");
  }

  @Test
  void failOnWeakeningExitsOne() throws IOException {
    write("v1.surety", Drafts.CLEAN);
    write("v2.surety", WEAKER);
    assertThat(surety("diff", "--fail-on-weakening", "v1.surety", "v2.surety").status())
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(surety("diff", "--fail-on-weakening", "v2.surety", "v1.surety").status())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void errorsInAVersionAreDiagnosticsNotFailures() throws IOException {
    write("v1.surety", Drafts.CLEAN);
    write("v2.surety", Drafts.BROKEN);
    Result r = surety("diff", "v1.surety", "v2.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("diagnostics appeared", "SUR001");
  }

  /**
   * An error that leaves part of both versions unread is said, though it did not change: an
   * include that leaves the root (each version's own directory by default) dropped the parties
   * of both, and a requirement added was reported as covering nothing, without a word why.
   */
  @Test
  void errorsThatLeaveBothVersionsPartlyUnreadAreNamedWithTheirHelp() throws IOException {
    write("parties/common.surety", "party US \"United States\"; legislature Congress.\n"
        + "party UA \"Ukraine\".\n");
    String v1 = "include \"../parties/common.surety\".\narrangement \"A\" {\n  kind guarantee.\n"
        + "  beneficiary UA.\n  US military aid.\n}\n";
    write("history/v1.surety", v1);
    write("history/v2.surety", v1.replace("  US military aid.\n",
        "  US military aid.\n  requires Congress ratification.\n"));

    Result r = surety("diff", "history/v1.surety", "history/v2.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("note: both versions have errors after which part of their"
            + " text is not read; they are compared as far as they compiled:\n"
            + "  error[SUR002] history/v2.surety:1:1: `../parties/common.surety` leaves the"
            + " compilation root")
        .contains("    = help: the root is the directory that holds every file compiled together")
        .doesNotContain("history/v1.surety:1:1");
    JsonNode json = new ObjectMapper().readTree(
        surety("diff", "--format", "json", "history/v1.surety", "history/v2.surety").out());
    assertThat(json.path("unread").findValuesAsText("code")).containsExactly("SUR002");

    // with a root that holds both, nothing is unread and the requirement covers US military aid
    Result rooted = surety("diff", "--root", ".", "history/v1.surety", "history/v2.surety");
    assertThat(rooted.out()).doesNotContain("note:", "SUR002")
        .contains("now covers US military aid");
    assertThat(new ObjectMapper().readTree(surety("diff", "--format", "json", "--root", ".",
        "history/v1.surety", "history/v2.surety").out()).path("unread").isEmpty()).isTrue();
  }

  @Test
  void aMissingVersionExitsTwo() throws IOException {
    write("v1.surety", Drafts.CLEAN);
    Result r = surety("diff", "v1.surety", "missing.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).contains("missing.surety").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badUsageExitsTwo() throws IOException {
    write("v1.surety", Drafts.CLEAN);
    assertThat(surety("diff", "v1.surety").status()).isEqualTo(ExitCode.ERROR);
    assertThat(surety("diff", "--format", "sarif", "v1.surety", "v1.surety").status()).isEqualTo(ExitCode.ERROR);
    assertThat(surety("diff", "-", "-").status()).isEqualTo(ExitCode.ERROR);
  }

  @Test
  void newVersionFromStandardInput() throws IOException {
    write("v1.surety", Drafts.CLEAN);
    stdin = WEAKER;
    Result r = surety("diff", "--stdin-filename", "buffer.surety", "v1.surety", "-");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("~ commitment SE mutual defence: mode added: after consultation (weakens: ");
  }

  @Test
  void directoriesAreComparedArrangementByArrangement() throws IOException {
    write("old/a.surety", Drafts.CLEAN);
    write("old/b.surety", Drafts.WARNING);
    write("new/a.surety", WEAKER);
    write("new/b.surety", Drafts.WARNING.replace("\n\n", "\n"));
    Result r = surety("diff", "--format", "json", "old", "new");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    JsonNode arrangements = new ObjectMapper().readTree(r.out()).path("arrangements");
    assertThat(arrangements.findValuesAsText("title")).containsExactly("Nordic Shield", "Nordic Shield, undated");
    assertThat(arrangements.path(0).path("changes")).hasSize(3);
    assertThat(arrangements.path(1).path("changes")).isEmpty();
    assertThat(arrangements.path(0).path("diagnostics").path("appeared").findValuesAsText("file"))
        .containsOnly("new/a.surety");
  }
}

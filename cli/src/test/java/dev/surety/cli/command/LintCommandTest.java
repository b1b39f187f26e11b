package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class LintCommandTest extends BaseCliTest {

  @Test
  void aCleanDraftExitsZero() throws IOException {
    write("drafts/clean.surety", Drafts.CLEAN);
    Result r = surety("lint", "drafts/clean.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("0 errors").doesNotContain("error[");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void errorsExitOne() throws IOException {
    write("drafts/broken.surety", Drafts.BROKEN);
    Result r = surety("lint", "drafts/broken.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("error[SUR001]", "--> drafts/broken.surety:2:");
  }

  @Test
  void aMissingPathIsOneLineAndExitTwo() {
    Result r = surety("lint", "drafts/missing.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("surety: drafts/missing.surety: no such file or directory\n");
  }

  /**
   * A directory that holds no draft is a broken setup, not a clean run (QA: "0 errors, 0 warnings,
   * 0 infos in 0 files", exit 0): pointed at the wrong directory, CI must fail. Each command that
   * reads drafts says so in one line.
   */
  @Test
  void aDirectoryWithoutDraftsIsOneLineAndExitTwo() throws IOException {
    Files.createDirectories(work.resolve("emptydir"));
    write("drafts/clean.surety", Drafts.CLEAN);
    for (String[] args : new String[][] {{"lint", "emptydir"}, {"assess", "emptydir"},
        {"compile", "emptydir"}, {"lint", "drafts", "emptydir"}}) {
      Result r = surety(args);
      assertThat(r.status()).as(String.join(" ", args) + " " + r).isEqualTo(ExitCode.ERROR);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("surety: no drafts (*.surety) in emptydir\n");
    }
  }

  /** The error line named the path as written: an escape sequence in it reached the terminal. */
  @Test
  void aMissingPathWithControlCharactersIsEscapedOnItsOneLine() throws IOException {
    Result esc = surety("lint", "nl/x\u001b[31m.surety");
    assertThat(esc.status()).isEqualTo(ExitCode.ERROR);
    assertThat(esc.err())
        .isEqualTo("surety: nl/x<U+001B>[31m.surety: no such file or directory\n");
    Result newline = surety("lint", "a\nb.surety");
    assertThat(newline.err()).isEqualTo("surety: a<U+000A>b.surety: no such file or directory\n");
    Files.createDirectories(work.resolve("empty\u0007"));
    assertThat(surety("lint", "empty\u0007").err())
        .isEqualTo("surety: no drafts (*.surety) in empty<U+0007>\n");
  }

  @Test
  void standardInputIsReportedUnderTheGivenName() {
    stdin = Drafts.BROKEN;
    Result r = surety("lint", "--format", "gcc", "--stdin-filename", "drafts/x.surety", "-");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("drafts/x.surety:2:24: error: ").contains("[SUR001]");
  }

  /**
   * An editor passes the buffer's path, relative to the working directory: the buffer is checked
   * as the file there would be, its includes found beside it and the root's bounds the same (they
   * were resolved against the root, so that {@code --root inc} looked for inc/inc/...), and its
   * directory counts towards the default root as a file's does.
   */
  @Test
  void standardInputIsCheckedAsTheFileItIsNamedAfter() throws IOException {
    String draft = "include \"../parties/p.surety\".\n" + Drafts.CLEAN;
    write("inc/a/x.surety", draft);
    write("inc/parties/p.surety", "party NO \"Norway\"\n");
    for (String[] root : new String[][] {{"--root", "inc"}, {}}) {
      Result disk = surety(concat(root, "lint", "--format", "gcc", "inc/a/x.surety"));
      stdin = draft;
      Result piped = surety(concat(root, "lint", "--format", "gcc",
          "--stdin-filename", "inc/a/x.surety", "-"));
      assertThat(piped).as(String.join(" ", root)).isEqualTo(disk);
    }
    assertThat(surety("lint", "--format", "gcc", "--root", "inc",
        "--stdin-filename", "inc/a/x.surety", "-").out())
        .startsWith("inc/parties/p.surety:1:18: error: expected `.`").endsWith("[SUR001]\n")
        .hasLineCount(1);
    assertThat(surety("lint", "--format", "gcc", "--stdin-filename", "inc/a/x.surety", "-").out())
        .startsWith("inc/a/x.surety:1:1: error: `../parties/p.surety` leaves the compilation root");
  }

  private static String[] concat(String[] first, String... then) {
    String[] all = java.util.Arrays.copyOf(first, first.length + then.length);
    System.arraycopy(then, 0, all, first.length, then.length);
    return all;
  }

  /** An empty name would give findings without a file ("5:1: warning: ..."). */
  @Test
  void anEmptyStdinFilenameIsBadUsage() throws IOException {
    stdin = Drafts.BROKEN;
    write("clean.surety", Drafts.CLEAN);
    for (String command : new String[] {"lint", "assess", "compile", "fmt"}) {
      for (String name : new String[] {"", "  "}) {
        Result r = surety(command, "--stdin-filename", name, "-");
        assertThat(r.status()).as(command + " " + r).isEqualTo(ExitCode.ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("surety: --stdin-filename must be a name, not '" + name
            + "'\ntry 'surety " + command + " --help'\n");
      }
    }
    Result diff = surety("diff", "--stdin-filename", "", "-", "clean.surety");
    assertThat(diff.status()).isEqualTo(ExitCode.ERROR);
    assertThat(diff.err()).startsWith("surety: --stdin-filename must be a name, not ''\n");
  }

  /**
   * An empty PATH, --root or --config (a script's {@code "$DRAFTS"} with the variable unset) is a
   * usage error. Resolved, '' was the working directory: {@code lint ''} checked every draft below
   * it (and {@code fmt --write ''} rewrote them), {@code --root ''} made it the root unannounced,
   * and {@code --config ''} said {@code surety: : is a directory}.
   */
  @Test
  void anEmptyPathRootOrConfigIsBadUsage() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    write("elsewhere/broken.surety", Drafts.BROKEN);
    for (String command : new String[] {"lint", "assess", "compile", "fmt"}) {
      Result r = surety(command, "", "clean.surety");
      assertThat(r.status()).as(command + " " + r).isEqualTo(ExitCode.ERROR);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("surety: PATH must name a file or directory, not '' (write ."
          + " for the working directory)\ntry 'surety " + command + " --help'\n");

      Result config = surety(command, "--config", "", "clean.surety");
      assertThat(config.status()).as(command + " " + config).isEqualTo(ExitCode.ERROR);
      assertThat(config.err()).isEqualTo("surety: --config must name a file, not ''\n"
          + "try 'surety " + command + " --help'\n");
    }
    for (String command : new String[] {"lint", "assess", "compile"}) {
      Result r = surety(command, "--root", "", "clean.surety");
      assertThat(r.status()).as(command + " " + r).isEqualTo(ExitCode.ERROR);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("surety: --root must name a directory, not ''\n"
          + "try 'surety " + command + " --help'\n");
    }
    Result diffOld = surety("diff", "", "clean.surety");
    assertThat(diffOld.status()).isEqualTo(ExitCode.ERROR);
    assertThat(diffOld.err()).startsWith("surety: OLD must name a file or directory, not ''");
    Result diffNew = surety("diff", "clean.surety", "");
    assertThat(diffNew.status()).isEqualTo(ExitCode.ERROR);
    assertThat(diffNew.err()).startsWith("surety: NEW must name a file or directory, not ''");
    Result diffRoot = surety("diff", "--root", "", "clean.surety", "clean.surety");
    assertThat(diffRoot.err()).startsWith("surety: --root must name a directory, not ''\n");
    String unformatted = "arrangement \"x\"{kind guarantee.}\n";
    write("elsewhere/ugly.surety", unformatted);
    Result write = surety("fmt", "--write", "");
    assertThat(write.status()).as(write.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(work.resolve("elsewhere/ugly.surety")).hasContent(unformatted);
    // "." still names the working directory
    assertThat(surety("lint", "--root", ".", "clean.surety").status()).isEqualTo(ExitCode.OK);
  }

  /**
   * Standard input that fails when read ({@code lint - < dir}: the system's "Is a directory") is
   * one line in the words of every other I/O problem; the exception's raw message was printed
   * ({@code Is a directory}, or {@code null} when it had none).
   */
  @Test
  void standardInputThatFailsIsOneLineInWords() throws IOException {
    for (String command : new String[] {"lint", "assess", "compile", "fmt"}) {
      for (String message : new String[] {"Is a directory", null}) {
        stdinStream = new java.io.InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException(message);
          }
        };
        Result r = surety(command, "-");
        assertThat(r.status()).as(command + " " + r).isEqualTo(ExitCode.ERROR);
        assertThat(r.err()).as(command).isEqualTo("surety: -: cannot read standard input: "
            + (message == null ? "IOException" : "is a directory") + "\n");
      }
    }
  }

  @Test
  void standardInputHasADefaultName() {
    stdin = Drafts.BROKEN;
    Result r = surety("lint", "--format", "gcc", "-");
    assertThat(r.out()).contains("<stdin>:2:24: error: ");
  }

  @Test
  void directoriesAreReadInAStableOrderAndShownFromTheWorkingDirectory() throws IOException {
    write("d/b/broken.surety", Drafts.BROKEN);
    write("d/a.surety", Drafts.BROKEN);
    write("d/c.surety", Drafts.CLEAN);
    Result r = surety("lint", "--format", "gcc", "d");
    assertThat(r.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(':'))).distinct())
        .containsExactly("d/a.surety", "d/b/broken.surety");
  }

  @Test
  void everyFormatRenders() throws IOException {
    write("broken.surety", Drafts.BROKEN);
    assertThat(surety("lint", "--format", "gcc", "broken.surety").out())
        .contains("broken.surety:2:24: error: ").endsWith("[SUR001]\n");
    JsonNode json = new ObjectMapper().readTree(
        surety("lint", "--format", "json", "broken.surety").out());
    assertThat(json.path("version").asInt()).isEqualTo(1);
    assertThat(json.path("diagnostics").findValuesAsText("code")).contains("SUR001");
    assertThat(surety("lint", "--format", "sarif", "broken.surety").out())
        .contains("\"version\": \"2.1.0\"", "\"ruleId\": \"SUR001\"");
    assertThat(surety("lint", "--format", "checkstyle", "broken.surety").out())
        .startsWith("<?xml").contains("<checkstyle", "SUR001\"");
    assertThat(surety("lint", "--format", "TEXT", "broken.surety").out()).contains("error[SUR001]");
  }

  @Test
  void aFindingOnALongLineShowsAWindowOfIt() throws IOException {
    // SUR003 on a line over maxLineLength, and a finding at the end of a long string: each
    // was printed with the whole line and as many carets, two lines of 100,029 characters
    write("long.surety", "arrangement \"T\" {\n  condition \"" + "x".repeat(100_010) + "\".\n}\n");
    write("end.surety", "arrangement \"T\" {\n  condition \"" + "x".repeat(3_000) + "\" zz.\n}\n");
    Result r = surety("lint", "long.surety", "end.surety");
    assertThat(r.out().lines().mapToInt(String::length).max().orElseThrow()).isLessThan(140);
    assertThat(r.out()).contains("2 |   condition \"" + "x".repeat(107) + "...\n"
        + "  | " + "^".repeat(120) + "...\n");
    assertThat(r.out()).contains("2 | ..." + "x".repeat(115) + "\" zz.\n"
        + "  | " + " ".repeat(120) + "^^\n");
  }

  @Test
  void anUnknownFormatIsBadUsage() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("lint", "--format", "html", "clean.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: --format must be one of text, gcc, json, sarif, "
        + "checkstyle, not 'html'\ntry 'surety lint --help'\n");
  }

  @Test
  void failOnSetsTheLowestFailingSeverity() throws IOException {
    write("warning.surety", Drafts.WARNING);
    write("broken.surety", Drafts.BROKEN);
    assertThat(surety("lint", "warning.surety").status()).isEqualTo(ExitCode.OK);
    assertThat(surety("lint", "--fail-on", "warning", "warning.surety").status())
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(surety("lint", "--fail-on", "info", "warning.surety").status())
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(surety("lint", "--fail-on", "never", "broken.surety").status())
        .isEqualTo(ExitCode.OK);
    Result bad = surety("lint", "--fail-on", "sometimes", "warning.surety");
    assertThat(bad.status()).isEqualTo(ExitCode.ERROR);
    assertThat(bad.err()).startsWith(
        "surety: --fail-on must be one of error, warning, info or never, not 'sometimes'\n");
  }

  @Test
  void severityOverridesApply() throws IOException {
    write("warning.surety", Drafts.WARNING);
    Result off = surety("lint", "--fail-on", "warning", "--severity", "SUR107=off",
        "warning.surety");
    assertThat(off.status()).as(off.toString()).isEqualTo(ExitCode.OK);
    assertThat(off.out()).doesNotContain("SUR107");
    Result raised = surety("lint", "--severity", "SUR107=error", "warning.surety");
    assertThat(raised.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(raised.out()).contains("error[SUR107]");
  }

  /**
   * A rule's name works wherever its code does, as in explain (QA: --severity
   * missing-duration=off was refused); a flag replaces the file's override of the same rule
   * however either names it.
   */
  @Test
  void severityOverridesTakeARulesNameToo() throws IOException {
    write("warning.surety", Drafts.WARNING);
    Result off = surety("lint", "--fail-on", "warning", "--severity", "missing-duration=off",
        "warning.surety");
    assertThat(off.status()).as(off.toString()).isEqualTo(ExitCode.OK);
    assertThat(off.out()).doesNotContain("SUR107");
    Result raised = surety("lint", "--severity", "Missing-Duration=error", "warning.surety");
    assertThat(raised.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(raised.out()).contains("error[SUR107]");

    write("by-name.json", "{\"severity\": {\"missing-duration\": \"error\"}}");
    assertThat(surety("lint", "--config", "by-name.json", "warning.surety").status())
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(surety("lint", "--config", "by-name.json", "--severity", "SUR107=info",
        "warning.surety").status()).isEqualTo(ExitCode.OK);
    write("by-code.json", "{\"severity\": {\"SUR107\": \"error\"}}");
    assertThat(surety("lint", "--config", "by-code.json", "--severity", "missing-duration=info",
        "warning.surety").status()).isEqualTo(ExitCode.OK);

    // a file that sets one rule by its code and by its name: neither silently wins
    write("twice.toml", "[severity]\nSUR107 = \"off\"\nmissing-duration = \"error\"\n");
    Result twice = surety("lint", "--config", "twice.toml", "warning.surety");
    assertThat(twice.status()).isEqualTo(ExitCode.ERROR);
    assertThat(twice.err()).isEqualTo("surety: " + work.resolve("twice.toml") + ": SUR107"
        + " (missing-duration) is set twice, as 'SUR107' and as 'missing-duration'; keep one\n");
    // on the command line, the later --severity for a rule wins
    assertThat(surety("lint", "--fail-on", "warning", "--severity", "SUR107=error", "--severity",
        "missing-duration=off", "warning.surety").status()).isEqualTo(ExitCode.OK);

    Result near = surety("lint", "--severity", "missing-duratoin=off", "warning.surety");
    assertThat(near.status()).isEqualTo(ExitCode.ERROR);
    assertThat(near.err()).isEqualTo("surety: --severity: unknown rule 'missing-duratoin'; "
        + "did you mean SUR107 (missing-duration)?\ntry 'surety lint --help'\n");
    write("near.json", "{\"severity\": {\"missing-duratoin\": \"off\"}}");
    Result nearInFile = surety("lint", "--config", "near.json", "warning.surety");
    assertThat(nearInFile.status()).isEqualTo(ExitCode.ERROR);
    assertThat(nearInFile.err()).isEqualTo("surety: " + work.resolve("near.json")
        + ": unknown rule 'missing-duratoin'; did you mean SUR107 (missing-duration)?\n");
  }

  @Test
  void aSuppressionsReasonIsKeptInTheJsonAndSarifReports() throws IOException {
    // LANGUAGE.md section 5: "The reason after `--` is kept in reports."
    write("warning.surety", "// surety:disable-next-line SUR107 -- duration is negotiated separately\n"
        + Drafts.WARNING);
    Result json = surety("lint", "--format", "json", "warning.surety");
    assertThat(json.status()).isEqualTo(ExitCode.OK);
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(tree.at("/diagnostics").toString()).doesNotContain("SUR107");
    assertThat(tree.at("/suppressed/0/code").asText()).isEqualTo("SUR107");
    assertThat(tree.at("/suppressed/0/file").asText()).isEqualTo("warning.surety");
    assertThat(tree.at("/suppressed/0/range/start/line").asInt()).isEqualTo(2);
    assertThat(tree.at("/suppressed/0/suppression/kind").asText()).isEqualTo("disable-next-line");
    assertThat(tree.at("/suppressed/0/suppression/reason").asText())
        .isEqualTo("duration is negotiated separately");
    var sarif = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(surety("lint", "--format", "sarif", "warning.surety").out());
    assertThat(sarif.at("/runs/0/results").toString())
        .contains("\"justification\":\"duration is negotiated separately\"");
    // the text formats do not show it, nor count it
    assertThat(surety("lint", "warning.surety").out()).doesNotContain("SUR107")
        .contains("0 errors, 0 warnings");
    // turned off, it is not kept either
    assertThat(surety("lint", "--format", "json", "--severity", "SUR107=off", "warning.surety")
        .out()).doesNotContain("SUR107");
  }

  @Test
  void badSeverityOverridesAreBadUsage() throws IOException {
    write("warning.surety", Drafts.WARNING);
    Result unknown = surety("lint", "--severity", "SUR999=off", "warning.surety");
    assertThat(unknown.status()).isEqualTo(ExitCode.ERROR);
    assertThat(unknown.err()).startsWith("surety: --severity: unknown rule code 'SUR999'")
        .hasLineCount(2).endsWith("\ntry 'surety lint --help'\n");
    Result near = surety("lint", "--severity", "SUR10=off", "warning.surety");
    assertThat(near.err()).startsWith("surety: --severity: unknown rule code 'SUR10'; did you mean SUR")
        .hasLineCount(2).endsWith("\ntry 'surety lint --help'\n");
    Result level = surety("lint", "--severity", "SUR107=loud", "warning.surety");
    assertThat(level.status()).isEqualTo(ExitCode.ERROR);
    assertThat(level.err()).startsWith("surety: --severity: ").contains("loud").hasLineCount(2).endsWith("\ntry 'surety lint --help'\n");
    Result always = surety("lint", "--severity", "sur001=warning", "warning.surety");
    assertThat(always.status()).isEqualTo(ExitCode.ERROR);
    assertThat(always.err()).isEqualTo("surety: --severity: SUR001 (syntax-error) is always an"
        + " error and cannot be set to warning: a draft with it is compiled without what its text"
        + " says there, into a different arrangement; fix the text instead\ntry 'surety lint --help'\n");
    Result shape = surety("lint", "--severity", "SUR107", "warning.surety");
    assertThat(shape.status()).isEqualTo(ExitCode.ERROR);
    assertThat(shape.err()).isEqualTo(
        "surety: --severity takes CODE=LEVEL, not 'SUR107'\ntry 'surety lint --help'\n");
  }

  @Test
  void theConfigurationIsFoundFromTheWorkingDirectoryUpward() throws IOException {
    write(".surety.json", "{\"failOn\": \"warning\"}");
    write("drafts/warning.surety", Drafts.WARNING);
    assertThat(surety("lint", "drafts/warning.surety").status()).isEqualTo(ExitCode.FINDINGS);
    // the command line wins over the file
    assertThat(surety("lint", "--fail-on", "error", "drafts/warning.surety").status())
        .isEqualTo(ExitCode.OK);
  }

  @Test
  void configSeveritiesApplyAndFlagsWin() throws IOException {
    write("conf/strict.json", "{\"severity\": {\"SUR107\": \"error\"}}");
    write("warning.surety", Drafts.WARNING);
    assertThat(surety("lint", "--config", "conf/strict.json", "warning.surety").status())
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(surety("lint", "--config", "conf/strict.json", "--severity", "SUR107=info",
        "warning.surety").status()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aBadConfigurationNamesTheFile() throws IOException {
    write("bad.json", "{\"failOn\": ");
    Result r = surety("lint", "--config", "bad.json", "x.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: bad.json:1:").hasLineCount(1);
    write("unknown.json", "{\"severity\": {\"SUR999\": \"off\"}}");
    write("clean.surety", Drafts.CLEAN);
    Result code = surety("lint", "--config", "unknown.json", "clean.surety");
    assertThat(code.status()).isEqualTo(ExitCode.ERROR);
    assertThat(code.err()).startsWith("surety: " + work.resolve("unknown.json") + ": ")
        .contains("SUR999").hasLineCount(1);
    Result missing = surety("lint", "--config", "none.json", "clean.surety");
    assertThat(missing.err()).isEqualTo("surety: none.json: no such file or directory\n");
  }

  @Test
  void limitsComeFromTheConfiguration() throws IOException {
    write(".surety.json", "{\"limits\": {\"maxFileBytes\": 16}}");
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("lint", "--format", "gcc", "clean.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("[SUR003]", "maxFileBytes");
  }

  @Test
  void rootMustExist() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("lint", "--root", "nowhere", "clean.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: --root nowhere: no such directory\n");
  }

  /**
   * A PATH outside --root is the mistake, not its includes: each include beside it was reported as
   * leaving the root, which blamed the include. Standard input named outside it likewise.
   */
  @Test
  void aPathOutsideTheRootIsOneLineAndExitTwo() throws IOException {
    Files.createDirectories(work.resolve("a"));
    write("i2/main.surety", "include \"lib/p.surety\".\n" + Drafts.CLEAN);
    write("i2/lib/p.surety", "party NO \"Norway\".\n");
    Result r = surety("lint", "--format", "gcc", "--root", "a", "i2/main.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("surety: i2/main.surety is outside the compilation root a;"
        + " give --root a directory that holds every PATH, or leave --root out (the default is"
        + " the deepest directory that holds them)\n");
    assertThat(surety("lint", "--root", "a", "i2").err())
        .startsWith("surety: i2 is outside the compilation root a;");
    stdin = Drafts.CLEAN;
    assertThat(surety("lint", "--root", "a", "--stdin-filename", "i2/x.surety", "-").err())
        .startsWith("surety: i2/x.surety (--stdin-filename) is outside the compilation root a;");
    // inside it, or without --root, the include beside it is found
    assertThat(surety("lint", "--root", ".", "i2/main.surety").status()).isEqualTo(ExitCode.OK);
    assertThat(surety("lint", "i2/main.surety").status()).isEqualTo(ExitCode.OK);
  }

  @Test
  void namesStayRelativeToTheWorkingDirectoryWithARoot() throws IOException {
    write("project/drafts/broken.surety", Drafts.BROKEN);
    Result r = surety("lint", "--format", "gcc", "--root", "project", "project/drafts");
    assertThat(r.out()).contains("project/drafts/broken.surety:2:24: error: ");
  }

  @Test
  void jobsGiveTheSameOutput() throws IOException {
    for (int i = 0; i < 20; i++) {
      write("many/d" + i + ".surety", i % 3 == 0 ? Drafts.BROKEN
          : i % 3 == 1 ? Drafts.WARNING : Drafts.clean("Shield " + i));
    }
    Result one = surety("lint", "--jobs", "1", "many");
    Result four = surety("lint", "--jobs", "4", "many");
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(four.status()).isEqualTo(one.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(one.out()).contains("in 20 files");
    Result zero = surety("lint", "--jobs", "0", "many");
    assertThat(zero.status()).isEqualTo(ExitCode.ERROR);
    assertThat(zero.err()).startsWith("surety: --jobs must be at least 1, not 0\n");
    Result word = surety("lint", "--jobs", "two", "many");
    assertThat(word.status()).isEqualTo(ExitCode.ERROR);
    assertThat(word.err()).startsWith("surety: --jobs takes a whole number, not 'two'\n");
  }

  @Test
  void aFileThatIsAnInputAndIncludedIsReportedOnceInItsPlace() throws IOException {
    // a-parties sorts first and is checked first; the drafts after it include it again, so its
    // findings come once from its own report and again from every including one
    // its one finding (SUR006, a zero-width space) is its own, whoever includes it
    write("inc/a-parties.surety", "party IS \"Iceland\".\n// zero\u200Bwidth\n");
    for (int i = 0; i < 6; i++) {
      write("inc/d" + i + ".surety", "include \"a-parties.surety\".\n" + Drafts.WARNING);
    }
    Result one = surety("lint", "--jobs", "1", "inc");
    Result three = surety("lint", "--jobs", "3", "inc");
    assertThat(three.out()).isEqualTo(one.out());
    String out = one.out();
    int first = out.indexOf("--> inc/a-parties.surety:2:1");
    assertThat(first).as(out).isGreaterThanOrEqualTo(0);
    assertThat(out.indexOf("--> inc/a-parties.surety:2:1", first + 1)).as("reported once").isEqualTo(-1);
    assertThat(first).as("in file order").isLessThan(out.indexOf("--> inc/d0.surety"));
  }

  @Test
  void aMissingIncludeOfAFileThatIsAnInputAndIncludedIsReportedOnce() throws IOException {
    // a.surety is checked on its own and through c.surety: the same finding with two chains
    write("inc4/a.surety", "include \"nope.surety\".\nparty IS \"Iceland\".\n");
    write("inc4/c.surety", "include \"a.surety\".\n");
    Result r = surety("lint", "--format", "json", "inc4");
    assertThat(r.out().split("\"SUR002\"", -1)).as(r.out()).hasSize(2);
    assertThat(surety("lint", "inc4").out()).contains("1 errors");
  }

  @Test
  void messagesNameFilesAsTheirLocationsDoWhateverTheRoot() throws IOException {
    // the root is proj/drafts; the working directory is above it
    write("proj/drafts/sub/a.surety", "include \"../parties/p.surety\".\n");
    write("proj/drafts/parties/p.surety", "include \"missing.surety\".\ninclude \"q.surety\".\n");
    write("proj/drafts/parties/q.surety", "include \"p.surety\".\n");
    Result r = surety("lint", "--format", "gcc", "--root", "proj/drafts", "proj/drafts/sub/a.surety");
    assertThat(r.out()).as(r.out()).contains("proj/drafts/parties/p.surety:1:1: error: cannot find"
        + " included file `missing.surety` (include chain: proj/drafts/sub/a.surety →"
        + " proj/drafts/parties/p.surety)");
    assertThat(r.out()).contains("proj/drafts/parties/q.surety:1:1: error: `p.surety` closes an"
        + " include cycle back to proj/drafts/parties/p.surety (include chain:"
        + " proj/drafts/sub/a.surety → proj/drafts/parties/p.surety → proj/drafts/parties/q.surety"
        + " → proj/drafts/parties/p.surety)");
    assertThat(r.out()).doesNotContain(" sub/a.surety").doesNotContain(" parties/p.surety");
  }

  @Test
  void colourFollowsTheOptionTheTerminalAndNoColor() throws IOException {
    write("broken.surety", Drafts.BROKEN);
    String escape = "\u001b[";
    assertThat(surety("lint", "--color", "always", "broken.surety").out()).contains(escape);
    assertThat(surety("lint", "--color", "never", "broken.surety").out()).doesNotContain(escape);
    assertThat(surety("lint", "broken.surety").out()).doesNotContain(escape);
    terminal = true;
    assertThat(surety("lint", "broken.surety").out()).contains(escape);
    environment.put("NO_COLOR", "1");
    assertThat(surety("lint", "broken.surety").out()).doesNotContain(escape);
    assertThat(surety("lint", "--color", "always", "broken.surety").out()).contains(escape);
    Result bad = surety("lint", "--color", "sometimes", "broken.surety");
    assertThat(bad.status()).isEqualTo(ExitCode.ERROR);
    assertThat(bad.err()).startsWith("surety: --color must be auto, always or never");
  }

  @Test
  void standardInputThatIsNotUtf8IsReportedAsAFileIs() throws IOException {
    byte[] draft = "party UA \"Ukr\u00e4ine\".\n".getBytes(StandardCharsets.ISO_8859_1);
    stdinBytes = draft;
    Result piped = surety("lint", "--format", "gcc", "--stdin-filename", "ua.surety", "-");
    Files.write(work.resolve("ua.surety"), draft);
    Result read = surety("lint", "--format", "gcc", "ua.surety");
    assertThat(piped.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(piped.out()).isEqualTo(read.out()).contains("ua.surety:1:14: error: the file is not"
        + " valid UTF-8 at line 1, column 14; the bytes that are not were read as U+FFFD [SUR001]");
  }

  @Test
  void noPathIsBadUsage() {
    Result r = surety("lint");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo(
        "surety: missing required parameter: 'PATH'\ntry 'surety lint --help'\n");
  }

  @Test
  void helpListsTheOptionsAndExitCodes() {
    Result r = surety("lint", "--help");
    assertThat(r.status()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("--format", "--fail-on", "--severity", "--config", "--root",
        "--stdin-filename", "--jobs", "--color", "Exit status:");
  }
}

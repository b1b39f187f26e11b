package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FmtCommandTest extends BaseCliTest {

  /** A draft in a layout of its own. */
  static final String MESSY = "arrangement   \"A\" {\n"
      + "kind guarantee .\n"
      + "\n\n\n"
      + "    party UA \"Ukraine\" .   // the beneficiary\n"
      + "}";

  /** {@link #MESSY} in the canonical layout. */
  static final String FORMATTED = "arrangement \"A\" {\n"
      + "  kind guarantee.\n"
      + "\n"
      + "  party UA \"Ukraine\". // the beneficiary\n"
      + "}\n";

  /** A syntax error on line 2, in a layout the formatter would change. */
  static final String BROKEN = "arrangement   \"Broken\" {\n  kind guarantee BROKEN\n}\n";

  private static final FileTime PAST = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

  @Test
  void aSyntaxErrorInAFileWithCarriageReturnsAloneShowsItsLine() throws IOException {
    // fmt reports from the text as read, CRs and all: the renderer split it at LF only, so line
    // 2 of a classic Mac OS file was past its one line and the error came without its snippet
    write("mac.surety", BROKEN.replace('\n', '\r'));
    Result r = surety("fmt", "--check", "mac.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains(" --> mac.surety:2:24\n  |\n2 |   kind guarantee BROKEN\n"
        + "  |                        ^\n");
  }

  @Test
  void aSyntaxErrorOnTheFirstLineOfAFileWithAByteOrderMarkIsShownAsLintShowsIt() throws IOException {
    // the snippet came from the bytes as read: the mark was shown as <U+FEFF> and the caret stood
    // one column to the left, under the closing quote, since the mark counts no column
    write("bom.surety", "\uFEFFparty UA \"Ukraine\"\r\nparty X \"x\".\r\n");
    String snippet = " --> bom.surety:1:19\n  |\n1 | party UA \"Ukraine\"\n"
        + "  |                   ^\n";
    for (String mode : new String[] {"--check", "--diff", "--write"}) {
      Result r = surety("fmt", mode, "bom.surety");
      assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
      assertThat(r.err()).as(mode).contains(snippet);
    }
    assertThat(surety("lint", "bom.surety").out()).contains(snippet);
  }

  @Test
  void printsTheFormattedTextOfOneFileAndLeavesTheFileAlone() throws IOException {
    Path draft = write("drafts/a.surety", MESSY);
    Result r = surety("fmt", "drafts/a.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo(FORMATTED);
    assertThat(r.err()).isEmpty();
    assertThat(draft).hasContent(MESSY);
  }

  @Test
  void printsAFormattedFileAsItIs() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("fmt", "clean.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo(Drafts.CLEAN);
  }

  @Test
  void printsTheOneDraftOfADirectory() throws IOException {
    write("drafts/a.surety", MESSY);
    write("drafts/notes.txt", "not a draft");
    Result r = surety("fmt", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo(FORMATTED);
  }

  @Test
  void refusesToPrintSeveralFiles() throws IOException {
    write("drafts/a.surety", MESSY);
    write("drafts/b.surety", Drafts.CLEAN);
    Result r = surety("fmt", "drafts");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("surety: fmt prints one file, and 2 were given: use --write to"
        + " rewrite them, --check to list those that would change, or --diff to see how\n");
    assertThat(surety("fmt", "drafts/a.surety", "-").status()).isEqualTo(ExitCode.ERROR);
  }

  @Test
  void aDirectoryWithoutDraftsIsExitTwoInEveryMode() throws IOException {
    Files.createDirectories(work.resolve("empty"));
    for (String mode : new String[] {"--check", "--diff", "--write"}) {
      Result r = surety("fmt", mode, "empty");
      assertThat(r.status()).as(mode + " " + r).isEqualTo(ExitCode.ERROR);
      assertThat(r.err()).isEqualTo("surety: no drafts (*.surety) in empty\n");
    }
    Result r = surety("fmt", "empty");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: no drafts (*.surety) in empty\n");
  }

  @Test
  void checkListsTheFilesThatWouldChangeAndExitsOne() throws IOException {
    write("drafts/b.surety", MESSY);
    write("drafts/a.surety", Drafts.CLEAN);
    write("drafts/sub/c.surety", MESSY);
    Result r = surety("fmt", "--check", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEqualTo("drafts/b.surety\ndrafts/sub/c.surety\n");
    assertThat(r.err()).isEmpty();
    assertThat(work.resolve("drafts/b.surety")).hasContent(MESSY);
  }

  /**
   * A file name is printed as lint prints one: a line feed in it would split one name into two
   * lines of --check, and an escape sequence would act on the terminal (it set its title).
   */
  @Test
  void fileNamesWithControlCharactersAreEscapedInCheckAndDiff() throws IOException {
    write("nl/a\nb.surety", MESSY);
    write("nl/u\u001b]0;pwned\u0007.surety", MESSY);
    Result check = surety("fmt", "--check", "nl");
    assertThat(check.status()).as(check.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(check.out())
        .isEqualTo("nl/a<U+000A>b.surety\nnl/u<U+001B>]0;pwned<U+0007>.surety\n");
    Result diff = surety("fmt", "--diff", "nl");
    assertThat(diff.out()).doesNotContain("\u001b", "\u0007")
        .contains("--- nl/a<U+000A>b.surety\n+++ nl/a<U+000A>b.surety\n",
            "--- nl/u<U+001B>]0;pwned<U+0007>.surety\n+++ nl/u<U+001B>]0;pwned<U+0007>.surety\n");
  }

  @Test
  void checkExitsZeroWhenEveryFileIsFormatted() throws IOException {
    write("drafts/a.surety", Drafts.CLEAN);
    write("drafts/b.surety", FORMATTED);
    Result r = surety("fmt", "--check", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void writeRewritesTheFilesThatChangeAndNoOther() throws IOException {
    Path messy = write("drafts/a.surety", MESSY);
    Path clean = write("drafts/b.surety", Drafts.CLEAN);
    Files.setLastModifiedTime(messy, PAST);
    Files.setLastModifiedTime(clean, PAST);
    Result r = surety("fmt", "--write", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(messy).hasContent(FORMATTED);
    assertThat(Files.getLastModifiedTime(messy)).isNotEqualTo(PAST);
    assertThat(clean).hasContent(Drafts.CLEAN);
    assertThat(Files.getLastModifiedTime(clean)).as("an already formatted file is not touched")
        .isEqualTo(PAST);
    assertThat(listing("drafts")).as("no temporary file is left")
        .containsExactlyInAnyOrder("a.surety", "b.surety");
    assertThat(surety("fmt", "--check", "drafts").status()).isEqualTo(ExitCode.OK);
  }

  @Test
  void writeKeepsThePermissions() throws IOException {
    Path draft = write("a.surety", MESSY);
    Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-r-----"));
    Result r = surety("fmt", "--write", "a.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(draft).hasContent(FORMATTED);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(draft)))
        .isEqualTo("rw-r-----");
  }

  /**
   * As root, another user's file is rewritten as root may, and stays theirs: same owner, group and
   * mode (QA: it became root's).
   */
  @Test
  void writeKeepsTheOwnerAndGroupOfAnotherUsersFile() throws IOException {
    Path draft = write("theirs.surety", MESSY);
    assumeTrue(giveAway(draft), "only root can give a file to another user");
    Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-rw-r--"));
    Result r = surety("fmt", "--write", "theirs.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(draft).hasContent(FORMATTED);
    PosixFileAttributes after = Files.readAttributes(draft, PosixFileAttributes.class);
    assertThat(after.owner().getName() + ":" + after.group().getName())
        .isEqualTo(NOBODY_ID + ":" + NOBODY_ID);
    assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-rw-r--");
  }

  /**
   * A file that no permission bit lets be written is refused, by root too (who may write it); the
   * files after it are still formatted (the command stopped there), and the status is 2.
   */
  @Test
  void aReadOnlyFileIsRefusedEvenAsRoot() throws IOException {
    Path draft = write("a.surety", MESSY);
    Path other = write("b.surety", MESSY);
    Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("r--r--r--"));
    try {
      Result r = surety("fmt", "--write", "a.surety", "b.surety");
      assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("surety: a.surety: permission denied (the file is read-only)\n");
      assertThat(draft).hasContent(MESSY);
      assertThat(other).as("the others are still formatted").hasContent(FORMATTED);
      assertThat(listing(".")).containsExactlyInAnyOrder("a.surety", "b.surety");
    } finally {
      Files.setPosixFilePermissions(draft, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /**
   * A file with another hard link is refused: the atomic rename would give this name a new file,
   * and the other name would keep the old text.
   */
  @Test
  void aFileWithSeveralHardLinksIsRefused() throws IOException {
    Path draft = write("a.surety", MESSY);
    Path link = Files.createLink(work.resolve("shared.surety"), draft);
    Result r = surety("fmt", "--write", "a.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: a.surety: cannot rewrite it: it has 2 hard links, and a "
        + "rewritten file would leave the others with the old text; remove the other links, or "
        + "format a copy\n");
    assertThat(draft).hasContent(MESSY);
    assertThat(Files.isSameFile(draft, link)).isTrue();
    assertThat(surety("fmt", "--check", "a.surety").status())
        .as("--check and --diff read it as usual").isEqualTo(ExitCode.FINDINGS);
  }

  @Test
  void writeKeepsLineEndsAndAByteOrderMark() throws IOException {
    Path draft = write("crlf.surety", "\uFEFF" + MESSY.replace("\n", "\r\n"));
    Result r = surety("fmt", "--write", "crlf.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(Files.readAllBytes(draft))
        .isEqualTo(("\uFEFF" + FORMATTED.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aFileWithSyntaxErrorsIsLeftByteForByteAndReported() throws IOException {
    Path broken = write("drafts/broken.surety", BROKEN);
    Path messy = write("drafts/messy.surety", MESSY);
    Files.setLastModifiedTime(broken, PAST);
    Result r = surety("fmt", "--write", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error[SUR001]: ")
        .contains("--> drafts/broken.surety:2:", "2 |   kind guarantee BROKEN")
        .endsWith("1 errors, 0 warnings, 0 infos in 2 files\n");
    assertThat(Files.readAllBytes(broken)).isEqualTo(BROKEN.getBytes(StandardCharsets.UTF_8));
    assertThat(Files.getLastModifiedTime(broken)).isEqualTo(PAST);
    assertThat(messy).as("the other files are formatted").hasContent(FORMATTED);
    assertThat(listing("drafts")).containsExactlyInAnyOrder("broken.surety", "messy.surety");
  }

  @Test
  void syntaxErrorsInEveryMode() throws IOException {
    write("broken.surety", BROKEN);
    for (String mode : new String[] {"--check", "--diff", "--write"}) {
      Result r = surety("fmt", mode, "broken.surety");
      assertThat(r.status()).as(mode + " " + r).isEqualTo(ExitCode.FINDINGS);
      assertThat(r.out()).as(mode).isEmpty();
      assertThat(r.err()).as(mode).contains("error[SUR001]", "--> broken.surety:2:");
    }
    Result printed = surety("fmt", "broken.surety");
    assertThat(printed.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(printed.out()).as("nothing to print").isEmpty();
    assertThat(work.resolve("broken.surety")).hasContent(BROKEN);
  }

  /**
   * A file over maxFileBytes is refused as lint refuses it (SUR003) and left as it is, in every
   * mode (QA: fmt formatted a 9 MiB file that lint refuses).
   */
  @Test
  void aFileOverMaxFileBytesIsReportedAndLeftAsItIs() throws IOException {
    write(".surety.json", "{\"limits\": {\"maxFileBytes\": 64}}");
    Path big = write("drafts/big.surety", MESSY);
    Path small = write("drafts/small.surety", "party UA  \"Ukraine\" .\n");
    for (String mode : new String[] {"--check", "--diff", "--write"}) {
      Result r = surety("fmt", mode, "drafts");
      assertThat(r.status()).as(mode + " " + r).isEqualTo(ExitCode.FINDINGS);
      // the message names the file as its location does (relative to the working directory)
      assertThat(r.err()).as(mode).startsWith("error[SUR003]: file drafts/big.surety is "
              + MESSY.length() + " bytes, over the limit of 64 bytes (maxFileBytes)\n")
          .contains("--> drafts/big.surety\n\n").doesNotContain("1 |")
          .endsWith("1 errors, 0 warnings, 0 infos in 2 files\n");
      assertThat(r.out()).as(mode).doesNotContain("big.surety");
    }
    assertThat(big).hasContent(MESSY);
    assertThat(small).as("the other files are formatted").hasContent("party UA \"Ukraine\".\n");
    assertThat(surety("lint", "--format", "gcc", "drafts").out()).as("the same finding as lint's")
        .contains("drafts/big.surety: error: file drafts/big.surety is " + MESSY.length()
            + " bytes, over the limit of 64 bytes (maxFileBytes) [SUR003]");

    Result printed = surety("fmt", "drafts/big.surety");
    assertThat(printed.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(printed.out()).isEmpty();

    stdin = MESSY;
    Result piped = surety("fmt", "--stdin-filename", "drafts/buffer.surety", "-");
    assertThat(piped.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(piped.out()).isEmpty();
    assertThat(piped.err()).startsWith("error[SUR003]: drafts/buffer.surety is larger than the "
        + "limit of 64 bytes (maxFileBytes)\n");

    write("roomy.json", "{\"limits\": {\"maxFileBytes\": 1048576}}");
    Result configured = surety("fmt", "--config", "roomy.json", "--check", "drafts/big.surety");
    assertThat(configured.status()).as("--config names the configuration, as for lint")
        .isEqualTo(ExitCode.FINDINGS);
    assertThat(configured.out()).isEqualTo("drafts/big.surety\n");
    assertThat(configured.err()).isEmpty();
  }

  @Test
  void bytesThatAreNotUtf8AreLeftAsTheyAre() throws IOException {
    byte[] latin1 = "party UA   \"Ukra\u00efne\".\n".getBytes(StandardCharsets.ISO_8859_1);
    Path draft = work.resolve("latin1.surety");
    Files.write(draft, latin1);
    Result r = surety("fmt", "--write", "latin1.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.err()).contains("error[SUR001]", "not valid UTF-8", "--> latin1.surety:1:17");
    assertThat(Files.readAllBytes(draft)).isEqualTo(latin1);
  }

  @Test
  void diffPrintsAUnifiedDiffOfEachFileThatWouldChange() throws IOException {
    write("drafts/a.surety", MESSY);
    write("drafts/b.surety", Drafts.CLEAN);
    Result r = surety("fmt", "--diff", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEqualTo("""
        --- drafts/a.surety
        +++ drafts/a.surety
        @@ -1,7 +1,5 @@
        -arrangement   "A" {
        -kind guarantee .
        +arrangement "A" {
        +  kind guarantee.
        \s
        -
        -
        -    party UA "Ukraine" .   // the beneficiary
        -}
        \\ No newline at end of file
        +  party UA "Ukraine". // the beneficiary
        +}
        """);
    assertThat(r.err()).isEmpty();
    assertThat(work.resolve("drafts/a.surety")).hasContent(MESSY);
    assertThat(surety("fmt", "--diff", "drafts/b.surety").out()).isEmpty();
    assertThat(surety("fmt", "--diff", "drafts/b.surety").status()).isEqualTo(ExitCode.OK);
  }

  @Test
  void diffKeepsHunksApartWithThreeLinesOfContext() throws IOException {
    String source = Drafts.CLEAN.replace("kind guarantee.", "kind  guarantee.")
        .replace("withdrawal notice 12 months.", "withdrawal notice 12 months .");
    write("clean.surety", source);
    Result r = surety("fmt", "--diff", "clean.surety");
    assertThat(r.out()).startsWith("--- clean.surety\n+++ clean.surety\n@@ -1,5 +1,5 @@\n"
        + " arrangement \"Nordic Shield\" {\n-  kind  guarantee.\n+  kind guarantee.\n")
        .contains("@@ -13,5 +13,5 @@\n")
        .endsWith("-  withdrawal notice 12 months .\n+  withdrawal notice 12 months.\n }\n");
  }

  @Test
  void standardInput() {
    stdin = MESSY;
    Result printed = surety("fmt", "-");
    assertThat(printed.status()).as(printed.toString()).isEqualTo(ExitCode.OK);
    assertThat(printed.out()).isEqualTo(FORMATTED);

    Result written = surety("fmt", "--write", "-");
    assertThat(written.status()).isEqualTo(ExitCode.OK);
    assertThat(written.out()).as("standard input is written to standard output")
        .isEqualTo(FORMATTED);

    Result checked = surety("fmt", "--check", "--stdin-filename", "drafts/buffer.surety", "-");
    assertThat(checked.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(checked.out()).isEqualTo("drafts/buffer.surety\n");

    Result diffed = surety("fmt", "--diff", "-");
    assertThat(diffed.out()).startsWith("--- <stdin>\n+++ <stdin>\n@@ ");

    stdin = BROKEN;
    Result broken = surety("fmt", "--stdin-filename", "drafts/buffer.surety", "-");
    assertThat(broken.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(broken.out()).isEmpty();
    assertThat(broken.err()).contains("--> drafts/buffer.surety:2:");
  }

  @Test
  void theModesExcludeEachOther() throws IOException {
    write("a.surety", MESSY);
    Result r = surety("fmt", "--check", "--write", "a.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).as("in the words of every other usage error, not picocli's 'error: ...'")
        .isEqualTo("surety: --check and --write cannot be given together; give one of them\n"
            + "try 'surety fmt --help'\n");
    assertThat(work.resolve("a.surety")).hasContent(MESSY);
    assertThat(surety("fmt", "--diff", "--check", "--write", "a.surety").err())
        .startsWith("surety: --check, --write and --diff cannot be given together; give one");
  }

  @Test
  void aMissingPathIsOneLineAndExitTwo() throws IOException {
    Path draft = write("a.surety", MESSY);
    Result r = surety("fmt", "--write", "a.surety", "missing.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("surety: missing.surety: no such file or directory\n");
    assertThat(draft).as("nothing is written when a path is wrong").hasContent(MESSY);
  }

  @Test
  void aDirectoryThatCannotBeWrittenIsOneLineAndExitTwo() throws IOException {
    assumeTrue(permissionsEnforced(work), "permissions are not enforced for this user");
    Path draft = write("locked/a.surety", MESSY);
    Path locked = work.resolve("locked");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Result r = surety("fmt", "--write", "locked/a.surety");
      assertThat(r.status()).isEqualTo(ExitCode.ERROR);
      assertThat(r.err()).isEqualTo("surety: locked/a.surety: cannot rewrite it: "
          + "permission denied\n");
      assertThat(draft).hasContent(MESSY);
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private java.util.List<String> listing(String directory) throws IOException {
    try (Stream<Path> files = Files.list(work.resolve(directory))) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}

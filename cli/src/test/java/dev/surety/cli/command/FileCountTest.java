package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * "in N files" counts the files checked: the inputs and the files they include that were read. An
 * include that is missing, a directory or a broken link was already left out; one that exists but
 * could not be read (SUR002) or was over {@code maxFileBytes} (SUR003 at the include) was counted
 * as a file checked, though nothing of it was read. These tests make the failures without
 * permissions, which root ignores: an I/O error, {@code /proc/self/mem}, and a limit.
 */
class FileCountTest extends BaseCliTest {

  @Test
  void anIncludeThatIsMissingADirectoryOrABrokenLinkIsNotCounted() throws IOException {
    write("a.surety", "include \"missing.surety\".\ninclude \"dir.surety\".\n"
        + "include \"gone.surety\".\n");
    Files.createDirectories(work.resolve("dir.surety"));
    Files.createSymbolicLink(work.resolve("gone.surety"), Path.of("nowhere.surety"));
    Result r = surety("lint", "a.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).endsWith("3 errors, 0 warnings, 0 infos in 1 files\n");
  }

  /**
   * An include that fails when read, as root too: Linux's {@code /proc/self/mem} gives an I/O error
   * at offset 0. The root is {@code /proc/self}, and the including draft comes on standard input
   * named inside it.
   */
  @Test
  void anIncludeThatCannotBeReadIsNotCounted() {
    assumeTrue(Files.isReadable(Path.of("/proc/self/mem")), "no /proc/self/mem here");
    stdin = "include \"mem\".\n";
    Result r = surety("lint", "--root", "/proc/self", "--stdin-filename",
        "/proc/self/main.surety", "-");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("error[SUR002]: cannot read /proc/self/mem: input/output error")
        .endsWith("1 errors, 0 warnings, 0 infos in 1 files\n");
    Result json = surety("lint", "--format", "json", "--root", "/proc/self", "--stdin-filename",
        "/proc/self/main.surety", "-");
    assertThat(json.out()).contains("\"files\": 1,");
  }

  @Test
  void anIncludeOverTheSizeLimitIsNotCountedButAnInputOverItIs() throws IOException {
    write(".surety.json", "{\"limits\": {\"maxFileBytes\": 1000}}");
    write("main.surety", "include \"huge.surety\".\n" + Drafts.CLEAN);
    write("huge.surety", " ".repeat(2000));
    Result r = surety("lint", "main.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("error[SUR003]: file huge.surety is 2000 bytes")
        .endsWith("1 errors, 0 warnings, 0 infos in 1 files\n");
    // named on the command line, it is an input, and its SUR003 is in it
    assertThat(surety("lint", "huge.surety").out())
        .endsWith("1 errors, 0 warnings, 0 infos in 1 files\n");
    // and with the draft that includes it, each has its own finding
    assertThat(surety("lint", "main.surety", "huge.surety").out())
        .endsWith("2 errors, 0 warnings, 0 infos in 2 files\n");
  }

  /**
   * A file given that passes the look before the check (it exists, is a file, and may be read) and
   * then fails when read is exit status 2 with one line naming it, after the other files' findings,
   * as CLI.md has "an unreadable path": it was a SUR002 error at its line 1 (an empty line with a
   * caret under nothing), exit status 1.
   */
  @Test
  void aGivenFileThatFailsWhenReadIsExitTwoAfterTheOthersFindings() throws IOException {
    assumeTrue(Files.isReadable(Path.of("/proc/self/mem")), "no /proc/self/mem here");
    write("warn.surety", Drafts.WARNING);
    Result r = surety("lint", "--format", "gcc", "warn.surety", "/proc/self/mem");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.out()).contains("warn.surety:").contains("[SUR107]").doesNotContain("SUR002");
    assertThat(r.err()).isEqualTo("surety: /proc/self/mem: input/output error\n");
    Result compile = surety("compile", "--out", "out", "/proc/self/mem");
    assertThat(compile.status()).as(compile.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(compile.err()).isEqualTo("surety: /proc/self/mem: input/output error\n");
    assertThat(work.resolve("out")).doesNotExist();
  }

  /** A file given that cannot be read stops the command before anything is checked (CLI.md). */
  @Test
  void aGivenFileThatCannotBeReadIsExitTwo() throws IOException {
    Files.createSymbolicLink(work.resolve("gone.surety"), Path.of("nowhere.surety"));
    write("ok.surety", Drafts.CLEAN);
    Result dangling = surety("lint", "ok.surety", "gone.surety");
    assertThat(dangling.status()).as(dangling.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(dangling.out()).isEmpty();
    assertThat(dangling.err()).isEqualTo("surety: gone.surety: broken symbolic link\n");
  }
}

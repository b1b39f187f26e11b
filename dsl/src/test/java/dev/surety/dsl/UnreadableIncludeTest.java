package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surety.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An include that names a file that cannot be read says why in words and shows the chain (RULES.md,
 * SUR002: "The message shows the chain"); it gave the exception's message, which is the path again,
 * and no chain.
 */
class UnreadableIncludeTest {

  @TempDir Path root;

  @Test
  void theReasonIsInWordsWithoutThePath() {
    assertThat(IoReasons.describe(new AccessDeniedException("/tmp/x/secret.surety")))
        .isEqualTo("permission denied");
    assertThat(IoReasons.describe(new NoSuchFileException("/tmp/x/secret.surety")))
        .isEqualTo("no such file or directory");
    assertThat(IoReasons.describe(new IOException("/tmp/x/secret.surety: Is a directory")))
        .isEqualTo("is a directory");
    assertThat(IoReasons.describe((Exception) new java.io.UncheckedIOException(
        new AccessDeniedException("/tmp/x")))).isEqualTo("permission denied");
  }

  /**
   * An include that is a symbolic link to nowhere, or one of links that lead round to themselves,
   * says so: both were "cannot find included file", which sent the drafter looking for a file.
   */
  @Test
  void aBrokenLinkAndALoopOfLinksAreSaidAsSuch() throws IOException {
    Files.createSymbolicLink(root.resolve("gone.surety"), root.resolve("nowhere.surety"));
    Files.createSymbolicLink(root.resolve("l1.surety"), root.resolve("l2.surety"));
    Files.createSymbolicLink(root.resolve("l2.surety"), root.resolve("l1.surety"));
    Files.writeString(root.resolve("main.surety"),
        "include \"gone.surety\".\ninclude \"l1.surety\".\ninclude \"absent.surety\".\n");
    Compilation c = SuretyCompiler.create().compile(root.resolve("main.surety"));
    assertThat(c.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "`gone.surety` is a broken symbolic link: it points to no file"
            + " (include chain: main.surety)",
        "cannot read included file `l1.surety`: symbolic link loop (include chain: main.surety)",
        "cannot find included file `absent.surety` (include chain: main.surety)");
    assertThat(IoReasons.isLinkLoop(new java.nio.file.FileSystemException("/x", null,
        "Too many levels of symbolic links"))).isTrue();
    assertThat(IoReasons.isLinkLoop(new NoSuchFileException("/x"))).isFalse();
  }

  /** Run as a user (as root, who may read anything, it cannot be made unreadable: skipped). */
  @Test
  void aFileThatMayNotBeReadIsPermissionDeniedWithTheChain() throws IOException {
    Path secret = Files.writeString(root.resolve("secret.surety"), "party X \"X\".\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(!Files.isReadable(secret), "permissions are not enforced for this user");
      Files.writeString(root.resolve("inc.surety"), "include \"secret.surety\".\n");
      Files.writeString(root.resolve("main.surety"), "include \"inc.surety\".\n");
      Compilation c = SuretyCompiler.create().compile(root.resolve("main.surety"));
      assertThat(c.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo("SUR002");
        assertThat(d.range().file()).isEqualTo("inc.surety");
        assertThat(d.message()).isEqualTo("cannot read secret.surety: permission denied"
            + " (include chain: main.surety → inc.surety)");
      });
    } finally {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  /**
   * A file that exists and is no directory but fails when read, as root too: Linux's {@code
   * /proc/self/mem} gives an I/O error at offset 0 (no page is mapped there). The root is {@code
   * /proc/self}, so the include stays inside it.
   */
  @Test
  void aFileThatFailsWhenReadGivesTheReasonAndTheChain() {
    Path proc = Path.of("/proc/self");
    assumeTrue(Files.isReadable(proc.resolve("mem")), "no /proc/self/mem here");
    Compilation c = SuretyCompiler.create(CompilerOptions.builder().root(proc).build())
        .compile("include \"mem\".\n", "main.surety");
    Diagnostic d = c.diagnostics().stream().filter(x -> x.code().equals("SUR002"))
        .findFirst().orElseThrow();
    assertThat(d.range().file()).isEqualTo("main.surety");
    assertThat(d.message()).isEqualTo(
        "cannot read mem: input/output error (include chain: main.surety)");
  }

  /**
   * A file compiled that fails when read is reported at no line of it, as docs/cli.md says of a
   * path given that cannot be read (and as a file over maxFileBytes is): it was at 1:1, so that
   * {@code text} showed an empty line 1 with a caret under nothing.
   */
  @Test
  void aFileCompiledThatFailsWhenReadIsAtNoLine() {
    Path mem = Path.of("/proc/self/mem");
    assumeTrue(Files.isReadable(mem), "no /proc/self/mem here");
    Compilation c = SuretyCompiler.create(
        CompilerOptions.builder().root(Path.of("/proc/self")).build()).compile(mem);
    assertThat(c.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR002");
      assertThat(d.message()).isEqualTo("cannot read mem: input/output error");
      assertThat(d.range().startLine()).isZero();
    });
    assertThat(c.files()).singleElement().satisfies(f -> {
      assertThat(f.read()).isFalse();
      // the reason, for a command line that stops on a file it was given (CLI.md: exit status 2)
      assertThat(f.readError()).hasValue("input/output error");
    });
  }
}

package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Standard output that cannot be written (a full disk, {@code > /dev/full}): what was asked for is
 * lost, so every command ends with exit status 2 and one line that says why, rather than status 0
 * and no output. A reader that closed the pipe ({@code | head -1}) is not a failure.
 */
class StdoutFailuresTest extends BaseCliTest {

  private static final String FULL = "surety: cannot write to standard output: no space left on device\n";

  @BeforeEach
  void drafts() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    write("warn.surety", Drafts.WARNING);
  }

  /** Accepts {@code room} bytes, then fails every write with {@code message}. */
  private static OutputStream failingAfter(int room, String message) {
    return new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int offset, int length) throws IOException {
        if (written + length > room) {
          throw new IOException(message);
        }
        written += length;
      }
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "lint clean.surety",
      "lint --format json warn.surety",
      "lint --format sarif clean.surety",
      "lint --format gcc warn.surety",
      "lint --format checkstyle warn.surety",
      "assess clean.surety",
      "assess --format json clean.surety",
      "compile clean.surety",
      "fmt clean.surety",
      "diff clean.surety warn.surety",
      "explain",
      "explain SUR107",
      "--version",
      "lint --help"})
  void aFullDiskIsExitStatusTwoWithOneLine(String command) {
    Result r = suretyWritingTo(failingAfter(0, "No space left on device"), command.split(" "));

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo(FULL);
  }

  /** A file system with a little room: the first 64 KB chunk fits, what follows does not. */
  @Test
  void aDiskThatFillsPartWay() throws IOException {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      many.append(Drafts.WARNING.replace("Nordic Shield, undated", "Shield " + i));
    }
    write("many.surety", many.toString());

    Result r = suretyWritingTo(failingAfter(1 << 16, "No space left on device"),
        "lint", "--format", "json", "many.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo(FULL);
  }

  @Test
  void compileOutNamesWhatItWroteAndFailsWhenItCannotSayIt() {
    Result r = suretyWritingTo(failingAfter(0, "Input/output error"),
        "compile", "--out", "out", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: cannot write to standard output: input/output error\n");
  }

  @Test
  void aClosedPipeIsTheReadersChoice() {
    Result clean = suretyWritingTo(failingAfter(0, "Broken pipe"),
        "lint", "--format", "json", "clean.surety");
    Result broken = suretyWritingTo(failingAfter(0, "Broken pipe"), "lint", "warn.surety",
        "--fail-on", "warning");

    assertThat(clean.status()).as(clean.toString()).isEqualTo(ExitCode.OK);
    assertThat(clean.err()).isEmpty();
    assertThat(broken.status()).as(broken.toString()).isEqualTo(1);
    assertThat(broken.err()).isEmpty();
  }

  /** A PrintStream keeps the reason to itself: the line says what failed, without it. */
  @Test
  void aPrintStreamThatFailed() {
    Result r = suretyWritingTo(
        new PrintStream(failingAfter(0, "No space left on device"), true, StandardCharsets.UTF_8),
        "lint", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: cannot write to standard output\n");
  }

  @Test
  void aCommandThatFailsSaysItsOwnLineOnly() {
    Result r = suretyWritingTo(failingAfter(0, "No space left on device"), "lint", "missing.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: missing.surety: ").hasLineCount(1);
  }
}

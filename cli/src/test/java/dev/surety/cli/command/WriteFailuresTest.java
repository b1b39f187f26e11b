package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import dev.surety.cli.compile.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@code surety compile --out} does when writing fails (issue #9, point 5): one line that
 * names the path and the problem, exit status 2, and the files already there left as they were.
 * Each test starts with an earlier run's output in {@code out/} and checks it survives.
 */
class WriteFailuresTest extends BaseCliTest {

  private static final String EARLIER = "{\"written\": \"by an earlier run\"}\n";

  private Path earlier;

  @BeforeEach
  void anEarlierRun() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    earlier = write("out/nordic-shield.json", EARLIER);
  }

  private void assertOutputIntact() throws IOException {
    assertThat(earlier).hasContent(EARLIER);
    try (Stream<Path> files = Files.list(work.resolve("out"))) {
      assertThat(files).as("no temporary file is left behind").containsExactly(earlier);
    }
  }

  @Test
  void aFullDiskPartWayThroughAFile() throws IOException {
    disk = (channel, bytes) -> {
      channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
      throw new IOException("No space left on device");
    };

    Result r = surety("compile", "--out", "out", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: out/nordic-shield.json: no space left on device\n");
    assertThat(r.out()).isEmpty();
    assertOutputIntact();
  }

  /**
   * A read-only output directory. Where permissions are enforced, the directory is made read-only;
   * as root (tests in containers often run so) they are not, and the disk refuses instead, as the
   * operating system would.
   */
  @Test
  void aReadOnlyOutputDirectory() throws IOException {
    Path out = work.resolve("out");
    boolean enforced = permissionsEnforced(work);
    if (enforced) {
      out.toFile().setWritable(false, false);
    } else {
      disk = (channel, bytes) -> {
        throw new AccessDeniedException(out.resolve("nordic-shield.json").toString());
      };
    }
    try {
      Result r = surety("compile", "--out", "out", "clean.surety");

      assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
      assertThat(r.err()).isEqualTo(enforced
          ? "surety: out: permission denied\n"
          : "surety: out/nordic-shield.json: permission denied\n");
    } finally {
      out.toFile().setWritable(true, false);
    }
    assertOutputIntact();
  }

  /**
   * The second file cannot be written: the first, already written to its temporary file, is not
   * put in place either (it was, and the directory held the new first file beside the old second).
   */
  @Test
  void theSecondFileFailsAndTheFirstIsLeftAsItWas() throws IOException {
    write("two.surety", Drafts.CLEAN + Drafts.CLEAN.replace("Nordic Shield", "Baltic Shield"));
    int[] files = {0};
    disk = (channel, bytes) -> {
      if (++files[0] == 2) {
        throw new IOException("Input/output error");
      }
      AtomicFiles.DISK.write(channel, bytes);
    };

    Result r = surety("compile", "--out", "out", "two.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: out/baltic-shield.json: input/output error\n");
    assertThat(r.out()).isEmpty();
    assertThat(files[0]).isEqualTo(2);
    assertOutputIntact();
  }

  /**
   * A directory at the name of the second file: found before anything is written, so the first
   * file is not replaced (it was, and then the rename over the directory failed).
   */
  @Test
  void aDirectoryAtTheNameOfALaterFileIsFoundBeforeAnythingIsWritten() throws IOException {
    write("two.surety", Drafts.CLEAN + Drafts.CLEAN.replace("Nordic Shield", "Baltic Shield"));
    Path inTheWay = Files.createDirectories(work.resolve("out/baltic-shield.json"));

    Result r = surety("compile", "--out", "out", "two.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: out/baltic-shield.json: is a directory, where the"
        + " arrangement's file goes; remove it or give another --out\n");
    assertThat(r.out()).isEmpty();
    assertThat(earlier).hasContent(EARLIER);
    assertThat(inTheWay).isEmptyDirectory();
    try (Stream<Path> files = Files.list(work.resolve("out"))) {
      assertThat(files).as("no temporary file is left behind").containsExactlyInAnyOrder(earlier, inTheWay);
    }
  }

  /** Both files written: each replaces its old one, and both names are printed after. */
  @Test
  void everyFileWrittenIsPutInPlace() throws IOException {
    write("two.surety", Drafts.CLEAN + Drafts.CLEAN.replace("Nordic Shield", "Baltic Shield"));

    Result r = surety("compile", "--out", "out", "two.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("out/nordic-shield.json\nout/baltic-shield.json\n");
    assertThat(earlier).content().contains("\"Nordic Shield\"");
    assertThat(work.resolve("out/baltic-shield.json")).content().contains("\"Baltic Shield\"");
    try (Stream<Path> files = Files.list(work.resolve("out"))) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void anOutputDirectoryThatIsAFile() throws IOException {
    Path file = write("report", "kept as it was\n");

    Result r = surety("compile", "--out", "report", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: report: is a file, not a directory\n");
    assertThat(file).hasContent("kept as it was\n");
    assertOutputIntact();
  }

  /**
   * An output directory that is a device or a FIFO is named for what it is: {@code --out
   * /dev/full} was "is a file, not a directory". {@code --root} says the same, in the same words
   * ({@code IoProblems.notADirectory}).
   */
  @Test
  void anOutputDirectoryThatIsADeviceOrAFifoIsNamedForWhatItIs() throws IOException,
      InterruptedException {
    Path full = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
    Result device = surety("compile", "--out", "/dev/full", "clean.surety");
    assertThat(device.status()).as(device.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(device.err())
        .isEqualTo("surety: /dev/full: is a character device, not a directory\n");
    Result root = surety("lint", "--root", "/dev/null", "clean.surety");
    assertThat(root.status()).as(root.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(root.err())
        .isEqualTo("surety: --root /dev/null: is a character device, not a directory\n");

    Process mkfifo = new ProcessBuilder("mkfifo", work.resolve("fifo").toString())
        .redirectErrorStream(true).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "no mkfifo here");
    Result fifo = surety("compile", "--out", "fifo", "clean.surety");
    assertThat(fifo.status()).as(fifo.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(fifo.err()).isEqualTo("surety: fifo: is a FIFO, not a directory\n");
    assertOutputIntact();
  }

  @Test
  void anOutputDirectoryBelowAFile() throws IOException {
    write("report", "kept as it was\n");

    Result r = surety("compile", "--out", "report/json", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: report/json: ").hasLineCount(1);
    assertThat(work.resolve("report")).hasContent("kept as it was\n");
  }

  @Test
  void aConfigurationFileThatIsNotJson() throws IOException {
    write(".surety.json", "{\"severity\": {\"SUR107\": \"off\",}\n");

    Result r = surety("compile", "--out", "out", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: " + work.resolve(".surety.json") + ":1:")
        .contains("Unexpected character ('}'").hasLineCount(1);
    assertOutputIntact();
  }

  @Test
  void aConfigurationFileNamedWithConfigThatIsNotJson() throws IOException {
    write("conf/surety.json", "severity = off\n");

    Result r = surety("compile", "--config", "conf/surety.json", "--out", "out", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: conf/surety.json:1:").hasLineCount(1);
    assertOutputIntact();
  }

  @Test
  void aConfigurationFileThatNamesAnUnknownCode() throws IOException {
    write(".surety.json", "{\"severity\": {\"SUR999\": \"off\"}}\n");

    Result r = surety("compile", "--out", "out", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: ").contains(".surety.json").contains("SUR999")
        .hasLineCount(1);
    assertOutputIntact();
  }

  @Test
  void aConfigurationFileThatNamesAnUnknownLevel() throws IOException {
    write(".surety.json", "{\"severity\": {\"SUR107\": \"loud\"}}\n");

    Result r = surety("compile", "--out", "out", "clean.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: ").contains(".surety.json").contains("loud")
        .hasLineCount(1);
    assertOutputIntact();
  }
}

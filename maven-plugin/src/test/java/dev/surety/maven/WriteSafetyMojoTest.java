package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.exception.DefaultExceptionHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin writes only under the build directory, and a failed write fails the build with one
 * line naming the file and the problem, leaving what was there intact (issue #9, points 3 and 5).
 */
class WriteSafetyMojoTest {

  @TempDir Path project;
  MojoRun run = new MojoRun();
  CompileMojo mojo;

  @BeforeEach
  void project() throws IOException {
    MojoRun.copyDrafts(project, "clean.surety", "clean.surety",
        "lib/parties.surety", "lib/parties.surety");
    mojo = run.configure(new CompileMojo(), project);
    mojo.excludes = List.of("lib/**");
  }

  private List<Path> filesUnder(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(directory)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void anOutputDirectoryOutsideTargetIsRefused() throws IOException {
    mojo.outputDirectory = project.resolve("src/main/resources/surety").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: outputDirectory src/main/resources/surety is outside the build"
            + " directory target; the plugin writes only under it (set outputDirectory to a path"
            + " in target/)");
    assertThat(project.resolve("src/main/resources")).doesNotExist();
    assertThat(filesUnder(project.resolve("target"))).isEmpty();
  }

  @Test
  void anOutputDirectoryThatLeavesTargetWithDotDotIsRefused() {
    mojo.outputDirectory = project.resolve("target/../src").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Surety: outputDirectory src is outside the build directory");
  }

  @Test
  void aLinkInTargetPointingOutsideIsRefused() throws IOException {
    Path elsewhere = Files.createDirectories(project.resolve("elsewhere"));
    Files.createDirectories(project.resolve("target"));
    Files.createSymbolicLink(project.resolve("target/out"), elsewhere);
    mojo.outputDirectory = project.resolve("target/out/surety").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Surety: outputDirectory target/out/surety is outside the build"
            + " directory");
    assertThat(filesUnder(elsewhere)).isEmpty();
  }

  @Test
  void aSarifReportOutsideTargetIsRefused() {
    mojo.sarifReport = project.resolve("surety.sarif").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Surety: sarifReport surety.sarif is outside the build directory");
    assertThat(project.resolve("surety.sarif")).doesNotExist();
  }

  @Test
  void everythingItWritesIsUnderTarget() throws Exception {
    mojo.sarifReport = project.resolve("target/reports/surety.sarif").toFile();

    mojo.execute();

    assertThat(filesUnder(project)).filteredOn(p -> !p.startsWith(project.resolve("src")))
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p).startsWith(project.resolve("target")));
    assertThat(project.resolve("target/classes/surety/clean-guarantee.json")).exists();
  }

  @Test
  void aFullDiskFailsTheBuildAndKeepsTheEarlierFile() throws IOException {
    Path earlier = Files.createDirectories(project.resolve("target/classes/surety"))
        .resolve("clean-guarantee.json");
    Files.writeString(earlier, "{\"earlier\": true}\n");
    mojo.disk = (channel, bytes) -> {
      channel.write(ByteBuffer.wrap(bytes.array(), 0, bytes.remaining() / 2));
      throw new IOException("No space left on device");
    };

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: cannot write target/classes/surety/clean-guarantee.json:"
            + " no space left on device")
        .satisfies(WriteSafetyMojoTest::mavenShowsTheMessageAlone);
    assertThat(earlier).hasContent("{\"earlier\": true}\n");
    assertThat(filesUnder(project.resolve("target/classes/surety"))).containsExactly(earlier);
  }

  @Test
  void aDiskThatFillsAtTheSecondFileLeavesTheFirstAsItWas() throws IOException {
    // a second arrangement, written after the first ("Clean Guarantee" sorts before "Zulu")
    Path drafts = project.resolve("src/main/surety");
    Files.writeString(drafts.resolve("zulu.surety"), Files.readString(drafts.resolve("clean.surety"))
        .replace("\"Clean Guarantee\"", "\"Zulu Guarantee\""));
    Path directory = Files.createDirectories(project.resolve("target/classes/surety"));
    Path first = Files.writeString(directory.resolve("clean-guarantee.json"), "{\"earlier\": 1}\n");
    Path second = Files.writeString(directory.resolve("zulu-guarantee.json"), "{\"earlier\": 2}\n");
    int[] files = {0};
    mojo.disk = (channel, bytes) -> {
      if (++files[0] == 2) {
        throw new IOException("No space left on device");
      }
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    };

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: cannot write target/classes/surety/zulu-guarantee.json:"
            + " no space left on device");
    // the first was written to its temporary file, and not put in place
    assertThat(first).hasContent("{\"earlier\": 1}\n");
    assertThat(second).hasContent("{\"earlier\": 2}\n");
    assertThat(filesUnder(directory)).containsExactly(first, second);
  }

  /** As root, permissions deny nothing: the disk refuses instead, as the system would. */
  @Test
  void aReadOnlyOutputDirectoryFailsTheBuild() throws IOException {
    Path directory = Files.createDirectories(project.resolve("target/classes/surety"));
    Path earlier = Files.writeString(directory.resolve("clean-guarantee.json"), "{}\n");
    Path probe = Files.createTempFile(project, "probe", ".txt");
    probe.toFile().setReadable(false, false);
    boolean enforced = !Files.isReadable(probe);
    if (enforced) {
      directory.toFile().setWritable(false, false);
    } else {
      mojo.disk = (channel, bytes) -> {
        throw new java.nio.file.AccessDeniedException(earlier.toString());
      };
    }
    try {
      assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
          .hasMessage("Surety: cannot write target/classes/surety/clean-guarantee.json:"
              + " permission denied");
    } finally {
      directory.toFile().setWritable(true, false);
    }
    assertThat(earlier).hasContent("{}\n");
    assertThat(filesUnder(directory)).containsExactly(earlier);
  }

  @Test
  void anOutputDirectoryThatIsAFileFailsTheBuild() throws IOException {
    Path file = Files.createDirectories(project.resolve("target/classes")).resolve("surety");
    Files.writeString(file, "kept\n");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: outputDirectory target/classes/surety is a file, not a directory");
    assertThat(file).hasContent("kept\n");
  }

  /**
   * What Maven prints of a failed goal is its message, then each cause's message that the line
   * does not hold yet (DefaultExceptionHandler): a cause must not add the JDK's or Jackson's words
   * (a second, multi-line copy of a parse error; a temporary file's name) to the one line.
   */
  static void mavenShowsTheMessageAlone(Throwable e) {
    assertThat(new DefaultExceptionHandler().handleException(e).getMessage())
        .isEqualTo(e.getMessage())
        .doesNotContain("\n");
  }

  @Test
  void aMalformedConfigurationFileFailsTheBuildNamingIt() throws IOException {
    Files.writeString(project.resolve(".surety.json"), "{\"failOn\": }");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Surety: .surety.json:1:")
        .hasMessageContaining("Unexpected character")
        .satisfies(WriteSafetyMojoTest::mavenShowsTheMessageAlone);
    assertThat(filesUnder(project.resolve("target/classes"))).isEmpty();
  }

  @Test
  void aConfigurationFileNamingAnUnknownCodeFailsTheBuild() throws IOException {
    Files.writeString(project.resolve(".surety.json"), "{\"severity\": {\"SUR999\": \"off\"}}");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Surety: ")
        .hasMessageContaining(".surety.json")
        .hasMessageContaining("SUR999");
    assertThat(filesUnder(project.resolve("target/classes"))).isEmpty();
  }

  @Test
  void anUnfinishedConfigurationFileIsOneLine() throws IOException {
    Files.writeString(project.resolve(".surety.json"), "{\"failOn\": \"error\"");

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Surety: .surety.json:1:")
        .satisfies(WriteSafetyMojoTest::mavenShowsTheMessageAlone);
  }

  @Test
  void aSarifReportThatIsADirectoryIsNamed() throws IOException {
    Files.createDirectories(project.resolve("target/reports"));
    mojo.sarifReport = project.resolve("target/reports").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: sarifReport target/reports is a directory, not a file");
  }

  /** The JDK said "already exists", of neither the file in the way nor the parameter. */
  @Test
  void aFileInTheWayOfAnOutputIsNamed() throws IOException {
    Files.createDirectories(project.resolve("target"));
    Files.writeString(project.resolve("target/reports"), "kept\n");
    mojo.sarifReport = project.resolve("target/reports/surety.sarif").toFile();

    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: sarifReport target/reports/surety.sarif: target/reports is a file,"
            + " not a directory");

    mojo.sarifReport = null;
    mojo.outputDirectory = project.resolve("target/reports/surety").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: outputDirectory target/reports/surety: target/reports is a file,"
            + " not a directory");
    assertThat(project.resolve("target/reports")).hasContent("kept\n");
  }

  @Test
  void aConfigFileThatIsADirectoryIsNotSaidToBeMissing() throws IOException {
    mojo.configFile = Files.createDirectories(project.resolve("config")).toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: configFile config is not a file");
    mojo.configFile = project.resolve("surety.json").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: configFile surety.json does not exist");
  }

  /** Pointed at a draft, the goal said "no drafts in src/main/surety/clean.surety" and passed. */
  @Test
  void aSourceDirectoryThatIsAFileFailsTheBuild() {
    mojo.sourceDirectory = project.resolve("src/main/surety/clean.surety").toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: sourceDirectory src/main/surety/clean.surety is a file, not a"
            + " directory (it names the directory of the drafts)");
  }

  /**
   * A sourceDirectory whose link broke (the drafts moved, a checkout without them) was taken for
   * one that does not exist: "no drafts", and the build passed having checked none.
   */
  @Test
  void aSourceDirectoryWhoseLinkIsBrokenFailsTheBuild() throws IOException {
    Path link = Files.createSymbolicLink(project.resolve("drafts"), project.resolve("gone"));
    mojo.sourceDirectory = link.toFile();
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: sourceDirectory drafts: broken symbolic link; mend the link, or set"
            + " sourceDirectory to the directory of the drafts")
        .satisfies(WriteSafetyMojoTest::mavenShowsTheMessageAlone);
    Files.delete(link);
    Files.createSymbolicLink(link, link);
    assertThatThrownBy(mojo::execute).hasMessageStartingWith(
        "Surety: sourceDirectory drafts: symbolic link loop;");
  }
}

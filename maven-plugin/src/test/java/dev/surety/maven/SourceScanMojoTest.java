package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the goals take for drafts in {@code sourceDirectory}: not the build's copies, nor what
 * editors and operating systems leave beside a draft, and never nothing for a mistyped include.
 */
class SourceScanMojoTest {

  @TempDir Path project;
  Path drafts;

  @BeforeEach
  void copyDrafts() throws IOException {
    drafts = MojoRun.copyDrafts(project, "clean.surety", "clean.surety",
        "lib/parties.surety", "lib/parties.surety");
  }

  private MojoRun run(AbstractSuretyMojo mojo, java.util.function.Consumer<AbstractSuretyMojo> set)
      throws Exception {
    MojoRun run = new MojoRun();
    run.configure(mojo, project);
    set.accept(mojo);
    mojo.execute();
    return run;
  }

  /**
   * sourceDirectory = the project's directory: the copy of the draft that the build put under
   * target/classes (its include not beside it: SUR002) is not checked, and what changes under
   * target/ and .git/ does not make the next run check again.
   */
  @Test
  void theBuildDirectoryAndHiddenDirectoriesAreNotScanned() throws Exception {
    java.util.function.Consumer<AbstractSuretyMojo> basedir = m -> {
      m.sourceDirectory = project.toFile();
      m.excludes = List.of("**/lib/**");
    };
    Path copy = Files.createDirectories(project.resolve("target/classes/drafts"));
    Files.copy(drafts.resolve("clean.surety"), copy.resolve("clean.surety"));
    Files.createDirectories(project.resolve(".git"));
    Files.writeString(project.resolve(".git/index"), "1");
    Files.createDirectories(project.resolve("node_modules/x"));
    Files.copy(drafts.resolve("clean.surety"), project.resolve("node_modules/x/clean.surety"));

    MojoRun first = run(new CheckMojo(), basedir);
    assertThat(first.lines).noneMatch(l -> l.contains("SUR002"))
        .contains("[INFO] Surety: 1 draft checked: 0 errors, 0 warnings, 0 infos in 2 files");

    Files.writeString(project.resolve(".git/index"), "2");
    Files.writeString(project.resolve("target/classes/drafts/new.surety"), "junk");
    assertThat(run(new CheckMojo(), basedir).lines)
        .singleElement().asString().startsWith("[INFO] Surety: nothing to check, 1 draft");
  }

  /**
   * A link to a draft beside it is the draft once: its findings were logged twice, and compile
   * wrote its arrangement twice (clean-guarantee.json and clean-guarantee-2.json, with a warning
   * that two arrangements were named alike).
   */
  @Test
  void oneDraftUnderTwoNamesIsCheckedAndWrittenOnce() throws Exception {
    Files.createSymbolicLink(drafts.resolve("alias.surety"), Path.of("clean.surety"));
    MojoRun run = run(new CompileMojo(), m -> m.excludes = List.of("lib/**"));
    assertThat(run.lines).noneMatch(l -> l.startsWith("[WARNING]")).contains(
        "[INFO] Surety: 1 arrangement written to target/classes/surety",
        "[INFO] Surety: 1 draft checked: 0 errors, 0 warnings, 0 infos in 2 files");
    try (var written = Files.list(project.resolve("target/classes/surety"))) {
      assertThat(written).map(p -> p.getFileName().toString())
          .containsExactly("clean-guarantee.json");
    }
  }

  /** An output directory outside target/ cannot be; a build directory elsewhere is not scanned. */
  @Test
  void aBuildDirectoryOfAnotherNameIsNotScanned() throws Exception {
    Path copy = Files.createDirectories(project.resolve("out/classes"));
    Files.copy(drafts.resolve("clean.surety"), copy.resolve("clean.surety"));
    MojoRun run = run(new CompileMojo(), m -> {
      m.sourceDirectory = project.toFile();
      m.excludes = List.of("**/lib/**");
      m.buildDirectory = project.resolve("out").toFile();
      ((CompileMojo) m).outputDirectory = project.resolve("out/classes/surety").toFile();
    });
    assertThat(run.lines).contains("[INFO] Surety: 1 draft checked: 0 errors, 0 warnings, 0 infos in 2 files");
  }

  /**
   * Emacs's lock beside a draft being edited is a link to nowhere ("broken symbolic link"),
   * macOS's AppleDouble file is binary (SUR001): Maven's default excludes leave both out, as
   * they leave out a backup.
   */
  @Test
  void editorLocksAndAppleDoubleFilesAreNoDrafts() throws Exception {
    Files.createSymbolicLink(drafts.resolve(".#clean.surety"), Path.of("user@host.4242:1700000000"));
    Files.write(drafts.resolve("._clean.surety"), new byte[] {0, 5, 22, 7, 0, 2, 0, 0, -1});
    Files.copy(drafts.resolve("clean.surety"), drafts.resolve("clean.surety~"));
    MojoRun run = run(new CheckMojo(), m -> m.excludes = List.of("lib/**"));
    assertThat(run.lines)
        .containsExactly("[INFO] Surety: 1 draft checked: 0 errors, 0 warnings, 0 infos in 2 files");
  }

  /**
   * A mistyped include selected nothing: the goal said "no drafts" and passed, and compile
   * removed the JSON of the drafts it had written before.
   */
  @Test
  void anIncludeThatMatchesNoDraftFailsTheBuild() throws Exception {
    run(new CompileMojo(), m -> m.excludes = List.of("lib/**"));
    Path json = project.resolve("target/classes/surety/clean-guarantee.json");
    assertThat(json).isRegularFile();

    assertThatThrownBy(() -> run(new CompileMojo(), m -> m.includes = List.of("clean.surty")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: no draft in src/main/surety matches includes [clean.surty]; the"
            + " directory holds 2 drafts");
    assertThatThrownBy(() -> run(new CompileMojo(), m -> {
      m.includes = List.of("*.surty");
      m.excludes = List.of("lib/**");
    })).hasMessage("Surety: no draft in src/main/surety matches includes [*.surty]; the"
        + " directory holds 1 draft besides those excludes [lib/**] leave out");
    assertThat(json).isRegularFile();
  }

  @Test
  void anIncludeWithoutWildcardsThatNamesNoFileFailsTheBuild() {
    assertThatThrownBy(() -> run(new CheckMojo(),
        m -> m.includes = List.of("clean.surety", "nonexistent.surety")))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: includes [nonexistent.surety] names no file in src/main/surety (an"
            + " include without * or ? names one file)");
  }

  /** What is documented stays: no drafts at all, or only excluded ones, is no failure. */
  @Test
  void aDirectoryWithoutDraftsStillPasses() throws Exception {
    Files.delete(drafts.resolve("clean.surety"));
    assertThat(run(new CheckMojo(), m -> m.excludes = List.of("lib/**")).lines)
        .containsExactly("[INFO] Surety: no drafts in src/main/surety");
    Files.delete(drafts.resolve("lib/parties.surety"));
    assertThat(run(new CheckMojo(), m -> m.includes = List.of("clean.surety")).lines)
        .containsExactly("[INFO] Surety: no drafts in src/main/surety");
  }
}

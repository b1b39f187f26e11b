package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parameters reach the CLI's executor as its options do: the same names, the same merging. */
class ParametersMojoTest {

  @TempDir Path project;
  MojoRun run = new MojoRun();
  CheckMojo mojo;

  @BeforeEach
  void badDraft() throws IOException {
    MojoRun.copyDrafts(project, "bad.surety", "bad.surety",
        "lib/parties.surety", "lib/parties.surety");
    mojo = run.configure(new CheckMojo(), project);
    mojo.excludes = List.of("lib/**");
  }

  @Test
  void errorsFailWithOneLinePerFinding() {
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("Surety: 2 errors, 0 warnings, 0 infos in 2 files; the build fails on errors "
            + "(failOn error)");
    assertThat(run.lines).anyMatch(l -> l.matches(
        "\\[ERROR\\] .*bad\\.surety:\\[11,3\\] SUR203 Russian Federation \\(RU\\) is a guarantor.*"));
  }

  /**
   * A title with an escape sequence, a bidirectional override and a line separator, which the
   * findings quote, was logged as it is: the sequence acted on the terminal that shows the build,
   * the override reordered the line, the separator broke it. They are written as their codes, as
   * the CLI's text report writes them (SECURITY.md, "Hidden text is shown").
   */
  @Test
  void hiddenCharactersOfADraftAreLoggedAsTheirCodes() throws Exception {
    Files.writeString(project.resolve("src/main/surety/bad.surety"),
        "arrangement \"Red\u001b[31m \u202eKO\u2028ok\" {\n}\n");
    mojo.failOn = "never";
    mojo.execute();
    assertThat(run.lines).filteredOn(l -> l.contains("SUR103")).singleElement().asString()
        .contains("arrangement \"Red<U+001B>[31m <U+202E>KO<U+2028>ok\" has no `kind`");
    assertThat(run.lines).allSatisfy(l -> assertThat(l)
        .doesNotContain("\u001b", "\u202e", "\u2028"));
  }

  @Test
  void parametersWinOverTheConfigurationFile() throws Exception {
    Files.writeString(project.resolve(".surety.json"),
        "{\"severity\": {\"SUR203\": \"warning\", \"SUR205\": \"off\"}, \"failOn\": \"warning\"}");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("failOn warning");
    assertThat(run.lines).anyMatch(l -> l.startsWith("[WARNING] ") && l.contains("SUR203"))
        .noneMatch(l -> l.contains("SUR205"));

    MojoRun second = new MojoRun();
    CheckMojo again = second.configure(new CheckMojo(), project);
    again.excludes = List.of("lib/**");
    again.severities = List.of("sur203=info");
    again.failOn = "warning";
    again.execute();
    assertThat(second.lines).anyMatch(l -> l.startsWith("[INFO] ") && l.contains("SUR203"))
        .anyMatch(l -> l.contains("1 draft checked: 0 errors, 0 warnings, 1 info in 2 files"));
  }

  /** A rule's name works as its code does, as in the CLI's --severity. */
  @Test
  void severitiesTakeARulesName() throws Exception {
    mojo.severities = List.of("guarantor-is-threat=info", "NOT-A-GUARANTEE=off");
    mojo.failOn = "warning";
    mojo.execute();
    assertThat(run.lines).anyMatch(l -> l.startsWith("[INFO] ") && l.contains("SUR203"))
        .noneMatch(l -> l.contains("SUR205"))
        .anyMatch(l -> l.contains("1 draft checked: 0 errors, 0 warnings, 1 info in 2 files"));
  }

  @Test
  void wrongParametersAreConfigurationErrors() {
    mojo.severities = List.of("SUR2O3=off");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("severities: unknown rule code 'SUR2O3'")
        .hasMessageContaining("did you mean SUR203?");
    mojo.severities = List.of();
    mojo.failOn = "sometimes";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("failOn must be one of error, warning, info or never");
  }

  /** A pattern outside sourceDirectory would match nothing, and the build pass on no draft. */
  @Test
  void includesOutsideTheSourceDirectoryAreAConfigurationError() {
    mojo.includes = List.of("../shared/*.surety");
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: includes: '../shared/*.surety' reaches outside sourceDirectory, and"
            + " the patterns are relative to it (set sourceDirectory to the directory that holds"
            + " the drafts)");
  }

  /** An empty {@code <exclude/>} reaches the mojo as null: it used to throw a NullPointerException. */
  @Test
  void anEmptyPatternIsPassedBy() throws Exception {
    mojo.includes = java.util.Arrays.asList((String) null);
    mojo.excludes = java.util.Arrays.asList("lib/**", null);
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Surety: 2 errors, 0 warnings, 0 infos in 2 files");
  }

  @Test
  void aBrokenLinkNamedAsADraftFailsTheBuildNamingIt() throws Exception {
    Files.createSymbolicLink(project.resolve("src/main/surety/moved.surety"),
        project.resolve("gone.surety"));
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: src/main/surety/moved.surety: broken symbolic link");
  }

  /** A file's name is logged made safe too, as the CLI names a file: an escape was written raw. */
  @Test
  void aFileNameWithAnEscapeIsLoggedWithItsCode() throws Exception {
    Files.createSymbolicLink(project.resolve("src/main/surety/red\u001b[31m.surety"),
        project.resolve("gone.surety"));
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Surety: src/main/surety/red<U+001B>[31m.surety: broken symbolic link");
  }
}

package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goals compile nothing when nothing changed, and everything when anything did. */
class IncrementalMojoTest {

  @TempDir Path project;
  Path drafts;

  @BeforeEach
  void copyDrafts() throws IOException {
    drafts = MojoRun.copyDrafts(project, "clean.surety", "clean.surety",
        "lib/parties.surety", "lib/parties.surety");
  }

  private MojoRun check() throws Exception {
    MojoRun run = new MojoRun();
    CheckMojo mojo = run.configure(new CheckMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.execute();
    return run;
  }

  @Test
  void unchangedIsSkipped() throws Exception {
    assertThat(check().lines).anyMatch(l -> l.startsWith("[INFO] Surety: 1 draft checked: "));
    assertThat(project.resolve("target/surety-status/check.state")).isRegularFile();
    MojoRun second = check();
    assertThat(second.lines).hasSize(1);
    assertThat(second.lines.get(0)).startsWith("[INFO] Surety: nothing to check, 1 draft and the "
        + "configuration unchanged since the last successful run (0 errors, 0 warnings");
  }

  @Test
  void aChangedDraftIsRechecked() throws Exception {
    check();
    Files.writeString(drafts.resolve("clean.surety"), "\n// edited\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(check().lines).anyMatch(l -> l.contains("1 draft checked"));
  }

  @Test
  void aChangedIncludedFileIsRechecked() throws Exception {
    check();
    Files.writeString(drafts.resolve("lib/parties.surety"), "party PL \"Poland\".\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertThat(check().lines).anyMatch(l -> l.contains("1 draft checked"));
  }

  @Test
  void aChangedConfigurationIsRechecked() throws Exception {
    check();
    Files.writeString(project.resolve(".surety.json"), "{\"severity\": {\"SUR115\": \"off\"}}");
    assertThat(check().lines).anyMatch(l -> l.contains("1 draft checked"));
    MojoRun run = new MojoRun();
    CheckMojo mojo = run.configure(new CheckMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.failOn = "info";
    mojo.execute();
    assertThat(run.lines).anyMatch(l -> l.contains("1 draft checked"));
  }

  @Test
  void aFailedRunIsNeverSkipped() throws Exception {
    Files.copy(Path.of("src/test/resources/drafts/bad.surety"), drafts.resolve("bad.surety"));
    for (int i = 0; i < 2; i++) {
      MojoRun run = new MojoRun();
      CheckMojo mojo = run.configure(new CheckMojo(), project);
      mojo.excludes = List.of("lib/**");
      assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
      assertThat(run.lines).anyMatch(l -> l.matches(
          "\\[ERROR\\] .*src/main/surety/bad\\.surety:\\[11,3\\] SUR203 .*"));
    }
    assertThat(project.resolve("target/surety-status/check.state")).doesNotExist();
  }

  @Test
  void compileRewritesAMissingOutput() throws Exception {
    MojoRun first = new MojoRun();
    CompileMojo compile = first.configure(new CompileMojo(), project);
    compile.excludes = List.of("lib/**");
    compile.execute();
    Path json = project.resolve("target/classes/surety/clean-guarantee.json");
    assertThat(json).isRegularFile();
    Files.delete(json);
    MojoRun second = new MojoRun();
    CompileMojo again = second.configure(new CompileMojo(), project);
    again.excludes = List.of("lib/**");
    again.execute();
    assertThat(json).isRegularFile();
    assertThat(second.lines).anyMatch(l -> l.contains("1 arrangement written"));
  }

  private MojoRun compile() throws Exception {
    MojoRun run = new MojoRun();
    CompileMojo mojo = run.configure(new CompileMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.execute();
    return run;
  }

  /**
   * A draft gains an error (the build fails, nothing is written), then is deleted: the JSON written
   * for it before must not stay on the class path. The failed run used to forget it had written it.
   */
  @Test
  void compileRemovesTheArrangementOfADraftDeletedAfterAFailedRun() throws Exception {
    String clean = Files.readString(drafts.resolve("clean.surety"));
    Path second = Files.writeString(drafts.resolve("second.surety"),
        clean.replace("Clean Guarantee", "Second Guarantee"));
    compile();
    Path secondJson = project.resolve("target/classes/surety/second-guarantee.json");
    assertThat(secondJson).isRegularFile();
    Files.writeString(second,
        clean.replace("Clean Guarantee", "Second Guarantee").replace("against RU.", "against UA."));
    assertThatThrownBy(this::compile).isInstanceOf(MojoFailureException.class);
    Files.delete(second);
    MojoRun run = compile();
    assertThat(secondJson).doesNotExist();
    assertThat(project.resolve("target/classes/surety/clean-guarantee.json")).isRegularFile();
    assertThat(run.lines)
        .contains("[INFO] Surety: 1 stale arrangement removed from target/classes/surety");
  }

  /** Two drafts of one title: both written, and a warning names them and their files. */
  @Test
  void compileWarnsOfArrangementsNamedAlike() throws Exception {
    Files.writeString(drafts.resolve("second.surety"), Files.readString(drafts.resolve("clean.surety")));
    MojoRun run = compile();
    assertThat(project.resolve("target/classes/surety/clean-guarantee-2.json")).isRegularFile();
    assertThat(run.lines).anyMatch(l -> l.startsWith("[WARNING] Surety: 2 arrangements are named "
        + "alike, \"Clean Guarantee\"") && l.contains("clean-guarantee.json, clean-guarantee-2.json"));
  }

  /** The last draft goes: so does its JSON, though the goal has no draft to compile. */
  @Test
  void compileRemovesTheArrangementsOfDraftsAllGone() throws Exception {
    compile();
    Files.delete(drafts.resolve("clean.surety"));
    MojoRun run = compile();
    assertThat(run.lines).containsExactly("[INFO] Surety: no drafts in src/main/surety",
        "[INFO] Surety: 1 stale arrangement removed from target/classes/surety");
    assertThat(project.resolve("target/classes/surety/clean-guarantee.json")).doesNotExist();
    assertThat(project.resolve("target/surety-status/compile.state")).doesNotExist();
  }

  /**
   * No drafts left: the SARIF report says so (no results), as Checkstyle's does, instead of the
   * last run's findings staying in place for a CI upload step to publish.
   */
  @Test
  void theSarifReportOfNoDraftsHasNoResults() throws Exception {
    Path sarif = project.resolve("target/surety.sarif");
    MojoRun first = new MojoRun();
    CheckMojo mojo = first.configure(new CheckMojo(), project);
    mojo.sarifReport = sarif.toFile();
    mojo.failOn = "never";
    Files.writeString(drafts.resolve("clean.surety"),
        Files.readString(drafts.resolve("clean.surety")).replace("against RU.", "against UA."));
    mojo.execute();
    assertThat(Files.readString(sarif)).contains("\"ruleId\"");
    Files.delete(drafts.resolve("clean.surety"));
    MojoRun second = new MojoRun();
    CheckMojo again = second.configure(new CheckMojo(), project);
    again.sarifReport = sarif.toFile();
    again.failOn = "never";
    again.execute();
    String report = Files.readString(sarif);
    assertThat(report).contains("\"results\"").doesNotContain("\"ruleId\"");
  }

  /**
   * With failOn never, a run passes though an included file is missing (SUR002). When the file is
   * then written, the draft must be checked again: the missing file was no file read, and the run
   * was skipped as unchanged, its summary (and SARIF report) still with the error.
   */
  @Test
  void anIncludedFileThatAppearsMeansARecheck() throws Exception {
    Path parties = drafts.resolve("lib/parties.surety");
    String text = Files.readString(parties);
    Files.delete(parties);
    MojoRun first = new MojoRun();
    CheckMojo mojo = first.configure(new CheckMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.failOn = "never";
    mojo.execute();
    assertThat(first.lines).anyMatch(l -> l.contains("SUR002"))
        .contains("[INFO] Surety: 1 draft checked: 1 error, 0 warnings, 0 infos in 1 file");

    Files.writeString(parties, text);
    MojoRun second = new MojoRun();
    CheckMojo again = second.configure(new CheckMojo(), project);
    again.excludes = List.of("lib/**");
    again.failOn = "never";
    again.execute();
    assertThat(second.lines)
        .containsExactly("[INFO] Surety: 1 draft checked: 0 errors, 0 warnings, 0 infos in 2 files");
  }

  private MojoRun check(PluginDescriptor plugin) throws Exception {
    MojoRun run = new MojoRun();
    CheckMojo mojo = run.configure(new CheckMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.plugin = plugin;
    mojo.execute();
    return run;
  }

  /**
   * A SNAPSHOT plugin rebuilt with a rule changed keeps its version: the goal must check again,
   * not answer from the run of the old rules (the examples module runs the reactor's own plugin).
   */
  @Test
  void aRebuiltSnapshotPluginChecksAgain() throws Exception {
    Path jar = Files.writeString(project.resolve("surety-validation.jar"), "the rules, built once");
    DefaultArtifact validation = new DefaultArtifact("dev.surety", "surety-validation",
        "0.1.0-SNAPSHOT", "runtime", "jar", null, new DefaultArtifactHandler("jar"));
    validation.setFile(jar.toFile());
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setVersion("0.1.0-SNAPSHOT");
    plugin.setArtifacts(List.of(validation));

    assertThat(check(plugin).lines).anyMatch(l -> l.contains("1 draft checked"));
    assertThat(check(plugin).lines).anyMatch(l -> l.contains("nothing to check"));
    Files.writeString(jar, "the rules, built again with one more");
    assertThat(check(plugin).lines).anyMatch(l -> l.contains("1 draft checked"));
  }

  private MojoRun checkWithSarif(Path sarif) throws Exception {
    MojoRun run = new MojoRun();
    CheckMojo mojo = run.configure(new CheckMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.sarifReport = sarif.toFile();
    mojo.failOn = "never";
    mojo.execute();
    return run;
  }

  /**
   * The draft goes (the empty report is written), then comes back unchanged: the goal must check
   * it again and report its finding, not answer "nothing to check" over the empty report.
   */
  @Test
  void aDraftThatComesBackAfterAnEmptyReportIsReportedAgain() throws Exception {
    Path sarif = project.resolve("target/surety.sarif");
    Path draft = drafts.resolve("clean.surety");
    Files.writeString(draft, Files.readString(draft).replace("against RU.", "against UA."));
    checkWithSarif(sarif);
    assertThat(Files.readString(sarif)).contains("\"ruleId\"");
    Path away = project.resolve("clean.surety");
    Files.move(draft, away);
    checkWithSarif(sarif);
    assertThat(Files.readString(sarif)).doesNotContain("\"ruleId\"");
    Files.move(away, draft);
    assertThat(checkWithSarif(sarif).lines).anyMatch(l -> l.contains("1 draft checked"));
    assertThat(Files.readString(sarif)).contains("\"ruleId\"");
  }

  /** compile, as check: its state goes with its drafts, and the JSON comes back with them. */
  @Test
  void compileWritesAgainForADraftThatComesBack() throws Exception {
    compile();
    Path draft = drafts.resolve("clean.surety");
    Path away = project.resolve("clean.surety");
    Files.move(draft, away);
    compile();
    assertThat(project.resolve("target/surety-status/compile.state")).doesNotExist();
    Files.move(away, draft);
    assertThat(compile().lines).anyMatch(l -> l.contains("1 arrangement written"));
    assertThat(project.resolve("target/classes/surety/clean-guarantee.json")).isRegularFile();
  }

  /** The outputDirectory changes: the JSON written to the old one must leave the class path. */
  @Test
  void compileRemovesWhatItWroteToAnEarlierOutputDirectory() throws Exception {
    compile();
    Path old = project.resolve("target/classes/surety/clean-guarantee.json");
    assertThat(old).isRegularFile();
    MojoRun run = new MojoRun();
    CompileMojo mojo = run.configure(new CompileMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.outputDirectory = project.resolve("target/classes/arrangements").toFile();
    mojo.execute();
    assertThat(old).doesNotExist();
    assertThat(project.resolve("target/classes/arrangements/clean-guarantee.json")).isRegularFile();
    assertThat(run.lines)
        .contains("[INFO] Surety: 1 stale arrangement removed from target/classes/surety");
  }

  /**
   * A SARIF report named .json in the output directory is an output of the run: it was removed
   * as a stale arrangement on the next run that checked.
   */
  @Test
  void compileKeepsASarifReportNamedJsonInTheOutputDirectory() throws Exception {
    Path sarif = project.resolve("target/classes/surety/surety.sarif.json");
    for (int i = 0; i < 2; i++) {
      MojoRun run = new MojoRun();
      CompileMojo mojo = run.configure(new CompileMojo(), project);
      mojo.excludes = List.of("lib/**");
      mojo.sarifReport = sarif.toFile();
      mojo.execute();
      assertThat(run.lines).noneMatch(l -> l.contains("stale"));
      assertThat(sarif).isRegularFile();
      Files.writeString(drafts.resolve("clean.surety"), "\n// edited\n",
          java.nio.file.StandardOpenOption.APPEND);
    }
  }

  /** The check of a draft runs out of memory: one line, Maven's advice, not the JDK's words. */
  @Test
  void outOfMemoryFailsWithOneLineOfAdviceForMaven() {
    MojoRun run = new MojoRun();
    CheckMojo mojo = run.configure(new CheckMojo(), project);
    mojo.excludes = List.of("lib/**");
    mojo.executor = request -> new dev.surety.cli.check.CheckResult(List.of(), java.util.Map.of(),
        0, List.of(), List.of(), List.of(), dev.surety.cli.config.FailOn.ERROR,
        List.of(new dev.surety.cli.check.CheckResult.CheckFailure("src/main/surety/clean.surety",
            new OutOfMemoryError("Java heap space"))),
        List.of());
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(org.apache.maven.plugin.MojoExecutionException.class)
        .hasMessage("Surety: src/main/surety/clean.surety: could not be checked: out of memory"
            + " (raise Maven's heap: MAVEN_OPTS=-Xmx2g)")
        .hasNoCause()
        .satisfies(WriteSafetyMojoTest::mavenShowsTheMessageAlone);
  }
}

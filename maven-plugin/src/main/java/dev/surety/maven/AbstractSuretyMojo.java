package dev.surety.maven;

import dev.surety.cli.CliException;
import dev.surety.cli.IoProblems;
import dev.surety.cli.check.CheckExecutor;
import dev.surety.cli.check.CheckFailedException;
import dev.surety.cli.check.CheckRequest;
import dev.surety.cli.check.CheckResult;
import dev.surety.cli.compile.AtomicFiles;
import dev.surety.cli.config.ConfigLoader;
import dev.surety.cli.config.FailOn;
import dev.surety.cli.config.SuretyConfig;
import dev.surety.cli.format.LintReport;
import dev.surety.cli.format.OutputFormat;
import dev.surety.cli.format.TerminalText;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.dsl.Surety;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import java.util.logging.Logger;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What {@code check} and {@code compile} share: the parameters, the incremental state, the request
 * to the CLI's {@link CheckExecutor} (the one entry point of {@code surety lint}, {@code assess}
 * and {@code compile}), the log of the findings and the SARIF report. No rule and no fail level is
 * decided here: the executor's result says whether the build fails.
 */
abstract class AbstractSuretyMojo extends AbstractMojo {

  /**
   * Hibernate Validator announces its version at INFO through java.util.logging, which Maven does
   * not route: the line went to stderr in a format of its own, into every build's log and past
   * {@code -q}. Only its warnings and errors get through, as in the CLI. Held here so that the
   * configured logger is not collected.
   */
  private static final Logger LIBRARY_LOGGING = quietLibraries();

  /** The directory of the drafts; it is also the include root. */
  @Parameter(property = "surety.sourceDirectory", defaultValue = "${project.basedir}/src/main/surety")
  File sourceDirectory;

  /** Ant-style patterns of the drafts to check, relative to {@code sourceDirectory}; default {@code **}{@code /*.surety}. */
  @Parameter(property = "surety.includes")
  List<String> includes;

  /** Ant-style patterns of files not to check as drafts (they may still be included by one). */
  @Parameter(property = "surety.excludes")
  List<String> excludes;

  /** Skips the goal. */
  @Parameter(property = "surety.skip", defaultValue = "false")
  boolean skip;

  /**
   * The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or
   * {@code never}. Default: the configuration file's {@code failOn}, else {@code error}.
   */
  @Parameter(property = "surety.failOn")
  String failOn;

  /**
   * Per-rule severity overrides, {@code CODE=LEVEL} with a level of {@code error}, {@code warning},
   * {@code info} or {@code off}, and the rule named by its code or its name (as the CLI's {@code
   * --severity}); on the command line, comma-separated. They win over the configuration file's.
   */
  @Parameter(property = "surety.severities")
  List<String> severities;

  /**
   * The CLI's configuration file ({@code .surety.json} or {@code surety.toml}: severity, failOn,
   * limits). Default: the first of them in the project's directory or one of its parents, if any.
   */
  @Parameter(property = "surety.configFile")
  File configFile;

  /**
   * Where to write a SARIF 2.1.0 report of the findings (for CI code scanning); none if unset.
   * Must be under the build directory ({@code target/}), as everything the plugin writes.
   */
  @Parameter(property = "surety.sarifReport")
  File sarifReport;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** The disk written files reach; a test replaces it to make writing fail. Not a parameter. */
  AtomicFiles.Sink disk = AtomicFiles.DISK;

  /** The check; a test replaces it to make it run out of memory. Not a parameter. */
  Function<CheckRequest, CheckResult> executor = CheckExecutor::execute;

  /** How to give the check more memory: the heap is Maven's, which MAVEN_OPTS sets. */
  static final String HEAP_HINT = "raise Maven's heap: MAVEN_OPTS=-Xmx2g";

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Log log = getLog();
    if (skip) {
      log.info("Surety: skipped (surety.skip)");
      return;
    }
    requireUnderBuildDirectory("sarifReport", sarifReport);
    for (Map.Entry<String, File> output : outputLocations()) {
      requireUnderBuildDirectory(output.getKey(), output.getValue());
    }
    Path root = sourceDirectory.toPath().toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new MojoExecutionException("Surety: sourceDirectory " + shown(root)
          + " " + IoProblems.notADirectory(root) + " (it names the directory of the drafts)");
    }
    if (!Files.exists(root) && Files.isSymbolicLink(root)) {
      // not "no drafts": every draft would drop out of the check unnoticed, as a draft's own
      // broken link would (DraftScanner)
      throw new MojoExecutionException("Surety: sourceDirectory " + shown(root) + ": "
          + IoProblems.unresolvedLink(root) + "; mend the link, or set sourceDirectory to the"
          + " directory of the drafts");
    }
    DraftScanner scanner;
    DraftScanner.Found found;
    try {
      scanner = new DraftScanner(includes, excludes);
      found = scanner.scan(root, skippedDirectories());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Surety: " + e.getMessage());
    } catch (DraftScanner.Unreadable e) {
      throw new MojoExecutionException("Surety: " + shown(e.path) + ": " + e.problem);
    }
    requireMatches(root, scanner, found);
    List<Path> drafts = found.drafts();
    IncrementalState state = new IncrementalState(stateFile());
    if (drafts.isEmpty()) {
      log.info("Surety: no drafts in " + shown(root));
      List<Path> outputs = new ArrayList<>();
      if (sarifReport != null) {
        // a report of no findings, as Checkstyle writes one: not the last run's, nor none
        writeSarif(LintReport.builder().fileCount(0).rules(Surety.rules())
            .toolVersion(pluginVersion()).build());
        outputs.add(sarifReport.toPath());
      }
      withoutDrafts(state, outputs);
      // the next run with drafts checks them: its outputs (the SARIF report) are no longer theirs
      try {
        state.clear();
      } catch (IOException e) {
        throw cannot("remove", state.file(), e);
      }
      return;
    }
    Optional<Path> config = configFile();
    String fingerprint = fingerprint(config, found.files());
    Optional<IncrementalState.Snapshot> unchanged =
        state.upToDate(pluginVersion(), fingerprint, drafts);
    if (unchanged.isPresent()) {
      log.info("Surety: nothing to " + goal() + ", " + plural(drafts.size(), "draft")
          + " and the configuration unchanged since the last successful run ("
          + unchanged.get().summary() + ")");
      return;
    }
    CheckResult result;
    try {
      result = executor.apply(request(root, drafts, config));
    } catch (CliException e) {
      throw userError(e);
    }
    logFindings(result);
    if (!result.failures().isEmpty()) {
      forget(state);
      throw checkFailed(result);
    }
    List<Path> outputs = new ArrayList<>();
    if (sarifReport != null) {
      writeSarif(result);
      outputs.add(sarifReport.toPath());
    }
    if (result.failed()) {
      forget(state);
      String level = result.failOn().spelling();
      throw new MojoFailureException("Surety: " + summary(result) + "; the build fails on "
          + level + (level.equals("error") ? "s" : "s and above") + " (failOn " + level + ")");
    }
    try {
      outputs.addAll(afterCheck(result, state, List.copyOf(outputs)));
    } catch (MojoExecutionException | MojoFailureException e) {
      forget(state);
      throw e;
    }
    try {
      state.save(pluginVersion(), fingerprint, drafts, result.filesRead(), outputs,
          summary(result));
    } catch (IOException e) {
      throw cannot("write", state.file(), e);
    }
    log.info("Surety: " + plural(drafts.size(), "draft") + " checked: " + summary(result));
  }

  /**
   * The build's failure when the check of an input failed inside Surety: one line per such input.
   * Out of memory, the line says how to give Maven more, and has no cause: Maven would print the
   * JDK's "Java heap space" after it. A bug keeps its cause, for {@code mvn -e}.
   */
  static MojoExecutionException checkFailed(CheckResult result) {
    List<String> lines = new ArrayList<>();
    boolean memory = false;
    for (CheckResult.CheckFailure failure : result.failures()) {
      lines.add(CheckFailedException.line(failure, HEAP_HINT));
      memory |= failure.cause() instanceof OutOfMemoryError;
    }
    String message = "Surety: " + String.join("\nSurety: ", lines);
    return memory ? new MojoExecutionException(message)
        : new MojoExecutionException(message, result.failures().get(0).cause());
  }

  /**
   * Refuses includes that select no draft of a directory that holds some (files named {@code
   * *.surety} that the excludes leave), and a name written out in the includes that names no file:
   * a typo would otherwise pass as "no drafts" (and {@code compile} remove the JSON of the drafts
   * it missed). A directory without any draft passes, as a module without drafts does; so does one
   * whose every {@code *.surety} file is excluded (files that drafts include, and no draft).
   */
  void requireMatches(Path root, DraftScanner scanner, DraftScanner.Found found)
      throws MojoExecutionException {
    if (found.suretyFiles() == 0) {
      return;
    }
    if (found.drafts().isEmpty()) {
      throw new MojoExecutionException("Surety: no draft in " + shown(root) + " matches includes "
          + scanner.includes() + "; the directory holds " + plural(found.suretyFiles(), "draft")
          + (scanner.excludes().isEmpty() ? "" : " besides those excludes " + scanner.excludes()
          + " leave out"));
    }
    List<String> missing = scanner.literalIncludesMatchingNothing(found.files());
    if (!missing.isEmpty()) {
      throw new MojoExecutionException("Surety: includes " + missing + " name"
          + (missing.size() == 1 ? "s" : "") + " no file in " + shown(root)
          + " (an include without * or ? names one file)");
    }
  }

  /**
   * Directories the scan of {@code sourceDirectory} does not enter, besides those the CLI's walk
   * skips: the build directory and the goal's output locations, where they are not below it.
   */
  private List<Path> skippedDirectories() {
    List<Path> skipped = new ArrayList<>();
    skipped.add(buildDirectory.toPath());
    for (Map.Entry<String, File> output : outputLocations()) {
      if (output.getValue() != null) {
        skipped.add(output.getValue().toPath());
      }
    }
    return skipped;
  }

  private static Logger quietLibraries() {
    Logger logger = Logger.getLogger("org.hibernate.validator");
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /**
   * Forgets the last run after a failed one, so that the next run checks again, keeping the list
   * of the files it wrote for the next successful run to remove those gone stale.
   */
  private void forget(IncrementalState state) throws MojoExecutionException {
    try {
      state.forget();
    } catch (IOException e) {
      throw cannot("write", state.file(), e);
    }
  }

  /** The goal's name, as in the state file's name and the log. */
  abstract String goal();

  /**
   * Whether the goal needs only the findings (not the compiled arrangements): the models of a
   * large tree of drafts are then not kept until the end (CheckRequest.findingsOnly).
   */
  boolean findingsOnly() {
    return false;
  }

  /**
   * What the goal does when {@code sourceDirectory} holds no draft (any more), besides saying so,
   * before the state is cleared; {@code outputs} are the files this run wrote (the SARIF report).
   */
  void withoutDrafts(IncrementalState state, List<Path> outputs) throws MojoExecutionException {}

  /**
   * What the goal does after a check that does not fail the build; {@code outputs} are the files
   * this run wrote so far (the SARIF report). Returns the files the goal wrote (recorded in the
   * state: a missing one means a rerun).
   */
  abstract List<Path> afterCheck(CheckResult result, IncrementalState state, List<Path> outputs)
      throws MojoExecutionException, MojoFailureException;

  /** The goal's own output locations, by parameter name; each must be under the build directory. */
  List<Map.Entry<String, File>> outputLocations() {
    return List.of();
  }

  /**
   * Refuses a location outside the build directory ({@code target/}): the plugin writes only
   * there, so that a build never overwrites sources, and {@code mvn clean} removes all it wrote.
   * Symbolic links are followed as far as the location exists.
   */
  void requireUnderBuildDirectory(String parameter, File location) throws MojoExecutionException {
    if (location == null) {
      return;
    }
    Path build = realPath(buildDirectory.toPath());
    Path path = realPath(location.toPath());
    if (!path.startsWith(build)) {
      throw new MojoExecutionException("Surety: " + parameter + " " + shown(location.toPath())
          + " is outside the build directory " + shown(buildDirectory.toPath())
          + "; the plugin writes only under it (set " + parameter + " to a path in "
          + buildDirectory.getName() + "/)");
    }
  }

  /** The path made absolute and normal, its longest existing prefix with links resolved. */
  static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  /**
   * Creates {@code directory}, where the file or directory a parameter names goes. A file in its
   * way is named as such: the JDK's "already exists" would name neither it nor the parameter.
   */
  void createDirectories(String parameter, Path location, Path directory)
      throws MojoExecutionException {
    for (Path d = directory; d != null && !Files.isDirectory(d); d = d.getParent()) {
      if (Files.exists(d)) {
        throw new MojoExecutionException("Surety: " + parameter + " " + shown(location)
            + (d.equals(location) ? "" : ": " + shown(d)) + " " + IoProblems.notADirectory(d));
      }
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw cannot("create", directory, e);
    }
  }

  /**
   * {@code Surety: cannot write PATH: problem}, the problem in the CLI's words. Without the
   * exception as its cause: Maven prints each cause's message that the line does not hold after
   * it, which would add the JDK's words (and a temporary file's name) to the one line.
   */
  MojoExecutionException cannot(String what, Path path, IOException e) {
    return new MojoExecutionException(
        "Surety: cannot " + what + " " + shown(path) + ": " + IoProblems.describe(e));
  }

  /**
   * A wrong parameter or configuration file, in the CLI's one line. Without the exception as its
   * cause, for the reason of {@link #cannot}: a parse error's cause would add a second copy of the
   * parser's message, over two lines.
   */
  static MojoExecutionException userError(CliException e) {
    return new MojoExecutionException("Surety: " + e.getMessage());
  }

  /** The goal's own settings for the fingerprint, besides the shared ones. */
  abstract List<Map.Entry<String, String>> goalSettings();

  CheckRequest request(Path root, List<Path> drafts, Optional<Path> config)
      throws MojoExecutionException {
    SuretyConfig configuration = config
        .map(file -> ConfigLoader.read(file, shown(file)))
        .orElse(SuretyConfig.NONE);
    Optional<FailOn> level = Optional.empty();
    if (failOn != null && !failOn.isBlank()) {
      level = Optional.of(FailOn.parse(failOn).orElseThrow(() -> new MojoExecutionException(
          "Surety: failOn must be one of " + FailOn.SPELLINGS + ", not '" + failOn + "'")));
    }
    Map<String, String> overrides = new LinkedHashMap<>();
    for (String override : severities == null ? List.<String>of() : severities) {
      if (override == null || override.isBlank()) {
        continue;
      }
      int eq = override.indexOf('=');
      if (eq < 1) {
        throw new MojoExecutionException(
            "Surety: severities: '" + override + "' is not CODE=LEVEL (for example SUR107=off)");
      }
      overrides.put(override.substring(0, eq).trim(), override.substring(eq + 1).trim());
    }
    return CheckRequest.builder()
        .files(drafts)
        .root(root)
        .config(configuration)
        .severities(overrides)
        .severitiesName("severities")
        .failOn(level)
        .workingDirectory(displayBase())
        .findingsOnly(findingsOnly())
        .build();
  }

  /** {@code 1 error, 2 warnings, 0 infos in 3 files}. */
  static String summary(CheckResult result) {
    return plural(count(result, Severity.ERROR), "error") + ", "
        + plural(count(result, Severity.WARNING), "warning") + ", "
        + plural(count(result, Severity.INFO), "info") + " in " + plural(result.fileCount(), "file");
  }

  static long count(CheckResult result, Severity severity) {
    return result.diagnostics().stream().filter(d -> d.severity() == severity).count();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * File names are shown relative to the session's execution root, as IDEs and CI resolve them:
   * the directory of the top-level POM, which is where Maven was started unless {@code -f} named
   * a POM elsewhere (then that POM's directory).
   */
  Path displayBase() {
    String executionRoot = session == null ? null : session.getExecutionRootDirectory();
    return Path.of(executionRoot == null ? basedir.getPath() : executionRoot).toAbsolutePath().normalize();
  }

  /**
   * {@code file} as the log names it: relative to {@link #displayBase()}, with {@code /}, and made
   * safe as the CLI names a file ({@link TerminalText#name}): a control or format character in a
   * name is written as its code, so that it cannot act on the terminal nor break the line.
   */
  String shown(Path file) {
    Path base = displayBase();
    Path absolute = file.toAbsolutePath().normalize();
    return TerminalText.name((absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString().replace('\\', '/'));
  }

  private Optional<Path> configFile() throws MojoExecutionException {
    if (configFile != null) {
      Path explicit = configFile.toPath().toAbsolutePath().normalize();
      if (!Files.exists(explicit)) {
        throw new MojoExecutionException("Surety: configFile " + shown(explicit)
            + " does not exist");
      }
      if (!Files.isRegularFile(explicit)) {
        throw new MojoExecutionException("Surety: configFile " + shown(explicit)
            + " is not a file");
      }
      return Optional.of(explicit);
    }
    try {
      return ConfigLoader.find(basedir.toPath().toAbsolutePath().normalize());
    } catch (CliException e) {
      throw userError(e);
    }
  }

  /**
   * The parameters, the configuration file's content, and the names of the files in {@code
   * sourceDirectory}: a file that appears there may be one that a draft includes and that was
   * missing (SUR002 in a run that passed with {@code failOn never}), and is not among the files
   * read.
   */
  private String fingerprint(Optional<Path> config, List<String> files) {
    List<Map.Entry<String, String>> settings = new ArrayList<>();
    settings.add(Map.entry("goal", goal()));
    settings.add(Map.entry("sourceDirectory", sourceDirectory.getAbsolutePath()));
    settings.add(Map.entry("includes", String.valueOf(includes)));
    settings.add(Map.entry("excludes", String.valueOf(excludes)));
    settings.add(Map.entry("failOn", String.valueOf(failOn)));
    settings.add(Map.entry("severities", String.valueOf(severities)));
    settings.add(Map.entry("configFile", config.map(Path::toString).orElse("none")));
    settings.add(Map.entry("configContent", config.map(IncrementalState::hash).orElse("none")));
    settings.add(Map.entry("sarifReport", String.valueOf(sarifReport)));
    settings.add(Map.entry("displayBase", displayBase().toString()));
    settings.add(Map.entry("files", String.join("\n", files)));
    settings.add(Map.entry("pluginBuild", pluginBuild()));
    settings.addAll(goalSettings());
    return IncrementalState.fingerprint(settings);
  }

  private Path stateFile() {
    String id = mojoExecution == null ? null : mojoExecution.getExecutionId();
    boolean defaultId = id == null || id.startsWith("default-") || id.equals("default");
    String name = goal() + (defaultId ? "" : "-" + id.replaceAll("[^A-Za-z0-9._-]", "_")) + ".state";
    return buildDirectory.toPath().resolve("surety-status").resolve(name);
  }

  /**
   * For a SNAPSHOT plugin, the size and time of each file of its SNAPSHOT artifacts (its jar, or
   * the reactor's {@code target/classes}, and the Surety modules'): a snapshot rebuilt with a rule
   * changed keeps its version, and the goal must not answer "nothing to check" from a run of the
   * old rules (the examples module runs the reactor's own plugin on every {@code mvn verify}).
   * Empty for a release, whose artifacts never change.
   */
  String pluginBuild() {
    if (plugin == null || plugin.getArtifacts() == null) {
      return "";
    }
    List<String> stamps = new ArrayList<>();
    for (Artifact artifact : plugin.getArtifacts()) {
      if (artifact.isSnapshot() && artifact.getFile() != null) {
        stamps.add(artifact.getId() + " " + stamp(artifact.getFile().toPath()));
      }
    }
    return String.join("\n", stamps);
  }

  /** The size and modification time of a file, or of every file below a directory. */
  private static String stamp(Path path) {
    try (Stream<Path> files = Files.walk(path)) {
      StringBuilder stamp = new StringBuilder();
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        stamp.append(path.relativize(file)).append(' ').append(Files.size(file)).append(' ')
            .append(Files.getLastModifiedTime(file).toMillis()).append(';');
      }
      return stamp.toString();
    } catch (IOException | UncheckedIOException e) {
      return "unreadable";
    }
  }

  String pluginVersion() {
    return plugin == null || plugin.getVersion() == null ? "dev" : plugin.getVersion();
  }

  /** Each finding on one line, {@code path:[line,column] CODE message}, at its severity's level. */
  private void logFindings(CheckResult result) {
    Log log = getLog();
    for (Diagnostic d : result.diagnostics()) {
      String line = FindingFormat.format(d);
      switch (d.severity()) {
        case ERROR -> log.error(line);
        case WARNING -> log.warn(line);
        default -> log.info(line);
      }
    }
  }

  private void writeSarif(CheckResult result) throws MojoExecutionException {
    writeSarif(LintReport.builder()
        .diagnostics(result.diagnostics())
        .suppressed(result.suppressed())
        .sources(result.sources())
        .fileCount(result.fileCount())
        .rules(Surety.rules())
        .toolVersion(pluginVersion())
        .build());
  }

  private void writeSarif(LintReport report) throws MojoExecutionException {
    StringBuilder sarif = new StringBuilder();
    Path target = sarifReport.toPath().toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new MojoExecutionException("Surety: sarifReport " + shown(target)
          + " is a directory, not a file");
    }
    createDirectories("sarifReport", target, target.getParent());
    try {
      OutputFormat.SARIF.renderer().render(report, sarif);
      AtomicFiles.write(target, sarif.toString(), disk);
    } catch (IOException e) {
      throw cannot("write", target, e);
    }
    getLog().info("Surety: SARIF report " + shown(target));
  }

}

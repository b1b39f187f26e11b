package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.CliException;
import dev.surety.cli.IoProblems;
import dev.surety.cli.assess.PathDisplay;
import dev.surety.cli.check.CheckExecutor;
import dev.surety.cli.check.CheckRequest;
import dev.surety.cli.check.CheckResult;
import dev.surety.cli.config.ConfigLoader;
import dev.surety.cli.config.FailOn;
import dev.surety.cli.config.SuretyConfig;
import dev.surety.cli.input.InputCollector;
import dev.surety.cli.input.Inputs;
import dev.surety.dsl.Limits;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One check of the inputs, shared by {@code lint}, {@code assess} and {@code compile}: reads the
 * configuration, collects the inputs, builds the facade with the severities and limits, checks
 * each file on its own (on {@code --jobs} threads, all with the same root), and merges the reports
 * in input order, so that any number of jobs gives the same result.
 *
 * <p>File names are shown relative to the working directory (as the user and an editor's
 * quickfix list know them) rather than to the include root; standard input keeps its given name.
 */
final class CheckSession implements PathDisplay {

  private final CliEnvironment environment;
  private final SuretyConfig config;
  private final Inputs inputs;
  private final CheckOptions options;
  private final int jobs;
  private CheckRequest display;

  private CheckSession(CliEnvironment environment, SuretyConfig config, Inputs inputs,
      CheckOptions options, int jobs) {
    this.environment = environment;
    this.config = config;
    this.inputs = inputs;
    this.options = options;
    this.jobs = jobs;
  }

  private static final String SEVERITY = "--severity";

  static CheckSession open(CheckOptions options, CliEnvironment environment, CommandSpec spec) {
    int jobs = options.jobs == null ? Runtime.getRuntime().availableProcessors() : options.jobs;
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
    }
    requireStdinName(options.stdinFilename, spec);
    requireNames(options.paths, "PATH", options.root, options.config, spec);
    SuretyConfig config = ConfigLoader.load(
        Optional.ofNullable(options.config).map(environment::resolve), options.config,
        environment.workingDirectory());
    // wrong overrides are reported before the inputs are looked at; a wrong --severity is a
    // usage error (with the hint to --help), a wrong file's is the file's
    try {
      CheckExecutor.severities(config, options.severities, SEVERITY);
    } catch (CheckExecutor.WrongFlag e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Inputs inputs = new InputCollector(environment)
        .collect(options.paths, Optional.ofNullable(options.root), options.stdinFilename);
    return new CheckSession(environment, config, inputs, options, jobs);
  }

  /**
   * Refuses an empty or blank {@code --stdin-filename}: findings would be reported without a file
   * name ({@code 5:1: warning: ...}), which no editor can place. A name that can be no path here
   * (one the encoding of file names cannot spell) is refused as such a PATH is ({@link
   * InvalidPathException}): the compiler resolves it as a file's name, and failed inside.
   */
  static void requireStdinName(String name, CommandSpec spec) {
    if (name != null && name.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--stdin-filename must be a name, not '" + name + "'");
    }
    if (name != null && !name.equals(CheckRequest.UNNAMED_STDIN)) {
      Path.of(name); // throws InvalidPathException, named in one line by the top of the program
    }
  }

  /**
   * Refuses an empty {@code PATH}, {@code --root} or {@code --config} (a script's {@code "$DRAFTS"}
   * with the variable unset): resolved, an empty name is the working directory, so {@code lint ''}
   * checked, and {@code fmt --write ''} rewrote, every draft below it, and {@code --root ''} made
   * it the root, without a word. As an empty {@code --out} and {@code --stdin-filename}, each is a
   * usage error; {@code .} still names the working directory.
   *
   * @param label the name of the paths in the usage ({@code PATH}, or diff's {@code OLD} and
   *     {@code NEW})
   */
  static void requireNames(List<String> paths, String label, String root, String config,
      CommandSpec spec) {
    for (String path : paths) { // a loop, not a stream: on the path of every cold start (C1)
      if (path.isEmpty()) {
        throw new ParameterException(spec.commandLine(),
            label + " must name a file or directory, not '' (write . for the working directory)");
      }
    }
    if (root != null && root.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--root must name a directory, not '" + root + "'");
    }
    if (config != null && config.isBlank()) {
      throw new ParameterException(spec.commandLine(),
          "--config must name a file, not '" + config + "'");
    }
  }

  SuretyConfig config() {
    return config;
  }

  Inputs inputs() {
    return inputs;
  }

  /** How many threads to check and render on ({@code --jobs}, else one per processor). */
  int jobs() {
    return jobs;
  }

  /**
   * Checks every input and merges the reports ({@link CheckExecutor}): the findings and the
   * arrangements, without assessments ({@code compile}).
   */
  CheckResult check() {
    return check(Optional.empty(), false, false);
  }

  /**
   * As {@link #check()}, each arrangement assessed too ({@code assess}, {@code diff}), with {@code
   * --fail-on} as given (the result's level in force).
   */
  CheckResult assessed(Optional<FailOn> failOn) {
    return check(failOn, false, true);
  }

  /**
   * The findings only ({@code lint}): the result holds no arrangements or assessments ({@link
   * CheckRequest#findingsOnly()}), with {@code --fail-on} as given.
   */
  CheckResult findings(Optional<FailOn> failOn) {
    return check(failOn, true, false);
  }

  private CheckResult check(Optional<FailOn> failOn, boolean findingsOnly, boolean assess) {
    CheckRequest.Builder request =
        request().failOn(failOn).findingsOnly(findingsOnly).assess(assess);
    if (inputs.readsStdin()) {
      request.stdin(inputs.stdinName().orElseThrow(), readStdin());
    }
    return CheckExecutor.execute(request.build());
  }

  private CheckRequest.Builder request() {
    return CheckRequest.builder()
        .files(inputs.files())
        .root(inputs.root())
        .config(config)
        .severities(options.severities)
        .jobs(jobs)
        .workingDirectory(environment.workingDirectory());
  }

  /** A reported file name (relative to the root) as the user sees it. */
  @Override
  public String show(String reported) {
    if (display == null) {
      CheckRequest.Builder request = request();
      inputs.stdinName().ifPresent(name -> request.stdin(name, new byte[0]));
      display = request.build();
    }
    return display.show(reported);
  }

  /**
   * Standard input, read no further than one byte past {@code maxFileBytes}: the compiler then
   * reports it over the limit (SUR003) and memory stays bounded, however much is piped in.
   */
  private byte[] readStdin() {
    long limit = config.limits().getOrDefault("maxFileBytes", Limits.defaults().maxFileBytes());
    try {
      return environment.stdin().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    } catch (IOException e) {
      throw new CliException("-: cannot read standard input: " + IoProblems.describe(e), e);
    }
  }
}

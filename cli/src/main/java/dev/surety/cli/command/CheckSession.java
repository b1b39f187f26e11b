package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.CliException;
import dev.surety.cli.assess.PathDisplay;
import dev.surety.cli.config.ConfigLoader;
import dev.surety.cli.config.SuretyConfig;
import dev.surety.cli.explain.DidYouMean;
import dev.surety.cli.input.InputCollector;
import dev.surety.cli.input.Inputs;
import dev.surety.cli.input.Parallel;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableDiagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.SourceFile;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Limits;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.validation.SeverityConfig;
import dev.surety.validation.assessment.Assessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
  private final Surety surety;
  private final int jobs;

  private CheckSession(CliEnvironment environment, SuretyConfig config, Inputs inputs,
      Surety surety, int jobs) {
    this.environment = environment;
    this.config = config;
    this.inputs = inputs;
    this.surety = surety;
    this.jobs = jobs;
  }

  static CheckSession open(CheckOptions options, CliEnvironment environment, CommandSpec spec) {
    int jobs = options.jobs == null ? Runtime.getRuntime().availableProcessors() : options.jobs;
    if (jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
    }
    SuretyConfig config = ConfigLoader.load(
        Optional.ofNullable(options.config).map(environment::resolve), options.config,
        environment.workingDirectory());
    SeverityConfig severities = severities(config, options.severities);
    Inputs inputs = new InputCollector(environment)
        .collect(options.paths, Optional.ofNullable(options.root), options.stdinFilename);
    CompilerOptions compilerOptions = CompilerOptions.builder()
        .root(inputs.root())
        .limits(limits(config))
        .build();
    Surety surety = Surety.builder().compilerOptions(compilerOptions).severities(severities).build();
    return new CheckSession(environment, config, inputs, surety, jobs);
  }

  SuretyConfig config() {
    return config;
  }

  Inputs inputs() {
    return inputs;
  }

  /** Checks every input and merges the reports. */
  CheckResult check() {
    List<Report> reports = new ArrayList<>(
        Parallel.map(inputs.files(), jobs, file -> surety.check(List.of(file))));
    if (inputs.readsStdin()) {
      reports.add(surety.check(readStdin(), inputs.stdinName().orElseThrow()));
    }
    Set<Diagnostic> diagnostics = new LinkedHashSet<>();
    Map<String, String> sources = new TreeMap<>();
    Set<String> files = new TreeSet<>();
    inputs.files().forEach(file -> files.add(reportedName(file)));
    inputs.stdinName().ifPresent(files::add);
    List<Arrangement> arrangements = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    // a report holds the arrangements of the files its input includes too: each once, at the
    // first input that reaches it (ranges tell arrangements apart; equality ignores them)
    Set<SourceRange> seen = new HashSet<>();
    for (Report report : reports) {
      report.diagnostics().forEach(d -> diagnostics.add(shown(d)));
      report.sources().forEach((file, text) -> sources.putIfAbsent(show(file), text));
      report.files().stream().map(SourceFile::path).forEach(files::add);
      for (int i = 0; i < report.arrangements().size(); i++) {
        Arrangement arrangement = report.arrangements().get(i);
        if (seen.add(arrangement.range())) {
          arrangements.add(arrangement);
          assessments.add(report.assessments().get(i));
        }
      }
    }
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    return new CheckResult(List.copyOf(sorted), sources, files.size(),
        List.copyOf(arrangements), List.copyOf(assessments));
  }

  /** The name the facade reports for an input file: relative to the root, with {@code /}. */
  private String reportedName(Path file) {
    Path root = inputs.root();
    return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
  }

  /** A reported file name (relative to the root) as the user sees it. */
  @Override
  public String show(String reported) {
    if (reported.isEmpty() || inputs.stdinName().filter(reported::equals).isPresent()) {
      return reported;
    }
    Path file;
    try {
      file = inputs.root().resolve(reported).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return reported;
    }
    Path cwd = environment.workingDirectory();
    String shown = file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    return shown.replace('\\', '/');
  }

  private Diagnostic shown(Diagnostic d) {
    List<RelatedLocation> related = new ArrayList<>();
    d.related().forEach(r -> related.add(RelatedLocation.of(shown(r.range()), r.message())));
    return ImmutableDiagnostic.copyOf(d).withRange(shown(d.range())).withRelated(related);
  }

  private SourceRange shown(SourceRange range) {
    String file = show(range.file());
    return file.equals(range.file()) ? range : SourceRange.of(file, range.start(), range.end());
  }

  private String readStdin() {
    try {
      return new String(environment.stdin().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("-: cannot read standard input: " + e.getMessage(), e);
    }
  }

  /** The configuration's overrides, then {@code --severity}'s; each checked where it was written. */
  private static SeverityConfig severities(SuretyConfig config, Map<String, String> flags) {
    String file = config.file().map(Path::toString).orElse("configuration");
    requireKnownCodes(file, config.severity());
    requireKnownCodes("--severity", flags);
    if (!config.severity().isEmpty()) {
      try {
        SeverityConfig.parse(config.severity());
      } catch (IllegalArgumentException e) {
        throw new CliException(config.file().map(Path::toString).orElse("configuration")
            + ": " + e.getMessage(), e);
      }
    }
    // codes are case-insensitive: the flag for a code replaces the file's however it is spelled
    Map<String, String> merged = new LinkedHashMap<>();
    config.severity().forEach((code, level) -> merged.put(code.trim().toUpperCase(Locale.ROOT), level));
    flags.forEach((code, level) -> merged.put(code.trim().toUpperCase(Locale.ROOT), level));
    try {
      if (!flags.isEmpty()) {
        SeverityConfig.parse(flags);
      }
      return SeverityConfig.parse(merged);
    } catch (IllegalArgumentException e) {
      throw new CliException("--severity: " + e.getMessage(), e);
    }
  }

  /** An unknown code is named with the nearest known one, rather than the whole catalogue. */
  private static void requireKnownCodes(String where, Map<String, String> overrides) {
    if (overrides.isEmpty()) {
      return;
    }
    List<String> codes = Surety.rules().stream().map(RuleDescriptor::code).toList();
    for (String code : overrides.keySet()) {
      if (!codes.contains(code.trim().toUpperCase(Locale.ROOT))) {
        throw new CliException(where + ": unknown rule code '" + code + "'"
            + DidYouMean.nearest(code.trim().toUpperCase(Locale.ROOT), codes)
                .map(c -> "; did you mean " + c + "?")
                .orElse("; run 'surety explain' for the list of rules"));
      }
    }
  }

  private static Limits limits(SuretyConfig config) {
    var limits = Limits.builder();
    config.limits().forEach((name, value) -> {
      switch (name) {
        case "maxFileBytes" -> limits.maxFileBytes(value);
        case "maxListItems" -> limits.maxListItems(toInt(config, name, value));
        case "maxLineLength" -> limits.maxLineLength(toInt(config, name, value));
        case "maxNestingDepth" -> limits.maxNestingDepth(toInt(config, name, value));
        case "maxIncludeDepth" -> limits.maxIncludeDepth(toInt(config, name, value));
        default -> throw new IllegalStateException("limit " + name + " is not mapped");
      }
    });
    return limits.build();
  }

  private static int toInt(SuretyConfig config, String name, long value) {
    if (value > Integer.MAX_VALUE) {
      throw new CliException(config.file().map(Path::toString).orElse("configuration")
          + ": limit " + name + " is too large (at most " + Integer.MAX_VALUE + ")");
    }
    return (int) value;
  }
}

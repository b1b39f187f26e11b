package dev.surety.cli.command;

import dev.surety.cli.check.CheckRequest;
import dev.surety.cli.check.CheckResult;
import dev.surety.cli.CliEnvironment;
import dev.surety.cli.ExitCode;
import dev.surety.cli.VersionProvider;
import dev.surety.cli.format.TerminalText;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.ImmutableReport;
import dev.surety.dsl.Report;
import dev.surety.dsl.diff.DiffJson;
import dev.surety.dsl.diff.DiffText;
import dev.surety.dsl.diff.DraftDiff;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code surety diff OLD NEW}: what changed in meaning between two versions of a draft (files,
 * directories, or - for standard input on one side), each change with its impact for the
 * beneficiary, then the verdict and score before and after and the diagnostics that appeared or
 * disappeared (docs/diff.md). The versions may hold errors: they are compared as far as they
 * compiled. The exit status is 0 whatever changed; {@code --fail-on-weakening} makes a weakening
 * change exit 1 (for a CI job that guards a draft); 2 when a version cannot be read.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "What changed in meaning between two versions of a draft.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      "0:the versions were compared, whatever changed",
      "1:with --fail-on-weakening: some change weakens an arrangement for its beneficiary",
      ExitCode.ERROR_HELP
    })
public final class DiffCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD",
      description = "The old version: a draft, a directory (the drafts below it) or - for standard input.")
  private String oldPath;

  @Parameters(index = "1", paramLabel = "NEW",
      description = "The new version: a draft, a directory (the drafts below it) or - for standard input.")
  private String newPath;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  private String format;

  @Mixin private ColorOption color;

  @Option(names = "--fail-on-weakening",
      description = "Exit with status 1 when some change weakens an arrangement for its beneficiary.")
  private boolean failOnWeakening;

  @Option(names = "--root", paramLabel = "DIR",
      description = "The include root of both versions (default: the directory of each).")
  private String root;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration file (by default the one found from the working directory up: .surety.json or surety.toml).")
  private String config;

  @Option(names = "--severity", paramLabel = "CODE=LEVEL",
      description = "Override a rule's severity: error, warning, info or off. CODE is the "
          + "rule's code or name (SUR107 or missing-duration). Repeatable.")
  private Map<String, String> severities = new LinkedHashMap<>();

  @Option(names = "--stdin-filename", paramLabel = "NAME", defaultValue = CheckRequest.UNNAMED_STDIN,
      description = "The name to report for - (default: ${DEFAULT-VALUE}).")
  private String stdinFilename;

  public DiffCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    String spelling = format.toLowerCase(Locale.ROOT);
    if (!spelling.equals("text") && !spelling.equals("json")) {
      throw new ParameterException(spec.commandLine(), "--format must be one of text, json, not '" + format + "'");
    }
    boolean useColor = color.enabled(environment, spec);
    if (oldPath.equals("-") && newPath.equals("-")) {
      throw new ParameterException(spec.commandLine(), "only one of OLD and NEW can be - (standard input)");
    }
    CheckSession.requireNames(List.of(oldPath), "OLD", root, config, spec);
    CheckSession.requireNames(List.of(newPath), "NEW", root, config, spec);
    Side before = side(oldPath);
    Side after = side(newPath);
    DraftDiff diff = DraftDiff.of(before.report, after.report).mapFiles(before.names, after.names);
    PrintWriter out = spec.commandLine().getOut();
    // the text quotes titles and names from the drafts: no escape sequence passes
    out.print(spelling.equals("json") ? DiffJson.render(diff)
        : colour(TerminalText.safe(DiffText.render(diff)), useColor));
    out.flush();
    return failOnWeakening && diff.weakens() ? ExitCode.FINDINGS : ExitCode.OK;
  }


  private static final String RESET = "\u001b[0m";
  private static final String RED = "\u001b[1;31m";
  private static final String GREEN = "\u001b[1;32m";
  private static final String BOLD = "\u001b[1m";

  /**
   * The text with each change's sign and impact in colour: weakens red, strengthens green, neutral
   * bold (added after {@link TerminalText#safe}, which lets no escape sequence of a draft through).
   */
  static String colour(String text, boolean useColor) {
    if (!useColor) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.length() > 4 && line.startsWith("  ") && "+-~".indexOf(line.charAt(2)) >= 0
          && line.charAt(3) == ' ') {
        for (String[] impact : new String[][] {{"weakens", RED}, {"strengthens", GREEN}, {"neutral", BOLD}}) {
          int at = line.lastIndexOf(" (" + impact[0] + ": ");
          if (at >= 0) {
            line = "  " + impact[1] + line.charAt(2) + RESET + line.substring(3, at + 2) + impact[1]
                + impact[0] + RESET + line.substring(at + 2 + impact[0].length());
            break;
          }
        }
      }
      out.append(line).append('\n');
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** One version, checked; its file names as the user sees them. */
  private static final class Side {
    final Report report;
    final UnaryOperator<String> names;

    Side(Report report, UnaryOperator<String> names) {
      this.report = report;
      this.names = names;
    }
  }

  private Side side(String path) {
    CheckOptions options = new CheckOptions();
    options.paths = List.of(path);
    options.root = root;
    options.config = config;
    options.severities = severities;
    options.stdinFilename = stdinFilename;
    options.jobs = 1;
    CheckSession session = CheckSession.open(options, environment, spec);
    CheckResult result = session.assessed(Optional.empty());
    result.requireNoFailures();
    // the session shows diagnostics by the names the user knows; the model's ranges still hold the
    // names relative to the include root: show those too, once
    UnaryOperator<String> names =
        name -> result.sources().containsKey(name) || name.isEmpty() ? name : session.show(name);
    List<Arrangement> arrangements = result.arrangements().stream()
        .map(a -> (Arrangement) ImmutableArrangement.copyOf(a).withRange(shown(a.range(), names)))
        .toList();
    Report report = ImmutableReport.builder()
        .addAllArrangements(arrangements)
        .addAllAssessments(result.assessments())
        .addAllDiagnostics(result.diagnostics())
        .putAllSources(result.sources())
        .build();
    return new Side(report, names);
  }

  private static SourceRange shown(SourceRange range, UnaryOperator<String> names) {
    return range.file().isEmpty() ? range : range.inFile(names.apply(range.file()));
  }
}

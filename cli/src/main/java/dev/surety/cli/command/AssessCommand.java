package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.ExitCode;
import dev.surety.cli.VersionProvider;
import dev.surety.cli.check.CheckResult;
import dev.surety.cli.assess.AssessFormat;
import dev.surety.cli.config.FailOn;
import dev.surety.cli.format.LintReport;
import dev.surety.cli.format.OutputFormat;
import dev.surety.cli.format.TerminalText;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.dsl.Surety;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code surety assess}: the verdict and Article 5 scorecard of each arrangement. The assessments
 * go to stdout; findings at or above {@code --fail-on} go to stderr, one line each (gcc format),
 * and make the exit status 1, since an assessment of a draft with errors may be wrong.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "The verdict and Article 5 scorecard of each arrangement.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_HELP,
        ExitCode.FINDINGS_HELP + " (printed on stderr; the assessments are printed all the same)",
        ExitCode.ERROR_HELP})
public final class AssessCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private CheckOptions check;

  @Mixin private FailOnOption failOn;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
  private String format;

  public AssessCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    AssessFormat assessFormat = AssessFormat.parse(format).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "--format must be one of "
            + AssessFormat.spellings().replace("|", ", ") + ", not '" + format + "'"));
    Optional<FailOn> level = failOn.parse(spec);
    CheckSession session = CheckSession.open(check, environment, spec);
    CheckResult result = session.assessed(level);
    PrintWriter out = spec.commandLine().getOut();
    if (assessFormat == AssessFormat.JSON) {
      assessFormat.renderer().render(result.assessments(), session, out);
    } else { // text and Markdown quote titles and names from the drafts: no escape sequence passes
      TerminalText.SafeLines text = TerminalText.safeLines(out);
      assessFormat.renderer().render(result.assessments(), session, text);
      text.finish();
    }
    out.flush();
    List<Diagnostic> failing =
        result.diagnostics().stream().filter(d -> result.failOn().fails(d.severity())).toList();
    if (!failing.isEmpty()) {
      LintReport findings = LintReport.builder().diagnostics(failing).sources(result.sources())
          .fileCount(result.fileCount()).rules(Surety.rules())
          .toolVersion(VersionProvider.version()).build();
      PrintWriter err = spec.commandLine().getErr();
      OutputFormat.GCC.renderer().render(findings, err);
      err.flush();
    }
    result.requireNoFailures(); // the other files reported, the run ends with status 2
    return result.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }
}

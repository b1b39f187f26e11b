package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.ExitCode;
import dev.surety.cli.VersionProvider;
import dev.surety.cli.check.CheckResult;
import dev.surety.cli.config.FailOn;
import dev.surety.cli.format.LintReport;
import dev.surety.cli.format.OutputFormat;
import dev.surety.dsl.Surety;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code surety lint}: compile and validate drafts and report the findings in a format. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compile and validate drafts; report the findings.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_HELP, ExitCode.FINDINGS_HELP, ExitCode.ERROR_HELP})
public final class LintCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private CheckOptions check;

  @Mixin private FailOnOption failOn;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, gcc, json, sarif or checkstyle (default: ${DEFAULT-VALUE}).")
  private String format;

  @Mixin private ColorOption color;

  public LintCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    OutputFormat outputFormat = OutputFormat.parse(format).orElseThrow(() ->
        new ParameterException(spec.commandLine(), "--format must be one of "
            + OutputFormat.spellings().replace("|", ", ") + ", not '" + format + "'"));
    boolean useColor = color.enabled(environment, spec);
    Optional<FailOn> level = failOn.parse(spec);
    CheckSession session = CheckSession.open(check, environment, spec);
    // lint reports findings only: the models are dropped file by file (CheckRequest.findingsOnly)
    CheckResult result = session.findings(level);
    LintReport report = LintReport.builder()
        .diagnostics(result.diagnostics())
        .suppressed(result.suppressed())
        .sources(result.sources())
        .fileCount(result.fileCount())
        .rules(Surety.rules())
        .color(useColor)
        .toolVersion(VersionProvider.version())
        .build();
    PrintWriter out = spec.commandLine().getOut();
    outputFormat.renderer().render(report, out, session.jobs());
    out.flush();
    result.requireNoFailures(); // the other files reported, the run ends with status 2
    return result.failed() ? ExitCode.FINDINGS : ExitCode.OK;
  }

}

package dev.surety.cli.command;

import dev.surety.cli.CliException;
import dev.surety.cli.ExitCode;
import dev.surety.cli.VersionProvider;
import dev.surety.cli.explain.RuleDocs;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.dsl.Surety;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code surety explain [CODE]}: without a code, the catalogue (code, name, severity, summary);
 * with one, the rule's whole documentation from its descriptor, the rule's single home. An unknown
 * code gets a did-you-mean and exit status 2.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A rule's documentation; without CODE, the list of rules.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:the documentation was printed", ExitCode.ERROR_HELP})
public final class ExplainCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "CODE",
      arity = "0..1",
      description = "A rule's code (SUR201) or name (missing-legislative-approval).")
  private String code;

  @Override
  public Integer call() {
    RuleDocs docs = new RuleDocs(Surety.rules());
    PrintWriter out = spec.commandLine().getOut();
    if (code == null) {
      docs.list(out);
    } else {
      RuleDescriptor rule = docs.find(code).orElseThrow(() -> new CliException(
          "unknown rule '" + code + "'" + docs.suggestion(code)
              .map(s -> "; did you mean " + s + "?")
              .orElse("; run 'surety explain' for the list of rules")));
      RuleDocs.explain(rule, out);
    }
    out.flush();
    return ExitCode.OK;
  }
}

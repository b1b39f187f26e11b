package dev.surety.cli.command;

import dev.surety.cli.config.FailOn;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --fail-on}, for the commands whose exit status follows the findings ({@code lint},
 * {@code assess}). The level in force (this option, else the configuration's, else error) is
 * settled once, by {@link dev.surety.cli.check.CheckRequest#effectiveFailOn()}.
 */
final class FailOnOption {

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      description = "The lowest severity that makes the exit status 1: error, warning, info or "
          + "never (default: the configuration's failOn, else error).")
  String failOn;

  /** The level as given, or empty when the option is not given. */
  Optional<FailOn> parse(CommandSpec spec) {
    if (failOn == null) {
      return Optional.empty();
    }
    return Optional.of(FailOn.parse(failOn).orElseThrow(() -> new ParameterException(
        spec.commandLine(), "--fail-on must be one of " + FailOn.SPELLINGS + ", not '" + failOn
            + "'")));
  }
}

package dev.surety.cli.command;

import dev.surety.cli.ExitCode;
import dev.surety.cli.config.FailOn;
import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Small pieces that several commands share. */
final class Options {

  private Options() {}

  /** {@code --fail-on} as given, or null when not given. */
  static FailOn failOn(String text, CommandSpec spec) {
    if (text == null) {
      return null;
    }
    return FailOn.parse(text).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--fail-on must be one of " + FailOn.SPELLINGS + ", not '" + text + "'"));
  }

  /** 1 when any finding is at or above the threshold, else 0: never a count. */
  static int status(List<Diagnostic> diagnostics, FailOn threshold) {
    return diagnostics.stream().anyMatch(d -> threshold.fails(d.severity()))
        ? ExitCode.FINDINGS
        : ExitCode.OK;
  }
}

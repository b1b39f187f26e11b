package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --color}, for the commands whose text format has colour ({@code lint}, {@code diff}):
 * auto colours when standard output is a terminal and {@code NO_COLOR} is not set
 * (https://no-color.org).
 */
final class ColorOption {

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour in the text format: auto (when standard output is a terminal and "
          + "NO_COLOR is not set), always or never (default: ${DEFAULT-VALUE}).")
  String color;

  /** Whether to colour, or a usage error for a value other than auto, always and never. */
  boolean enabled(CliEnvironment environment, CommandSpec spec) {
    switch (color.trim().toLowerCase(Locale.ROOT)) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        return environment.stdoutIsTerminal()
            && environment.variable("NO_COLOR").filter(v -> !v.isEmpty()).isEmpty();
      default:
        throw new ParameterException(spec.commandLine(),
            "--color must be auto, always or never, not '" + color + "'");
    }
  }
}

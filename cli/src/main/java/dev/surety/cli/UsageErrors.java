package dev.surety.cli;

import dev.surety.cli.explain.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in one line, in the words of Surety's own messages: what was wrong, and, for a
 * mistyped command or option, the nearest name there is ({@code did you mean lint?}, found as
 * for a mistyped rule code by {@link DidYouMean}).
 * picocli's own texts are kept where they already say it (an option's value that is not a
 * number), with a lower-case start like every other message of the command.
 */
final class UsageErrors {

  private UsageErrors() {}

  /** The message for {@code ex}, without the {@code surety: } prefix and the hint to --help. */
  static String describe(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg instanceof OptionSpec option && Map.class.isAssignableFrom(option.type())
        && ex.getValue() != null && !ex.getValue().contains("=")) {
      // picocli: "Value for option option '--severity' (CODE=LEVEL) should be in KEY=VALUE ..."
      return option.longestName() + " takes " + option.paramLabel() + ", not '" + ex.getValue()
          + "'";
    }
    return lowerCaseStart(SuretyCli.firstLine(ex.getMessage()));
  }

  private static String unmatched(UnmatchedArgumentException ex) {
    List<String> args = ex.getUnmatched();
    String first = args.isEmpty() ? "" : args.get(0);
    CommandLine command = ex.getCommandLine();
    if (ex.isUnknownOption()) {
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      List<String> names = new ArrayList<>();
      command.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
      return "unknown option '" + first + "'" + suggestion(name, names);
    }
    if (!command.getSubcommands().isEmpty()) {
      return "unknown command '" + first + "'" + suggestion(first, command.getSubcommands().keySet());
    }
    return "unexpected argument" + (args.size() == 1 ? " '" : "s '") + String.join("', '", args)
        + "'";
  }

  private static String suggestion(String typed, Collection<String> names) {
    return DidYouMean.nearest(typed, names).map(name -> "; did you mean " + name + "?").orElse("");
  }

  /** "Unknown ..." as "unknown ...", but an option or a code at the start stays as it is. */
  private static String lowerCaseStart(String message) {
    if (message.length() > 1 && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    return message;
  }
}

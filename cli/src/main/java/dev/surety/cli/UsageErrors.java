package dev.surety.cli;

import dev.surety.cli.explain.DidYouMean;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in one line, in the words of Surety's own messages: what was wrong, and, for a
 * mistyped command or option, the nearest name there is ({@code did you mean lint?}, found as
 * for a mistyped rule code by {@link DidYouMean}).
 * picocli's own texts are kept where they already say it (an option's value that is not a
 * number), with a lower-case start like every other message of the command.
 *
 * <p>A path that begins with {@code -} reads as an option: when such an argument names a file or
 * directory that exists, the message says how to give it as a path ({@code -- -x.surety} or
 * {@code ./-x.surety}), as {@code rm} does.
 */
final class UsageErrors {

  /** picocli's message for options of an exclusive group given together. */
  private static final Pattern EXCLUSIVE =
      Pattern.compile("Error: (.+) are mutually exclusive \\(specify only one\\)");

  private static final String ERROR = "Error: ";

  /** picocli's message for an option of an exclusive group given twice, or two of the group. */
  private static final Pattern ONE_MATCH = Pattern.compile(
      "Error: expected only one match but got \\[[^\\]]*\\]=\\{([^}]*)\\} and \\[[^\\]]*\\]=\\{([^}]*)\\}");

  /** picocli's message for a single-valued option given twice. */
  private static final Pattern ONCE =
      Pattern.compile("option '([^']+)' \\(.*\\) should be specified only once");

  private UsageErrors() {}

  /**
   * The message for {@code ex}, without the {@code surety: } prefix and the hint to --help.
   *
   * @param args the arguments of the run
   * @param resolve an argument as a path (against the working directory)
   */
  static String describe(ParameterException ex, List<String> args, Function<String, Path> resolve) {
    Optional<String> path = dashPath(ex, args, resolve);
    if (path.isPresent() && ex instanceof UnmatchedArgumentException unmatched
        && unmatched.isUnknownOption() && unmatched.getUnmatched().get(0).equals(path.get())) {
      return "unknown option '" + path.get() + "'; to read the " + what(path.get(), resolve)
          + " of that name, " + asPath(path.get());
    }
    if (ex instanceof MissingParameterException) {
      // `lint -x` alone: picocli says PATH is missing, but the word that is not an option is
      // what went wrong
      Optional<String> unknown = unknownOption(ex, args);
      if (unknown.isPresent()) {
        return path.isPresent() && path.get().equals(unknown.get())
            ? "unknown option '" + path.get() + "'; to read the " + what(path.get(), resolve)
                + " of that name, " + asPath(path.get())
            : "unknown option '" + unknown.get() + "'"
                + suggestion(optionName(unknown.get()), optionNames(ex.getCommandLine()));
      }
    }
    return describe(ex);
  }

  /**
   * The first argument of a command that takes paths which begins with {@code -} (not {@code -}
   * alone, before {@code --}), is not one of its options, and names a file or directory.
   */
  private static Optional<String> dashPath(ParameterException ex, List<String> args,
      Function<String, Path> resolve) {
    CommandSpec command = ex.getCommandLine().getCommandSpec();
    if (command.positionalParameters().isEmpty()) {
      return Optional.empty();
    }
    int end = args.indexOf("--");
    for (String arg : end < 0 ? args : args.subList(0, end)) {
      if (arg.length() > 1 && arg.startsWith("-") && command.findOption(optionName(arg)) == null
          && exists(arg, resolve)) {
        return Optional.of(arg);
      }
    }
    return Optional.empty();
  }

  /**
   * The first argument before {@code --} that begins with {@code -}, is not {@code -} alone, and
   * is neither an option of the command nor the value of the option before it.
   */
  private static Optional<String> unknownOption(ParameterException ex, List<String> args) {
    CommandSpec command = ex.getCommandLine().getCommandSpec();
    int end = args.indexOf("--");
    List<String> before = end < 0 ? args : args.subList(0, end);
    for (int i = 0; i < before.size(); i++) {
      String arg = before.get(i);
      if (i > 0) {
        String previous = before.get(i - 1);
        OptionSpec option = previous.startsWith("-") && !previous.contains("=")
            ? command.findOption(previous) : null;
        if (option != null && option.arity().max() > 0) {
          continue; // the value of an option (`--stdin-filename -x.surety`)
        }
      }
      if (arg.length() > 1 && arg.startsWith("-") && command.findOption(optionName(arg)) == null) {
        return Optional.of(arg);
      }
    }
    return Optional.empty();
  }

  private static List<String> optionNames(CommandLine command) {
    List<String> names = new ArrayList<>();
    command.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
    return names;
  }

  private static String optionName(String arg) {
    int eq = arg.indexOf('=');
    return eq < 0 ? arg : arg.substring(0, eq);
  }

  private static boolean exists(String arg, Function<String, Path> resolve) {
    try {
      return Files.exists(resolve.apply(arg));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static String what(String path, Function<String, Path> resolve) {
    return Files.isDirectory(resolve.apply(path)) ? "directory" : "file";
  }

  private static String asPath(String path) {
    return "write `-- " + path + "` or `./" + path + "`";
  }

  private static String describe(ParameterException ex) {
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
    if (arg instanceof OptionSpec option && ex.getValue() != null
        && (option.type() == int.class || option.type() == Integer.class)) {
      // picocli: "Invalid value for option '--jobs': 'abc' is not an int"
      return option.longestName() + " takes a whole number, not '" + ex.getValue() + "'";
    }
    String message = SuretyCli.firstLine(ex.getMessage());
    Matcher once = ONCE.matcher(message);
    if (once.matches()) {
      return once.group(1) + " is given more than once; give it once";
    }
    Matcher oneMatch = ONE_MATCH.matcher(message);
    if (oneMatch.matches()) {
      return oneMatch.group(1).equals(oneMatch.group(2))
          ? oneMatch.group(1) + " is given more than once; give it once"
          : oneMatch.group(1) + " and " + oneMatch.group(2) + " cannot be given together; give"
              + " one of them";
    }
    if (ex instanceof MutuallyExclusiveArgsException) {
      Matcher names = EXCLUSIVE.matcher(message);
      if (names.matches()) {
        return together(List.of(names.group(1).split(", "))) + " cannot be given together; give "
            + "one of them";
      }
    }
    // picocli starts some messages with "Error: ", which the "surety: " prefix already says
    return lowerCaseStart(message.startsWith(ERROR) ? message.substring(ERROR.length()) : message);
  }

  /** {@code --a and --b}, {@code --a, --b and --c}. */
  private static String together(List<String> names) {
    return String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1);
  }

  private static String unmatched(UnmatchedArgumentException ex) {
    List<String> args = ex.getUnmatched();
    String first = args.isEmpty() ? "" : args.get(0);
    CommandLine command = ex.getCommandLine();
    if (ex.isUnknownOption()) {
      return "unknown option '" + first + "'" + suggestion(optionName(first), optionNames(command));
    }
    if (!command.getSubcommands().isEmpty()) {
      if (first.equals("help")) { // as git and cargo have it
        return "unknown command 'help'; the help is --help (surety --help, surety lint --help)";
      }
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

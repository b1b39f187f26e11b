package dev.surety.cli;

import dev.surety.cli.check.CheckExecutor;
import dev.surety.cli.check.CheckFailedException;
import dev.surety.cli.check.CheckResult;
import dev.surety.cli.command.Commands;
import dev.surety.cli.format.TerminalText;
import dev.surety.cli.format.Utf8Writer;
import dev.surety.validation.SuretyValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code surety} executable. {@link #main} calls {@link #run} and exits with its status, so
 * tests call {@code run} and never stop the JVM (PMD's {@code PmdCli.mainWithoutExit}).
 *
 * <p>Every failure ends here as one line on stderr and exit status 2: picocli's usage errors with
 * a hint to {@code --help}, {@link CliException}s with their message, anything else as an
 * internal error. {@code --debug} adds the stack trace.
 */
@Command(
    name = "surety",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Compile, check and assess drafts of security guarantees (*.surety).",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      "0:the command did its work, and found nothing at or above --fail-on",
      "1:findings at or above --fail-on, or what 'surety COMMAND --help' says",
      ExitCode.ERROR_HELP
    },
    footer = {"", "Run 'surety COMMAND --help' for a command's options."})
public final class SuretyCli implements Callable<Integer> {

  static final String DEBUG = "--debug";

  /** How to give the command more memory, in the words of its launcher (docs/cli.md). */
  public static final String HEAP_HINT =
      "raise the heap: SURETY_JAVA_OPTS=-Xmx2g, or java -Xmx2g -jar surety.jar";

  /**
   * Libraries that log through java.util.logging (Hibernate Validator announces its version at
   * INFO) would write to stderr, whose every line is part of the CLI's contract: only their
   * warnings and errors get through. Held here so that the configured logger is not collected.
   */
  private static final Logger LIBRARY_LOGGING = quietLibraries();

  @Spec private CommandSpec spec;

  @Option(
      names = DEBUG,
      scope = ScopeType.INHERIT,
      description = "Print the stack trace when the command fails.")
  private boolean debug;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    // file descriptor 1 itself, not System.out: a PrintStream keeps the reason of a failed write
    // (a full disk) to itself
    System.exit(run(args, StandardOutput.open(), System.err));
  }

  /** Runs {@code surety ARGS} in this process and returns the exit status (0, 1 or 2). */
  public static int run(String[] args, OutputStream out, PrintStream err) {
    return run(args, CliEnvironment.system(), out, err);
  }

  /**
   * As {@link #run(String[], OutputStream, PrintStream)}, with the environment given. A failure to
   * write {@code out} (a full disk) makes the status 2, with one line that says why, since what was
   * asked for was lost; a reader that closed the pipe ({@code | head -1}) chose to read no more,
   * and the status is the command's.
   */
  public static int run(String[] args, CliEnvironment environment, OutputStream out,
      PrintStream err) {
    Utf8Writer outWriter = new Utf8Writer(out);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    boolean debug = debugRequested(args);
    int status;
    try {
      String name = commandName(args);
      Optional<Class<?>> command = Commands.named(name);
      if (command.isPresent() && Commands.CHECKING.contains(command.get())) {
        // the validator is built while the arguments are parsed and the drafts read and compiled
        SuretyValidator.prepareInBackground();
      }
      // `surety --help lint` is the help of surety, which lists every command
      Optional<Class<?>> only = onlyDebugBefore(args, name) ? command : Optional.empty();
      status = commandLine(environment, debug, outWriter, errWriter, only)
          .execute(command.isEmpty() ? throughUnknownCommand(args, name) : args);
    } catch (Throwable t) { // NOPMD: the top of the program, where every failure becomes a status
      reportFailure(t, debug, errWriter);
      status = ExitCode.ERROR;
    }
    try {
      Optional<IOException> failure = outWriter.failure();
      if (failure.isPresent() && !Utf8Writer.isClosedPipe(failure.get())
          && status != ExitCode.ERROR) {
        IOException e = failure.get();
        errWriter.println("surety: cannot write to standard output"
            + (e.getMessage() == null ? "" : ": " + IoProblems.describe(e)));
        if (debug) {
          e.printStackTrace(errWriter);
        }
        status = ExitCode.ERROR;
      }
    } finally {
      errWriter.flush();
    }
    return status;
  }

  static CommandLine commandLine(
      CliEnvironment environment, boolean debug, PrintWriter out, PrintWriter err) {
    return commandLine(environment, debug, out, err, Optional.empty());
  }

  /**
   * The command line; with {@code only}, the one subcommand that the arguments name, since picocli
   * reflects on every option of every subcommand it is given (a tenth of a cold {@code lint}); the
   * others are needed only for {@code surety --help} and to suggest a mistyped command's name.
   */
  static CommandLine commandLine(CliEnvironment environment, boolean debug, PrintWriter out,
      PrintWriter err, Optional<Class<?>> only) {
    CommandLine.IFactory factory = new Factory(environment);
    CommandLine cl;
    try {
      cl = new CommandLine(factory.create(SuretyCli.class), factory);
      for (Class<?> command : only.map(List::<Class<?>>of).orElse(Commands.ALL)) {
        cl.addSubcommand(factory.create(command));
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot set up the commands", e);
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          e.println("surety: " + TerminalText.line(
              UsageErrors.describe(ex, Arrays.asList(args), environment::resolve)));
          e.println("try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
          if (debug) {
            ex.printStackTrace(e);
          }
          return ExitCode.ERROR;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          reportFailure(ex, debug, commandLine.getErr());
          return ExitCode.ERROR;
        });
    return cl;
  }

  /** One line for any failure; the stack trace only with {@code --debug}. */
  static void reportFailure(Throwable t, boolean debug, PrintWriter err) {
    if (t instanceof CheckFailedException failed) {
      for (CheckResult.CheckFailure f : failed.failures()) {
        // out of memory or a file that cannot be read is no bug: no details to ask for
        boolean noBug = f.cause() instanceof OutOfMemoryError
            || f.cause() instanceof CheckExecutor.UnreadableInput;
        err.println("surety: " + CheckFailedException.line(f, HEAP_HINT)
            + (debug || noBug ? "" : " (run with --debug for details)"));
        if (debug && !(f.cause() instanceof CheckExecutor.UnreadableInput)) {
          f.cause().printStackTrace(err);
        }
      }
      err.flush();
      return;
    }
    if (t instanceof CliException) {
      // a file name in it may hold controls: none reaches the terminal as written
      err.println("surety: " + TerminalText.line(firstLine(t.getMessage())));
    } else if (t instanceof InvalidPathException invalid) {
      // a name given for a path (a PATH, --out, --config, --root) that this system cannot spell
      err.println("surety: " + TerminalText.line(IoProblems.invalidPath(invalid)));
    } else if (t instanceof OutOfMemoryError) {
      err.println("surety: out of memory (" + HEAP_HINT + ")");
    } else {
      err.println("surety: internal error: " + CheckFailedException.what(t)
          + (debug ? "" : " (run with --debug for details)"));
    }
    if (debug) {
      t.printStackTrace(err);
    }
    err.flush();
  }

  private static Logger quietLibraries() {
    Logger logger = Logger.getLogger("org.hibernate.validator");
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /**
   * The first argument that is not an option (the options before a command take no value), or
   * empty when there is none.
   */
  static String commandName(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return "";
      }
      if (!arg.startsWith("-")) {
        return arg;
      }
    }
    return "";
  }

  /**
   * Whether every argument before the command word {@code name} is {@code --debug}: then the
   * command line needs that command alone. Any other option there ({@code --help}, {@code -h},
   * {@code --version}) is surety's own, and {@code surety --help lint} printed surety's help with
   * lint as its only command.
   */
  static boolean onlyDebugBefore(String[] args, String name) {
    for (String arg : args) {
      if (arg.equals(name) || arg.equals("--")) {
        return true;
      }
      if (!arg.equals(DEBUG)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The arguments up to the command word when it names no command: the rest belongs to no command.
   * Given whole, picocli went on to a command word after it and reported that command's usage
   * instead ({@code surety help compile} said compile's PATH was missing).
   */
  static String[] throughUnknownCommand(String[] args, String name) {
    int at = name.isEmpty() ? -1 : Arrays.asList(args).indexOf(name);
    return at < 0 ? args : Arrays.copyOf(args, at + 1);
  }

  private static boolean debugRequested(String[] args) {
    int end = Arrays.asList(args).indexOf("--");
    return Arrays.asList(args).subList(0, end < 0 ? args.length : end).contains(DEBUG);
  }

  /** The first line of {@code message}, stripped; empty for none. */
  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }

  /** Gives each command the environment when it has a constructor that takes one. */
  private static final class Factory implements CommandLine.IFactory {
    private final CliEnvironment environment;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    Factory(CliEnvironment environment) {
      this.environment = environment;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      Constructor<K> withEnvironment;
      try {
        withEnvironment = type.getDeclaredConstructor(CliEnvironment.class);
      } catch (NoSuchMethodException e) {
        return fallback.create(type);
      }
      return withEnvironment.newInstance(environment);
    }
  }
}

package dev.surety.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuretyCliTest extends BaseCliTest {

  @Test
  void helpListsTheExitStatuses() {
    Result r = surety("--help");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: surety", "Exit status:",
        "0   the command did its work, and found nothing at or above --fail-on",
        "1   findings at or above --fail-on, or what 'surety COMMAND --help' says",
        "2   the command could not do its work");
    assertThat(r.err()).isEmpty();
  }

  /**
   * Each command's help describes its own exit statuses, never another command's (lint and assess
   * said "(compile: errors, nothing written)").
   */
  @Test
  void eachCommandsHelpDescribesItsOwnExitStatuses() {
    java.util.List<String> names = dev.surety.cli.command.Commands.ALL.stream()
        .map(c -> c.getAnnotation(picocli.CommandLine.Command.class).name()).toList();
    for (String name : names) {
      String help = surety(name, "--help").out();
      String statuses = help.substring(help.indexOf("Exit status:"));
      assertThat(statuses).as(name).contains("0   ", "2   the command could not do its work");
      for (String other : names) {
        if (!other.equals(name)) {
          // a command's name as a word, not an option (--diff)
          assertThat(statuses).as(name + "'s exit statuses").doesNotContainPattern(
              "(?<![-\\w])" + other + "\\b");
        }
      }
    }
    assertThat(surety("lint", "--help").out())
        .contains("0   nothing at or above --fail-on", "1   findings at or above --fail-on\n");
    assertThat(surety("assess", "--help").out())
        .contains("1   findings at or above --fail-on (printed on stderr;");
  }

  /**
   * {@code surety --help lint} (and {@code -h fmt}) is surety's help, with every command: it listed
   * the command named after it as surety's only one.
   */
  @Test
  void helpBeforeACommandListsEveryCommand() {
    String all = surety("--help").out();
    for (String[] args : new String[][] {{"--help", "lint"}, {"-h", "fmt"},
        {"--debug", "--help", "compile", "x.surety"}}) {
      Result r = surety(args);
      assertThat(r.status()).as(r.toString()).isZero();
      assertThat(r.out()).as(String.join(" ", args)).isEqualTo(all)
          .contains("  lint ", "  assess ", "  fmt ", "  compile ", "  diff ", "  explain ",
              "  lsp ");
    }
    // a command's own help is still its own
    assertThat(surety("--debug", "lint", "--help").out()).startsWith("Usage: surety lint ");
  }

  @Test
  void versionComesFromTheBuild() {
    Result r = surety("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("surety \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void noCommandIsBadUsage() {
    Result r = surety();
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("surety: a command is required\ntry 'surety --help'\n");
  }

  @Test
  void unknownOptionIsOneLineAndAHint() {
    Result r = surety("--frobnicate");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: unknown option '--frobnicate'\ntry 'surety --help'\n");
  }

  @Test
  void anUnknownCommandIsBadUsage() {
    Result r = surety("frobnicate", "drafts");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: unknown command 'frobnicate'\ntry 'surety --help'\n");
  }

  @Test
  void aMistypedCommandOrOptionGetsTheNearestNames() {
    Result command = surety("asess", "drafts");
    assertThat(command.status()).isEqualTo(ExitCode.ERROR);
    assertThat(command.err())
        .isEqualTo("surety: unknown command 'asess'; did you mean assess?\ntry 'surety --help'\n");
    Result option = surety("lint", "--formt", "json", "drafts");
    assertThat(option.status()).isEqualTo(ExitCode.ERROR);
    assertThat(option.err()).isEqualTo(
        "surety: unknown option '--formt'; did you mean --format?\ntry 'surety lint --help'\n");
  }

  /**
   * A file whose name begins with - reads as an option; when one exists, the message says how to
   * name it as a path (QA: "missing required parameter: 'PATH'" and "unknown option").
   */
  @Test
  void aFileNamedLikeAnOptionGetsTheWayToNameIt() throws java.io.IOException {
    write("-dash.surety", Drafts.CLEAN);
    write("other.surety", Drafts.CLEAN);
    java.nio.file.Files.createDirectories(work.resolve("-drafts"));

    Result alone = surety("lint", "-dash.surety");
    assertThat(alone.status()).isEqualTo(ExitCode.ERROR);
    assertThat(alone.err()).isEqualTo("surety: unknown option '-dash.surety'; to read the "
        + "file of that name, write `-- -dash.surety` or `./-dash.surety`\n"
        + "try 'surety lint --help'\n");

    Result withOther = surety("lint", "-dash.surety", "other.surety");
    assertThat(withOther.status()).isEqualTo(ExitCode.ERROR);
    assertThat(withOther.err()).isEqualTo("surety: unknown option '-dash.surety'; to read the "
        + "file of that name, write `-- -dash.surety` or `./-dash.surety`\n"
        + "try 'surety lint --help'\n");

    Result directory = surety("fmt", "--check", "-drafts", "other.surety");
    assertThat(directory.err()).startsWith("surety: unknown option '-drafts'; to read the "
        + "directory of that name, write `-- -drafts` or `./-drafts`\n");

    assertThat(surety("lint", "--", "-dash.surety").status()).isEqualTo(ExitCode.OK);
    assertThat(surety("lint", "./-dash.surety", "other.surety").status()).isEqualTo(ExitCode.OK);
    assertThat(surety("lint", "-dahs.surety", "other.surety").err())
        .as("a name that is no file is an unknown option as before")
        .isEqualTo("surety: unknown option '-dahs.surety'\ntry 'surety lint --help'\n");
  }

  @Test
  void helpAsACommandSaysWhereTheHelpIs() {
    Result r = surety("help");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: unknown command 'help'; the help is --help "
        + "(surety --help, surety lint --help)\n");
  }

  /**
   * A command word after an unknown one is not run nor blamed: {@code surety help compile} said
   * that compile's PATH was missing, and {@code surety frobnicate compile} too.
   */
  @Test
  void anUnknownCommandIsNamedRatherThanTheCommandAfterIt() {
    Result help = surety("help", "compile");
    assertThat(help.status()).isEqualTo(ExitCode.ERROR);
    assertThat(help.err()).isEqualTo("surety: unknown command 'help'; the help is --help "
        + "(surety --help, surety lint --help)\ntry 'surety --help'\n");
    Result other = surety("--debug", "frobnicate", "compile");
    assertThat(other.status()).isEqualTo(ExitCode.ERROR);
    assertThat(other.err()).startsWith("surety: unknown command 'frobnicate'\n");
  }

  /**
   * A name that is no path on this system is bad input named in one line, not an internal error:
   * in the POSIX locale, usual in containers, any name with an accent was "internal error:
   * java.nio.file.InvalidPathException".
   */
  @Test
  void aNameThatIsNoPathIsNamedNotAnInternalError() throws java.io.IOException {
    write("clean.surety", Drafts.CLEAN);
    Result out = surety("compile", "--out", "o\0ut", "clean.surety");
    assertThat(out.status()).isEqualTo(ExitCode.ERROR);
    assertThat(out.err()).isEqualTo("surety: o<U+0000>ut: not a path: it holds a NUL character\n");
    Result path = surety("assess", "a\0b.surety");
    assertThat(path.err()).isEqualTo("surety: a<U+0000>b.surety: not a path: it holds a NUL "
        + "character\n");
    stdin = Drafts.CLEAN;
    Result named = surety("assess", "--stdin-filename", "a\0b.surety", "-");
    assertThat(named.err()).as("it was an internal error while checking").isEqualTo(
        "surety: a<U+0000>b.surety: not a path: it holds a NUL character\n");
    assertThat(IoProblems.invalidPath(new java.nio.file.InvalidPathException("d\uFFFD.surety",
        "Malformed input or input contains unmappable characters")))
        .startsWith("d\uFFFD.surety: not a path here: the encoding of file names")
        .endsWith(" cannot spell it; run with a UTF-8 locale, such as LANG=C.UTF-8");
  }

  @Test
  void anUnknownOptionAloneIsNamedRatherThanTheMissingPath() {
    assertThat(surety("lint", "-x").err())
        .isEqualTo("surety: unknown option '-x'; did you mean -h?\ntry 'surety lint --help'\n");
    assertThat(surety("lint", "--formt=json").err())
        .isEqualTo("surety: unknown option '--formt=json'; did you mean --format?\n"
            + "try 'surety lint --help'\n");
    // the value of an option is not an option
    assertThat(surety("lint", "--stdin-filename", "-x.surety").err())
        .startsWith("surety: missing required parameter");
  }

  @Test
  void anOptionGivenTwiceOrTwoOfAGroupAreSaidInWords() throws java.io.IOException {
    write("a.surety", Drafts.CLEAN);
    Result twice = surety("fmt", "--check", "--check", "a.surety");
    assertThat(twice.status()).isEqualTo(ExitCode.ERROR);
    assertThat(twice.err()).isEqualTo(
        "surety: --check is given more than once; give it once\ntry 'surety fmt --help'\n");
    assertThat(surety("lint", "--format", "json", "--format", "text", "a.surety").err())
        .isEqualTo("surety: --format is given more than once; give it once\n"
            + "try 'surety lint --help'\n");
    assertThat(surety("fmt", "--check", "--write", "a.surety").err())
        .startsWith("surety: --check and --write cannot be given together; give one of them\n");
  }

  @Test
  void aWrongSeverityFlagIsAUsageError() throws java.io.IOException {
    write("a.surety", Drafts.CLEAN);
    Result r = surety("lint", "--severity", "SUR999=off", "a.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: --severity: unknown rule code 'SUR999'; did you mean "
        + "SUR109?\ntry 'surety lint --help'\n");
  }

  @Test
  void surplusArgumentsAreNamed() {
    Result r = surety("explain", "SUR101", "extra", "more");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err())
        .isEqualTo("surety: unexpected arguments 'extra', 'more'\ntry 'surety explain --help'\n");
  }

  @Test
  void debugShowsTheStackTraceOfAUsageError() {
    Result r = surety("--debug", "--frobnicate");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).contains("surety: unknown option", "\tat picocli.");
  }

  @Test
  void debugIsAcceptedByEveryCommandAndShowsTheStackTrace() {
    Result r = surety("lint", "--debug", "missing.surety");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).startsWith("surety: missing.surety: no such file or directory\n")
        .contains("dev.surety.cli.CliException", "\tat dev.surety.cli.");
    assertThat(surety("lint", "missing.surety").err()).doesNotContain("\tat ");
  }

  @Test
  void anInternalFailureIsOneLineWithoutDebug() {
    java.io.StringWriter text = new java.io.StringWriter();
    SuretyCli.reportFailure(new IllegalStateException("boom\nsecond line"), false,
        new java.io.PrintWriter(text));
    assertThat(text.toString()).isEqualTo("surety: internal error: java.lang.IllegalStateException:"
        + " boom (run with --debug for details)" + System.lineSeparator());
    java.io.StringWriter debug = new java.io.StringWriter();
    SuretyCli.reportFailure(new IllegalStateException("boom"), true, new java.io.PrintWriter(debug));
    assertThat(debug.toString()).contains("\tat dev.surety.cli.SuretyCliTest");
  }

  @Test
  void anInputWhoseCheckFailedInsideSuretyIsNamedOneLineEach() {
    var failures = java.util.List.of(
        new dev.surety.cli.check.CheckResult.CheckFailure("a.surety", new ArithmeticException("long overflow")),
        new dev.surety.cli.check.CheckResult.CheckFailure("b/c.surety", new IllegalStateException()));
    dev.surety.cli.check.CheckFailedException failed;
    try {
      new dev.surety.cli.check.CheckResult(java.util.List.of(), java.util.Map.of(), 2,
          java.util.List.of(), java.util.List.of(), java.util.List.of(),
          dev.surety.cli.config.FailOn.ERROR, failures, java.util.List.of()).requireNoFailures();
      throw new AssertionError("no failure thrown");
    } catch (dev.surety.cli.check.CheckFailedException e) {
      failed = e;
    }
    java.io.StringWriter text = new java.io.StringWriter();
    SuretyCli.reportFailure(failed, false, new java.io.PrintWriter(text));
    assertThat(text.toString()).isEqualTo(
        "surety: internal error while checking a.surety: java.lang.ArithmeticException: long"
            + " overflow (run with --debug for details)" + System.lineSeparator()
            + "surety: internal error while checking b/c.surety: java.lang.IllegalStateException"
            + " (run with --debug for details)" + System.lineSeparator());
    java.io.StringWriter debug = new java.io.StringWriter();
    SuretyCli.reportFailure(failed, true, new java.io.PrintWriter(debug));
    assertThat(debug.toString()).contains("java.lang.ArithmeticException: long overflow\n\tat ")
        .doesNotContain("run with --debug");
  }

  /**
   * The heap too small for a draft is not a syntax error of it (it was SUR001 "the input could not
   * be compiled: java.lang.OutOfMemoryError" in a file named {@code <input>}, exit 1): one line
   * that names the file and how to give Java more memory, the stack trace only with --debug.
   */
  @Test
  void aDraftTooLargeForTheHeapIsNamedWithHowToRaiseIt() {
    dev.surety.cli.check.CheckFailedException failed;
    try {
      new dev.surety.cli.check.CheckResult(java.util.List.of(), java.util.Map.of(), 2,
          java.util.List.of(), java.util.List.of(), java.util.List.of(),
          dev.surety.cli.config.FailOn.ERROR,
          java.util.List.of(new dev.surety.cli.check.CheckResult.CheckFailure("big.surety",
              new OutOfMemoryError("Java heap space"))),
          java.util.List.of()).requireNoFailures();
      throw new AssertionError("no failure thrown");
    } catch (dev.surety.cli.check.CheckFailedException e) {
      failed = e;
    }
    assertThat(failed).hasMessage("big.surety: could not be checked: out of memory (give Java a"
        + " larger heap, -Xmx2g say)");
    java.io.StringWriter text = new java.io.StringWriter();
    SuretyCli.reportFailure(failed, false, new java.io.PrintWriter(text));
    assertThat(text.toString()).isEqualTo("surety: big.surety: could not be checked: out of memory"
        + " (raise the heap: SURETY_JAVA_OPTS=-Xmx2g, or java -Xmx2g -jar surety.jar)"
        + System.lineSeparator());
    java.io.StringWriter debug = new java.io.StringWriter();
    SuretyCli.reportFailure(failed, true, new java.io.PrintWriter(debug));
    assertThat(debug.toString()).contains("java.lang.OutOfMemoryError: Java heap space\n\tat ");

    java.io.StringWriter elsewhere = new java.io.StringWriter();
    SuretyCli.reportFailure(new OutOfMemoryError("Java heap space"), false,
        new java.io.PrintWriter(elsewhere));
    assertThat(elsewhere.toString()).isEqualTo("surety: out of memory (raise the heap:"
        + " SURETY_JAVA_OPTS=-Xmx2g, or java -Xmx2g -jar surety.jar)" + System.lineSeparator());
  }

  @Test
  void everyCommandIsListedInTheHelp() {
    assertThat(surety("--help").out()).contains("lint", "assess", "compile", "explain");
  }

  @Test
  void subcommandsHaveHelpAndVersionToo() {
    Result help = surety("compile", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("--out", "Exit status:", "1   errors in the drafts; nothing written");
    assertThat(surety("explain", "--version").out()).startsWith("surety ");
  }

  @Test
  void theCommandIsTheFirstArgumentThatIsNotAnOption() {
    assertThat(SuretyCli.commandName(new String[] {"--debug", "lint", "a.surety"})).isEqualTo("lint");
    assertThat(SuretyCli.commandName(new String[] {"--help"})).isEmpty();
    assertThat(SuretyCli.commandName(new String[] {"--", "lint"})).isEmpty();
    assertThat(dev.surety.cli.command.Commands.named("lint"))
        .contains(dev.surety.cli.command.LintCommand.class);
    assertThat(dev.surety.cli.command.Commands.named("frobnicate")).isEmpty();
  }

  @Test
  void everyCommandRunsWhenItIsTheOnlyOneSetUp() {
    // only the command named is given to picocli: each must still parse its own options and
    // print its help, with the same usage as when all are set up
    for (Class<?> command : dev.surety.cli.command.Commands.ALL) {
      String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
      Result alone = surety(name, "--help");
      assertThat(alone.status()).as(name).isZero();
      java.io.StringWriter all = new java.io.StringWriter();
      picocli.CommandLine full = SuretyCli.commandLine(CliEnvironment.system(), false,
          new java.io.PrintWriter(all), new java.io.PrintWriter(new java.io.StringWriter()));
      full.execute(name, "--help");
      assertThat(alone.out()).as(name).isEqualTo(all.toString());
    }
  }
}

package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.CliException;
import dev.surety.cli.StandardInput;
import dev.surety.cli.ExitCode;
import dev.surety.cli.VersionProvider;
import dev.surety.cli.lsp.LspServer;
import dev.surety.cli.lsp.ServerLog;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code surety lsp}: the language server (docs/lsp.md) on standard input and output until the
 * client sends {@code exit}. Standard output is the protocol channel: for as long as the server
 * runs, {@code System.out} points at standard error, so that nothing else (a library's log line,
 * a stray print) can write into the protocol. The exit status is the one the LSP specification
 * asks for: 0 after {@code shutdown}, 1 without.
 */
@Command(
    name = "lsp",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "A Language Server Protocol server on stdin/stdout, for editors.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      "0:the client sent exit after shutdown",
      "1:the client sent exit without shutdown, or closed the input first",
      ExitCode.ERROR_HELP
    })
public final class LspCommand implements Callable<Integer> {

  /** Status 1 of the LSP specification: {@code exit} came without {@code shutdown}. */
  public static final int EXIT_WITHOUT_SHUTDOWN = 1;

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Option(
      names = "--stdio",
      hidden = true,
      description = "Accepted and ignored: standard input and output are the only transport "
          + "(editor clients such as vscode-languageclient pass it).")
  private boolean stdio;

  public LspCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    if (StandardInput.isClosed(environment.stdin())) {
      throw new CliException("cannot read standard input: it is closed (an editor starts"
          + " `surety lsp` with its standard input and output as pipes)");
    }
    PrintStream stdout = System.out;
    System.setOut(System.err);
    boolean debug = Boolean.TRUE.equals(spec.findOption("--debug").getValue());
    try (ServerLog log = ServerLog.install(spec.commandLine().getErr(), debug)) {
      return LspServer.run(environment.stdin(), spec.commandLine().getOut(),
          environment.workingDirectory());
    } finally {
      System.setOut(stdout);
    }
  }
}

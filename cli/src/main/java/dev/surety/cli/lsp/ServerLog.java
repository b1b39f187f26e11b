package dev.surety.cli.lsp;

import dev.surety.cli.SuretyCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The language server's log, for as long as it runs: each record of java.util.logging (the
 * server's own, LSP4J's about a malformed message, a library's warning) as one line on the
 * command's standard error, {@code surety lsp: warning: ...}, naming the exception without its
 * stack trace, which {@code --debug} adds. The editor shows standard error as the server's log; a
 * client that sends garbage gets a line per message, not a page of frames.
 *
 * <p>The root logger's own handlers are set aside while the server runs and given back on {@link
 * #close()}.
 */
public final class ServerLog implements AutoCloseable {

  private final Logger root = Logger.getLogger("");
  private final List<Handler> setAside;
  private final Handler handler;

  private ServerLog(PrintWriter err, boolean debug) {
    setAside = List.of(root.getHandlers());
    setAside.forEach(root::removeHandler);
    handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        if (isLoggable(record) && (debug || !isLateCancel(record))) {
          synchronized (err) {
            err.print(getFormatter().format(record));
            err.flush();
          }
        }
      }

      @Override
      public void flush() {
        err.flush();
      }

      @Override
      public void close() {
        err.flush();
      }
    };
    handler.setLevel(Level.ALL);
    handler.setFormatter(new OneLine(debug));
    root.addHandler(handler);
  }

  /**
   * LSP4J's warning that a {@code $/cancelRequest} named no request in progress. Editors cancel
   * requests whose answer is already on its way (VS Code when the mouse leaves a hover, Neovim at
   * every change), so it came in bursts as the user typed or moved the mouse, and Neovim logs each
   * line of standard error as an error; it is kept for {@code --debug}.
   */
  static boolean isLateCancel(LogRecord record) {
    String message = record.getMessage();
    return message != null && message.startsWith("Unmatched cancel notification for request id")
        && record.getLoggerName() != null
        && record.getLoggerName().startsWith("org.eclipse.lsp4j.jsonrpc");
  }

  /** Starts logging to {@code err}; with {@code debug}, each exception's stack trace too. */
  public static ServerLog install(PrintWriter err, boolean debug) {
    return new ServerLog(err, debug);
  }

  @Override
  public void close() {
    root.removeHandler(handler);
    setAside.forEach(root::addHandler);
  }

  /** {@code surety lsp: error: message (Exception: its first line)}. */
  static final class OneLine extends Formatter {
    private final boolean debug;

    OneLine(boolean debug) {
      this.debug = debug;
    }

    @Override
    public String format(LogRecord record) {
      String message = SuretyCli.firstLine(formatMessage(record));
      StringBuilder line = new StringBuilder("surety lsp: ")
          .append(levelName(record.getLevel()))
          .append(": ").append(message);
      Throwable thrown = record.getThrown();
      if (thrown != null) {
        String cause = SuretyCli.firstLine(thrown.getMessage());
        if (cause.isEmpty() || !message.contains(cause)) {
          line.append(" (").append(thrown.getClass().getSimpleName())
              .append(cause.isEmpty() ? "" : ": " + cause).append(')');
        }
      }
      line.append(System.lineSeparator());
      if (debug && thrown != null) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        line.append(trace);
      }
      return line.toString();
    }

    /** The levels as the command's own messages name them: error, warning, info, debug. */
    private static String levelName(Level level) {
      if (level.intValue() >= Level.SEVERE.intValue()) {
        return "error";
      }
      if (level.intValue() >= Level.WARNING.intValue()) {
        return "warning";
      }
      return level.intValue() >= Level.INFO.intValue() ? "info" : "debug";
    }
  }
}

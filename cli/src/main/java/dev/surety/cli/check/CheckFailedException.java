package dev.surety.cli.check;

import dev.surety.cli.SuretyCli;
import java.util.List;

/**
 * The check of one or more inputs failed inside Surety: a bug, reported as an internal error that
 * names each such input, too little memory for it ({@link OutOfMemoryError}), or an input that
 * could not be read ({@link CheckExecutor.UnreadableInput}), after the findings of the others (as ruff reports "Failed to lint" and
 * goes on). The command line prints one line per input, with {@code --debug} each stack trace;
 * the plugin fails the build.
 */
public final class CheckFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<CheckResult.CheckFailure> failures;

  CheckFailedException(List<CheckResult.CheckFailure> failures) {
    super(lines(failures), failures.get(0).cause());
    this.failures = List.copyOf(failures);
  }

  /** Each input whose check failed, in input order. */
  public List<CheckResult.CheckFailure> failures() {
    return failures;
  }

  /** How to get more memory, where the caller does not know better (the plugin's JVM). */
  public static final String HEAP_HINT = "give Java a larger heap, -Xmx2g say";

  /** One line for one failure: the file and what was thrown. */
  public static String line(CheckResult.CheckFailure failure) {
    return line(failure, HEAP_HINT);
  }

  /**
   * One line for one failure; {@code heapHint} says how to give Java more memory when the heap
   * ran out, which is not a bug but a draft too large for it.
   */
  public static String line(CheckResult.CheckFailure failure, String heapHint) {
    if (failure.cause() instanceof CheckExecutor.UnreadableInput unreadable) {
      return failure.file() + ": " + unreadable.getMessage();
    }
    if (failure.cause() instanceof OutOfMemoryError) {
      return failure.file() + ": could not be checked: out of memory (" + heapHint + ")";
    }
    return "internal error while checking " + failure.file() + ": " + what(failure.cause());
  }

  /** What was thrown, in one line: its class and the first line of its message. */
  public static String what(Throwable t) {
    return t.getMessage() == null ? t.getClass().getName()
        : t.getClass().getName() + ": " + SuretyCli.firstLine(t.getMessage());
  }

  private static String lines(List<CheckResult.CheckFailure> failures) {
    StringBuilder out = new StringBuilder();
    for (CheckResult.CheckFailure f : failures) {
      out.append(out.length() == 0 ? "" : "\n").append(line(f));
    }
    return out.toString();
  }
}

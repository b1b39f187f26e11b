package dev.surety.cli;

import dev.surety.cli.format.TerminalText;
import dev.surety.dsl.IoReasons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Turns I/O failures into the one line that CLI.md asks for: the path, then the problem, in the
 * words of {@link IoReasons}, which the compiler's SUR002 uses too.
 */
public final class IoProblems {

  private IoProblems() {}

  /** {@code PATH: problem}, with the path as the user wrote it where we know it. */
  public static CliException failure(Path path, IOException e) {
    return new CliException(TerminalText.name(path.toString()) + ": " + describe(e), e);
  }

  public static CliException failure(Path path, UncheckedIOException e) {
    return failure(path, e.getCause());
  }

  /** The problem in a few words, without the path (the caller puts the path first). */
  public static String describe(IOException e) {
    return IoReasons.describe(e);
  }
}

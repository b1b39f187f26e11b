package dev.surety.cli;

import dev.surety.cli.format.TerminalText;
import dev.surety.dsl.IoReasons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
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

  /**
   * Why the symbolic link {@code link} leads to no file, in a few words: it points nowhere ({@code
   * broken symbolic link}), or round to itself ({@code symbolic link loop}, as {@link IoReasons}
   * says it), which is not broken and is mended another way.
   */
  public static String unresolvedLink(Path link) {
    try {
      link.toRealPath();
      return "broken symbolic link"; // it came back since it was looked at
    } catch (NoSuchFileException e) {
      return "broken symbolic link";
    } catch (IOException e) {
      return describe(e); // a loop is "symbolic link loop" (IoReasons.isLinkLoop)
    }
  }

  /**
   * {@code NAME: problem} for a name given as a path that is none here: one with a NUL, or one
   * that the encoding of file names cannot spell. The JVM takes that encoding from the locale, so
   * in the POSIX locale ({@code LANG=C}, usual in containers and CI) a name with an accent is
   * refused, and the way out is a UTF-8 locale.
   */
  public static String invalidPath(InvalidPathException e) {
    String name = TerminalText.name(e.getInput());
    if (e.getInput().indexOf('\0') >= 0) {
      return name + ": not a path: it holds a NUL character";
    }
    String encoding = System.getProperty("sun.jnu.encoding", "");
    return name + ": not a path here: the encoding of file names"
        + (encoding.isEmpty() ? "" : " (" + encoding + ")")
        + " cannot spell it; run with a UTF-8 locale, such as LANG=C.UTF-8";
  }

  /**
   * Why {@code path}, which exists, cannot be the directory it was given as ({@link
   * IoReasons#notADirectory}: {@code is a character device, not a directory}).
   */
  public static String notADirectory(Path path) {
    return IoReasons.notADirectory(path);
  }

  /** The problem in a few words, without the path (the caller puts the path first). */
  public static String describe(IOException e) {
    return IoReasons.describe(e);
  }
}

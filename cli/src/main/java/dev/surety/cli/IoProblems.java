package dev.surety.cli;

import dev.surety.cli.format.TerminalText;
import dev.surety.dsl.IoReasons;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

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
   * Why {@code path}, which exists, cannot be the directory it was given as, naming what it is:
   * {@code is a file, not a directory}, {@code is a character device, not a directory} ({@code
   * /dev/full}, {@code /dev/null}), a block device, a FIFO or a socket; {@code is not a directory}
   * when what it is cannot be told. The one wording of that message, for {@code compile --out},
   * {@code --root} and the Maven plugin's directories: "is a file" was said of a device.
   */
  public static String notADirectory(Path path) {
    String kind = kind(path);
    return kind == null ? "is not a directory" : "is " + kind + ", not a directory";
  }

  /** The mask of the file type in a Unix mode, and the types other than file and directory. */
  private static final int TYPE = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  /** What {@code path} is, through its links, with an article ({@code a file}); null if unknown. */
  private static String kind(Path path) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (attributes.isRegularFile()) {
      return "a file";
    }
    if (attributes.isDirectory()) {
      return "a directory";
    }
    Object mode;
    try {
      mode = Files.getAttribute(path, "unix:mode"); // Linux and macOS; not Windows
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (!(mode instanceof Integer bits)) {
      return null;
    }
    return switch (bits & TYPE) {
      case CHARACTER_DEVICE -> "a character device";
      case BLOCK_DEVICE -> "a block device";
      case FIFO -> "a FIFO";
      case SOCKET -> "a socket";
      default -> null;
    };
  }

  /** The problem in a few words, without the path (the caller puts the path first). */
  public static String describe(IOException e) {
    return IoReasons.describe(e);
  }
}

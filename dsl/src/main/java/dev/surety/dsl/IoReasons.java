package dev.surety.dsl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Why a file could not be read or written, in a few words and without the path ({@code permission
 * denied}, {@code is a directory}), which the caller names first: the one wording of the
 * compiler's SUR002 ("cannot read secret.surety: permission denied") and of the command line's
 * one-line errors, which use it through {@code IoProblems}.
 */
public final class IoReasons {

  private IoReasons() {}

  /**
   * Why {@code path}, which exists, cannot be the directory it was given as, naming what it is:
   * {@code is a file, not a directory}, {@code is a character device, not a directory} ({@code
   * /dev/full}, {@code /dev/null}), a block device, a FIFO or a socket; {@code is not a directory}
   * when what it is cannot be told. The one wording of that message, for {@code compile --out},
   * {@code --root}, the Maven plugin's directories and a compiler's root: "is a file" was said of
   * a device.
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
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException denied) {
      // the operating system gives no reason; Surety's own refusals (AtomicFiles) give one
      return denied.getReason() == null ? "permission denied"
          : "permission denied (" + denied.getReason() + ")";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "directory not empty";
    }
    if (isLinkLoop(e)) {
      return "symbolic link loop";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    // NIO messages often repeat the path: keep the reason only ("/a/b: Is a directory" -> ...)
    int colon = message.lastIndexOf(": ");
    String reason = colon >= 0 ? message.substring(colon + 2) : message;
    return reason.isBlank() ? message : lowerFirst(reason);
  }

  /**
   * Whether {@code e} says that symbolic links lead round to themselves: a walk's {@link
   * FileSystemLoopException}, or the operating system's ELOOP ({@code Too many levels of symbolic
   * links}), which the JDK gives as a plain {@link FileSystemException}.
   */
  public static boolean isLinkLoop(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return true;
    }
    return e instanceof FileSystemException f && f.getReason() != null
        && f.getReason().startsWith("Too many levels of symbolic links");
  }

  /**
   * As {@link #describe(IOException)}, for whatever reading a file threw: the cause of an {@link
   * UncheckedIOException}, else the message of the exception (its class when it has none).
   */
  public static String describe(Exception e) {
    if (e instanceof IOException io) {
      return describe(io);
    }
    if (e instanceof UncheckedIOException unchecked) {
      return describe(unchecked.getCause());
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0))
        && !Character.isUpperCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}

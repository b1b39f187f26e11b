package dev.surety.cli;

import dev.surety.cli.format.TerminalText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Turns I/O failures into the one line that CLI.md asks for: the path, then the problem. */
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
    if (e instanceof FileSystemLoopException) {
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

  private static String lowerFirst(String text) {
    if (text.length() > 1 && Character.isUpperCase(text.charAt(0))
        && !Character.isUpperCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}

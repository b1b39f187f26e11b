package dev.surety.cli;

/**
 * A failure that stops a command with exit status 2 and one line on stderr: a missing or
 * unreadable path, a malformed configuration, an unwritable output. The message is that line,
 * without the {@code surety: } prefix; it names the path or value and the problem.
 */
public class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}

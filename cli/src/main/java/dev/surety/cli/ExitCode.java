package dev.surety.cli;

/**
 * The exit statuses of CLI.md, in one place (as PMD's {@code CliExitCode}). Every command returns
 * one of these; never a count, which would wrap at 256.
 */
public final class ExitCode {

  /** Nothing at or above {@code --fail-on}; the command did its work. */
  public static final int OK = 0;

  /** Findings at or above {@code --fail-on} ({@code compile}: errors, nothing written). */
  public static final int FINDINGS = 1;

  /** The command could not do its work: bad usage, an unreadable path, an internal failure. */
  public static final int ERROR = 2;

  /*
   * The lines of --help's "Exit status" section (picocli's key:description). Each command's help
   * says what its statuses mean for it, in its own @Command: lint and assess share the lines of
   * --fail-on below, the others (compile, fmt, diff, explain, lsp) write their own, and surety
   * --help its general ones. Status 2 means the same for every command.
   */

  /** Status 0 of the commands with {@code --fail-on} ({@code lint}, {@code assess}). */
  public static final String OK_HELP = "0:nothing at or above --fail-on";

  /** Status 1 of the commands with {@code --fail-on} ({@code lint}, {@code assess}). */
  public static final String FINDINGS_HELP = "1:findings at or above --fail-on";

  /** Status 2, the same for every command. */
  public static final String ERROR_HELP =
      "2:the command could not do its work: bad usage, an unreadable path, an internal failure";

  public static final String HEADING = "%nExit status:%n";

  private ExitCode() {}
}

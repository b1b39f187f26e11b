package dev.surety.cli;

import dev.surety.cli.compile.AtomicFiles;
import java.io.Console;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a run of the CLI takes from the process around it: the working directory, the environment
 * variables, standard input, whether standard output is a terminal, and the disk that written
 * files reach. Tests pass their own, so that no test depends on the JVM's working directory,
 * environment or console, and so that a test can make the disk fail.
 */
public record CliEnvironment(
    Path workingDirectory, Map<String, String> variables, InputStream stdin, boolean stdoutIsTerminal,
    AtomicFiles.Sink disk) {

  public CliEnvironment {
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
    variables = Map.copyOf(variables);
    disk = disk == null ? AtomicFiles.DISK : disk;
  }

  /** With the real disk. */
  public CliEnvironment(
      Path workingDirectory, Map<String, String> variables, InputStream stdin,
      boolean stdoutIsTerminal) {
    this(workingDirectory, variables, stdin, stdoutIsTerminal, AtomicFiles.DISK);
  }

  /** The same environment, writing through {@code disk}. */
  public CliEnvironment withDisk(AtomicFiles.Sink disk) {
    return new CliEnvironment(workingDirectory, variables, stdin, stdoutIsTerminal, disk);
  }

  /**
   * The real process: its working directory, {@code System.getenv()}, {@code System.in} (refused
   * if the process was started with it closed: {@link StandardInput}).
   */
  public static CliEnvironment system() {
    return new CliEnvironment(
        Path.of("").toAbsolutePath(), System.getenv(), StandardInput.system(), isTerminal());
  }

  /**
   * Whether standard output is a terminal: {@code System.console() != null} on Java 17 to 21; from
   * Java 22 on, where a console may exist without a terminal, {@code Console.isTerminal()}.
   */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // before Java 22: a console exists only for a terminal
    }
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  /** A path as the user wrote it, made absolute against the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }
}

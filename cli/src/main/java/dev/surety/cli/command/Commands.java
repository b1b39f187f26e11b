package dev.surety.cli.command;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code surety}, in the order that {@code --help} lists them: one class each.
 *
 * <p>Every subcommand of CLI.md is here; a new one is added to this list, and {@code --help} and
 * docs/cli.md list it.
 */
public final class Commands {

  public static final List<Class<?>> ALL =
      List.of(LintCommand.class, AssessCommand.class, FmtCommand.class, CompileCommand.class,
          DiffCommand.class, ExplainCommand.class, LspCommand.class);

  /** The commands that check drafts, and so validate them. */
  public static final Set<Class<?>> CHECKING =
      Set.of(LintCommand.class, AssessCommand.class, CompileCommand.class, LspCommand.class);

  private Commands() {}

  /** The command called {@code name}, as its {@code @Command} annotation names it. */
  public static Optional<Class<?>> named(String name) {
    for (Class<?> command : ALL) {
      if (command.getAnnotation(Command.class).name().equals(name)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }
}

package dev.surety.cli.command;

import java.util.List;

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

  private Commands() {}
}

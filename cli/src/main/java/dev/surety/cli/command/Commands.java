package dev.surety.cli.command;

import java.util.List;

/**
 * The subcommands of {@code surety}, in the order that {@code --help} lists them: one class each.
 *
 * <p>CLI.md also names {@code fmt}, {@code diff} and {@code lsp}. They are added to this list when
 * they exist; until then they are absent (picocli then answers "Unknown subcommand" with exit
 * status 2), rather than present and pretending to work.
 */
public final class Commands {

  public static final List<Class<?>> ALL =
      List.of(LintCommand.class, AssessCommand.class, CompileCommand.class, ExplainCommand.class);

  private Commands() {}
}

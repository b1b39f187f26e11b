package dev.surety.cli.lsp;

import dev.surety.dsl.format.FormatResult;
import dev.surety.dsl.format.SuretyFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;

/**
 * Document formatting: the formatter of {@code surety fmt} on the editor's text, answered as one
 * edit that replaces the whole document (its end in UTF-16 units, through {@link PositionMapper}).
 * No edit when the text is already in the canonical layout, and none when it has syntax errors:
 * the formatter does not format those, and the errors are in the document's diagnostics already.
 * The client's formatting options (tab size, spaces) are not used: the layout is the language's
 * (LANGUAGE.md section 6), the same in every editor and in CI.
 */
final class Formatting {

  private static final SuretyFormatter FORMATTER = SuretyFormatter.create();

  private Formatting() {}

  /**
   * The edit that formats {@code text}, or none. A text the formatter leaves as it is for a reason
   * no published finding shows ({@link FormatResult#leftAsItIs()}) is said to the user through
   * {@code tell}; one with syntax errors is not (its errors are shown already).
   */
  static List<TextEdit> format(String text, String fileName, Consumer<String> tell) {
    FormatResult result = FORMATTER.format(text, fileName);
    if (result.formatted().isEmpty()) {
      SuretyLanguageServer.LOG.fine(() -> "not formatted (" + result.diagnostics().size()
          + " diagnostics): " + fileName);
      result.leftAsItIs().ifPresent(d -> tell.accept("Surety: " + fileName + ":" + d.range().start().line()
              + ": " + d.message() + d.help().map(h -> "; " + h).orElse("")));
      return List.of();
    }
    if (!result.changes(text)) {
      return List.of();
    }
    Range whole = new Range(new Position(0, 0), new PositionMapper(text).end());
    return List.of(new TextEdit(whole, result.formatted().get()));
  }
}

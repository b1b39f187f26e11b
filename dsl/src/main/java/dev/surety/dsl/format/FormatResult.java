package dev.surety.dsl.format;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of formatting one text.
 *
 * @param formatted the text in the canonical layout; empty when the text has syntax errors (or,
 *     never expected, when the formatter could not guarantee a lossless result)
 * @param diagnostics why {@code formatted} is empty: the SUR001 diagnostics of the text; empty
 *     when formatting succeeded
 */
public record FormatResult(Optional<String> formatted, List<Diagnostic> diagnostics) {

  public FormatResult {
    Objects.requireNonNull(formatted, "formatted");
    diagnostics = List.copyOf(diagnostics);
  }

  static FormatResult ok(String text) {
    return new FormatResult(Optional.of(text), List.of());
  }

  static FormatResult failed(List<Diagnostic> diagnostics) {
    return new FormatResult(Optional.empty(), diagnostics);
  }

  /**
   * Why a text with no syntax error was still left as it is (a {@code surety:disable-next-line}
   * covering a line with two statements), if that is why there is no formatted text: no published
   * finding shows it, so an editor should say it.
   */
  public Optional<Diagnostic> leftAsItIs() {
    return diagnostics.stream()
        .filter(d -> d.message().startsWith(SuretyFormatter.LEFT_AS_IT_IS))
        .findFirst();
  }

  /** Whether the formatted text differs from {@code source} (false when there is none). */
  public boolean changes(String source) {
    return formatted.isPresent() && !formatted.get().equals(source);
  }
}

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
 * @param read the text as the compiler read it, the one the diagnostics' lines and columns count
 *     in, to show their lines: without a byte-order mark, a carriage return alone read as a line
 *     feed, bytes that are not UTF-8 as U+FFFD (the compilation's {@code sources()} hold the same)
 */
public record FormatResult(Optional<String> formatted, List<Diagnostic> diagnostics, String read) {

  public FormatResult {
    Objects.requireNonNull(formatted, "formatted");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(read, "read");
  }

  static FormatResult ok(String text, String read) {
    return new FormatResult(Optional.of(text), List.of(), read);
  }

  static FormatResult failed(List<Diagnostic> diagnostics, String read) {
    return new FormatResult(Optional.empty(), diagnostics, read);
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

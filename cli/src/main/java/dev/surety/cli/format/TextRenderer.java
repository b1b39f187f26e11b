package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * The {@code text} format, for people: each finding as a caret snippet (the one function that
 * draws it is {@link #renderFinding}, in the manner of cel-java's {@code
 * CelIssue.toDisplayString}), followed by a blank line, then the summary line.
 *
 * <pre>
 * error[SUR201]: US makes a military commitment that Congress never has to approve
 *   --&gt; drafts/us-guarantee.surety:12:5
 *    |
 * 12 |     US backstop: air defence, intelligence; on attack.
 *    |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *    = help: add `; requires Congress ratification` to the commitment
 *    = note: drafts/parties.surety:3:1: Congress is declared here
 *
 * 1 errors, 0 warnings, 0 infos in 3 files
 * </pre>
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>The gutter is as wide as the finding's line number (rustc's layout); the {@code -->}, the
 *       empty gutter, {@code = help} and {@code = note} lines are indented to match.
 *   <li>Carets count code points, one caret per code point of the range, as columns do. A range
 *       that spans lines is underlined to the end of its first line; an empty range gets one
 *       caret. Wide (East Asian) characters take two cells on a terminal, so carets under them
 *       drift; we keep one caret per code point so they can be counted against the column.
 *   <li>The source line is printed one code point for one code point: a tab as one space, other
 *       control and format characters (bidi overrides, zero-width characters) as U+FFFD.
 *   <li>Without the file's text (not in {@link LintReport#sources()}) or with a line out of range,
 *       the snippet is left out; with an unknown position the {@code -->} line names the file
 *       alone; with no file either it is left out.
 *   <li>Related locations are {@code = note: file:line:col: message} lines after the help.
 *   <li>The summary line is always {@code N errors, N warnings, N infos in N files}, in the plural
 *       whatever N (CLI.md's shape, so scripts can match it with one pattern).
 *   <li>Colour (only when {@link LintReport#color()}): bold red error, bold yellow warning, bold
 *       cyan info (the header's severity and code, and the carets), bold blue gutter, bold
 *       message.
 * </ul>
 */
public final class TextRenderer implements FindingRenderer {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String BLUE = "\u001b[1;34m";

  /** The finding's snippet ({@link #renderFinding}) and the blank line after it. */
  @Override
  public String finding(Diagnostic d, Optional<List<String>> lines, boolean color) {
    return renderFinding(d, lines, color) + "\n";
  }

  @Override
  public String closing(LintReport report) {
    return summary(report) + "\n";
  }

  /** The closing line: {@code N errors, N warnings, N infos in N files}. */
  public static String summary(LintReport report) {
    return report.count(Severity.ERROR)
        + " errors, "
        + report.count(Severity.WARNING)
        + " warnings, "
        + report.count(Severity.INFO)
        + " infos in "
        + report.fileCount()
        + " files";
  }

  /**
   * One finding with its snippet, every line ending with a newline.
   *
   * @param lines the lines of the finding's file, when its text is known
   */
  static String renderFinding(Diagnostic d, Optional<List<String>> lines, boolean color) {
    Paint paint = new Paint(color);
    String severityColor = severityColor(d.severity());
    SourceRange range = d.range();
    StringBuilder out = new StringBuilder();
    out.append(paint.of(severityColor, d.severity().spelling() + "[" + d.code() + "]"))
        .append(paint.of(BOLD, ": " + d.message()))
        .append('\n');

    int width = range.isKnown() ? Integer.toString(range.start().line()).length() : 1;
    String pad = " ".repeat(width);
    String location = Texts.location(range);
    if (!location.isEmpty()) {
      out.append(pad).append(paint.of(BLUE, "-->")).append(' ').append(location).append('\n');
    }
    Optional<String> line =
        range.isKnown()
            ? lines.flatMap(l -> Texts.line(l, range.start().line()))
            : Optional.empty();
    if (line.isPresent()) {
      String text = Texts.displayLine(line.get());
      out.append(pad).append(' ').append(paint.of(BLUE, "|")).append('\n');
      out.append(paint.of(BLUE, range.start().line() + " |"));
      if (!text.isEmpty()) {
        out.append(' ').append(text);
      }
      out.append('\n');
      int start = Math.max(1, range.start().column());
      int lineLength = text.codePointCount(0, text.length());
      int end = range.end().line() == range.start().line() ? range.end().column() : lineLength + 1;
      int carets = Math.max(1, end - start);
      out.append(pad)
          .append(' ')
          .append(paint.of(BLUE, "|"))
          .append(' ')
          .append(" ".repeat(start - 1))
          .append(paint.of(severityColor, "^".repeat(carets)))
          .append('\n');
    }
    if (d.help().isPresent()) {
      out.append(pad).append(' ').append(paint.of(BLUE, "="));
      out.append(" help: ").append(d.help().get()).append('\n');
    }
    for (RelatedLocation related : d.related()) {
      String where = Texts.location(related.range());
      out.append(pad).append(' ').append(paint.of(BLUE, "="));
      out.append(" note: ")
          .append(where.isEmpty() ? "" : where + ": ")
          .append(related.message())
          .append('\n');
    }
    return out.toString();
  }

  private static String severityColor(Severity severity) {
    switch (severity) {
      case ERROR:
        return "\u001b[1;31m";
      case WARNING:
        return "\u001b[1;33m";
      default:
        return "\u001b[1;36m";
    }
  }

  /** ANSI colour, or nothing. */
  private static final class Paint {
    private final boolean on;

    Paint(boolean on) {
      this.on = on;
    }

    String of(String code, String text) {
      return on ? code + text + RESET : text;
    }
  }
}

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
 *   <li>The line and its carets are laid out in terminal cells ({@link Texts#cells}): a wide
 *       (East Asian) character takes two cells and gets two carets, a combining mark none (it
 *       joins the character before it), every other character one. A range that spans lines is
 *       underlined to the end of its first line; an empty range gets one caret.
 *   <li>A line wider than {@link LineWindow#MAX_CELLS} cells is shown as a window around the
 *       range, with {@code ...} where it is cut (rustc's layout; {@link LineWindow}): a draft's
 *       line of 100,000 characters is not printed whole, twice over with its carets.
 *   <li>Nothing from a draft reaches the terminal raw: in the source line a tab is one space and
 *       every other control, format or separator character (ESC, bidi overrides, zero-width
 *       characters) is written {@code <U+001B>}, its carets as wide; in messages, help, notes and
 *       file names the same, a line break or tab in a message being one space ({@link
 *       Texts#terminalSafe}).
 *   <li>Without the file's text (not in {@link LintReport#sources()}) or with a line or a column
 *       out of range (a binary file's SUR001: its text is not read), the snippet is left out; with an unknown position the {@code -->} line names the file
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
  public void finding(Diagnostic d, LineIndex line, boolean color, StringBuilder out) {
    appendFinding(d, line, color, out);
    out.append('\n');
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
    StringBuilder out = new StringBuilder(256);
    appendFinding(d, LineCursor.shown(d, lines), color, out);
    return out.toString();
  }

  /**
   * {@link #renderFinding}, appended to {@code out}: piece by piece, since a large corpus has
   * hundreds of thousands of findings and the command line's compiler (C1) keeps every
   * intermediate string a concatenation would make.
   *
   * @param shown the line the finding starts on, or null when its file's text is not known or
   *     has no such line
   */
  private static void appendFinding(Diagnostic d, LineIndex shown, boolean color,
      StringBuilder out) {
    String severityColor = color ? severityColor(d.severity()) : null;
    SourceRange range = d.range();
    paintOn(out, severityColor);
    out.append(d.severity().spelling()).append('[').append(d.code()).append(']');
    paintOff(out, severityColor);
    paintOn(out, color ? BOLD : null);
    out.append(": ").append(Texts.terminalSafe(d.message(), Texts.Quoted.MESSAGE));
    paintOff(out, color ? BOLD : null);
    out.append('\n');

    String blue = color ? BLUE : null;
    int width = range.isKnown() ? digits(range.startLine()) : 1;
    if (Texts.hasLocation(range)) {
      repeat(out, ' ', width);
      paintOn(out, blue);
      out.append("-->");
      paintOff(out, blue);
      out.append(' ');
      Texts.appendLocation(range, out);
      out.append('\n');
    }
    LineIndex line = range.isKnown() ? shown : null;
    if (line != null && range.startColumn() > line.codePoints + 1) {
      // the text known is not the one the finding is in (a binary file, whose text is not read):
      // no line with carets under nothing
      line = null;
    }
    if (line != null) {
      LineWindow window = LineWindow.of(line, range.startColumn(), range.endColumn(),
          range.endLine() != range.startLine());
      gutter(out, width, blue, '|');
      out.append('\n');
      paintOn(out, blue);
      out.append(range.startLine()).append(" |");
      paintOff(out, blue);
      if (!window.text.isEmpty()) {
        out.append(' ').append(window.text);
      }
      out.append('\n');
      gutter(out, width, blue, '|');
      out.append(' ');
      repeat(out, ' ', window.indent);
      paintOn(out, severityColor);
      repeat(out, '^', window.carets);
      paintOff(out, severityColor);
      if (window.rangeCut) {
        out.append(LineWindow.CUT);
      }
      out.append('\n');
    }
    Optional<String> help = d.help();
    if (help.isPresent()) {
      gutter(out, width, blue, '=');
      out.append(" help: ").append(Texts.terminalSafe(help.get(), Texts.Quoted.MESSAGE))
          .append('\n');
    }
    for (RelatedLocation related : d.related()) {
      gutter(out, width, blue, '=');
      out.append(" note: ");
      if (Texts.hasLocation(related.range())) {
        Texts.appendLocation(related.range(), out);
        out.append(": ");
      }
      out.append(Texts.terminalSafe(related.message(), Texts.Quoted.MESSAGE)).append('\n');
    }
  }

  /** The number of decimal digits of a line number (a known range's lines start at 1). */
  private static int digits(int line) {
    int digits = 1;
    for (int rest = line; rest >= 10; rest /= 10) {
      digits++;
    }
    return digits;
  }

  /** A snippet line's gutter: as wide as the line number, then {@code mark} ({@code |}, {@code =}). */
  private static void gutter(StringBuilder out, int width, String blue, char mark) {
    repeat(out, ' ', width);
    out.append(' ');
    paintOn(out, blue);
    out.append(mark);
    paintOff(out, blue);
  }

  private static void repeat(StringBuilder out, char c, int times) {
    for (int i = 0; i < times; i++) {
      out.append(c);
    }
  }

  /** ANSI colour: the code before a painted text, when there is colour. */
  private static void paintOn(StringBuilder out, String code) {
    if (code != null) {
      out.append(code);
    }
  }

  /** ANSI colour: the reset after a painted text, when there is colour. */
  private static void paintOff(StringBuilder out, String code) {
    if (code != null) {
      out.append(RESET);
    }
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
}

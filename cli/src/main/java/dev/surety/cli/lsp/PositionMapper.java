package dev.surety.cli.lsp;

import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import java.util.Arrays;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The only place where positions change units. The model counts 1-based lines and 1-based columns
 * in Unicode code points (end exclusive); LSP counts 0-based lines and 0-based columns in UTF-16
 * code units. A character outside the Basic Multilingual Plane (an emoji) is one column in the
 * model and two in LSP; Cyrillic is one in both.
 *
 * <p>One mapper holds one text, the text as the editor has it. Lines end at {@code \n}, {@code
 * \r\n} or a lone {@code \r} (the line end belongs to no column), as the compiler and LSP count
 * them. The compiler drops a leading
 * byte-order mark before it counts columns, so on the first line of a text that starts with one,
 * model column 1 is the character after the mark.
 */
public final class PositionMapper {

  private static final char BOM = '\uFEFF';

  private final String text;
  /** UTF-16 offset at which each line starts. */
  private final int[] lineStarts;

  private final boolean bom;

  public PositionMapper(String text) {
    this.text = text == null ? "" : text;
    this.bom = !this.text.isEmpty() && this.text.charAt(0) == BOM;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    for (int i = 0; i < this.text.length(); i++) {
      char c = this.text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == this.text.length() || this.text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  // ---- the two conversions of a column on one line -----------------------------------------

  /**
   * The UTF-16 column (0-based) of the code-point column {@code codePoints} (0-based) on a line;
   * past the end of the line, the line's length.
   */
  public static int utf16Column(CharSequence line, int codePoints) {
    int units = 0;
    for (int cp = 0; cp < codePoints && units < line.length(); cp++) {
      units += Character.isHighSurrogate(line.charAt(units))
              && units + 1 < line.length()
              && Character.isLowSurrogate(line.charAt(units + 1))
          ? 2
          : 1;
    }
    return units;
  }

  /**
   * The code-point column (0-based) of the UTF-16 column {@code units} (0-based) on a line; a
   * column between the two halves of a surrogate pair counts as the start of that character; past
   * the end of the line, the line's length in code points.
   */
  public static int codePointColumn(CharSequence line, int units) {
    int end = Math.max(0, Math.min(units, line.length()));
    int codePoints = 0;
    int i = 0;
    while (i < end) {
      boolean pair = Character.isHighSurrogate(line.charAt(i))
          && i + 1 < line.length()
          && Character.isLowSurrogate(line.charAt(i + 1));
      if (pair && i + 1 == end) {
        break; // in the middle of the pair: round down to the character's start
      }
      i += pair ? 2 : 1;
      codePoints++;
    }
    return codePoints;
  }

  // ---- whole positions ------------------------------------------------------------------------

  /** The LSP position of a model position; an unknown position ({@code 0:0}) is the file's start. */
  public Position toLsp(SourcePosition position) {
    if (position.line() <= 0) {
      return new Position(0, 0);
    }
    int line = Math.min(position.line() - 1, lineStarts.length - 1);
    if (position.line() - 1 > line) {
      return new Position(line, lineText(line).length()); // beyond the text: its end
    }
    String content = lineText(line);
    int skip = line == 0 && bom ? 1 : 0;
    int column = skip + utf16Column(content.substring(skip), Math.max(0, position.column() - 1));
    return new Position(line, column);
  }

  public Range toLsp(SourceRange range) {
    return new Range(toLsp(range.start()), toLsp(range.end()));
  }

  /** The model position (1-based, code points) of an LSP position, clamped to the text. */
  public SourcePosition toModel(Position position) {
    position = withinText(position);
    int line = clampLine(position.getLine());
    String content = lineText(line);
    int skip = line == 0 && bom ? 1 : 0;
    int units = Math.max(0, Math.min(position.getCharacter(), content.length()) - skip);
    return SourcePosition.of(line + 1, 1 + codePointColumn(content.substring(skip), units));
  }

  /**
   * The UTF-16 offset into the text of an LSP position, clamped to its line; a column between the
   * two halves of a surrogate pair is the start of that character, so no offset splits one.
   */
  public int offset(Position position) {
    position = withinText(position);
    int line = clampLine(position.getLine());
    String content = lineText(line);
    int column = Math.max(0, Math.min(position.getCharacter(), content.length()));
    if (column > 0 && column < content.length() && Character.isHighSurrogate(content.charAt(column - 1))
        && Character.isLowSurrogate(content.charAt(column))) {
      column--;
    }
    return lineStarts[line] + column;
  }

  /**
   * The text with {@code range} replaced by {@code newText}, as an editor applies an incremental
   * change: each end is read as {@link #offset(Position)} reads it (clamped to its line and to the
   * text, never inside a surrogate pair); a range whose end comes before its start is taken from
   * the earlier position to the later.
   */
  public String replace(Range range, String newText) {
    int from = offset(range.getStart());
    int to = offset(range.getEnd());
    if (to < from) {
      int swap = from;
      from = to;
      to = swap;
    }
    return text.substring(0, from) + (newText == null ? "" : newText) + text.substring(to);
  }

  /** The UTF-16 offset into the text of a model position. */
  public int offset(SourcePosition position) {
    return offset(toLsp(position));
  }

  /** The LSP position of a UTF-16 offset into the text. */
  public Position positionAt(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int line = Arrays.binarySearch(lineStarts, clamped);
    if (line < 0) {
      line = -line - 2;
    }
    return new Position(line, clamped - lineStarts[line]);
  }

  /** The text of a line (0-based) without its line break ({@code \n}, {@code \r\n} or {@code \r}). */
  public String lineText(int line) {
    int l = clampLine(line);
    int start = lineStarts[l];
    int end = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : text.length();
    if (end > start && text.charAt(end - 1) == '\r') {
      end--;
    }
    return text.substring(start, end);
  }

  /** The LSP position just after the last character. */
  public Position end() {
    return positionAt(text.length());
  }

  /** The position itself, or the text's end for a line past the end of the text. */
  private Position withinText(Position position) {
    return position.getLine() >= lineStarts.length ? end() : position;
  }

  private int clampLine(int line) {
    return Math.max(0, Math.min(line, lineStarts.length - 1));
  }
}

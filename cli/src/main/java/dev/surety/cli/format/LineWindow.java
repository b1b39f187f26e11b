package dev.surety.cli.format;

/**
 * What the {@code text} format shows of a finding's line, and where its carets go, counted in the
 * cells a terminal gives each character ({@link Texts#cells}).
 *
 * <p>A line that fits in {@link #MAX_CELLS} cells is shown whole. A longer one is shown as rustc
 * shows it: a window of at most {@link #MAX_CELLS} cells around the range, with {@code ...} where
 * the line is cut on either side. A range that fits in the window is centred in it (the window
 * pushed against the line's start or end when it is near one); a longer range is shown from its
 * start, after up to {@link #CONTEXT} cells of what precedes it, its carets run to the window's
 * right edge and {@code ...} follows them. The window is cut between characters only: a wide
 * character is never halved, and combining marks stay with the character they follow.
 *
 * <p>A line is scanned once for all the findings on it ({@link LineIndex}); each finding then
 * costs what is around its range, and prints at most {@link #MAX_CELLS} cells of the line.
 */
final class LineWindow {

  /** The most cells of a line shown, without the {@code ...} on either side. */
  static final int MAX_CELLS = 120;

  /** The cells of context shown before a range too long for the window. */
  static final int CONTEXT = 16;

  /** What marks a cut: in the line where text is left out, after the carets of a cut range. */
  static final String CUT = "...";

  /** What is printed after the gutter ({@code N | }): the window of the line, made safe. */
  final String text;

  /** The cells before the first caret. */
  final int indent;

  /** The carets: one per cell of the range within the window, at least one. */
  final int carets;

  /** Whether the range goes on past the window's right edge ({@code ...} after the carets). */
  final boolean rangeCut;

  private LineWindow(String text, int indent, int carets, boolean rangeCut) {
    this.text = text;
    this.indent = indent;
    this.carets = carets;
    this.rangeCut = rangeCut;
  }

  /**
   * The window of {@code line} for a range from {@code startColumn} to {@code endColumn}
   * (exclusive), columns counting code points from 1; columns past the line's end count one cell
   * each (a finding at the end of a file points one past its last character).
   *
   * @param toLineEnd whether the range goes on to a later line: it is underlined to the end of
   *     this one, {@code endColumn} ignored
   */
  static LineWindow of(String line, int startColumn, int endColumn, boolean toLineEnd) {
    return of(LineIndex.of(line), startColumn, endColumn, toLineEnd);
  }

  /**
   * {@link #of(String, int, int, boolean)} for a line indexed once for all the findings on it: the
   * range's ends are found from the marks before them, and the window cut from the mark before
   * it, so nothing of the line before the window is scanned again.
   */
  static LineWindow of(LineIndex index, int startColumn, int endColumn, boolean toLineEnd) {
    String line = index.line;
    int n = line.length();
    int cells = index.cells;
    int column = index.codePoints + 1; // the column just past the line's end
    int start = Math.max(1, startColumn);
    int end = toLineEnd ? Integer.MAX_VALUE : endColumn;
    int startIndex;
    int startCell;
    if (start <= column) {
      long at = index.locate(start);
      startIndex = (int) (at >>> 32);
      startCell = (int) at;
    } else { // the range starts past the line's end
      startIndex = n;
      startCell = cells + (start - column);
    }
    int endCell;
    if (!toLineEnd && end <= start) { // an empty range (or one ending before it starts)
      endCell = startCell;
    } else if (end <= column) {
      endCell = (int) index.locate(end);
    } else { // the range ends past the line's end, or goes on to the next line
      endCell = toLineEnd ? cells : Math.max(cells, startCell) + Math.max(0, end - Math.max(column, start));
    }
    int rangeEnd = Math.max(endCell, startCell + 1); // an empty range gets one caret

    if (cells <= MAX_CELLS) {
      return new LineWindow(Texts.displayLine(line), startCell, rangeEnd - startCell, false);
    }
    int extent = Math.max(cells, rangeEnd);
    int left;
    if (rangeEnd - startCell <= MAX_CELLS) {
      left = startCell - (MAX_CELLS - (rangeEnd - startCell)) / 2;
      left = Math.max(0, Math.min(left, extent - MAX_CELLS));
    } else {
      left = Math.max(0, startCell - CONTEXT);
    }
    int right = left + MAX_CELLS;

    // Cut between characters: from the first that starts at or after `left` (not a combining mark
    // that would join the `...`, unless the range starts there), to the last that ends at or
    // before `right`, with the combining marks that follow it.
    // The scan starts at the last mark before `left` (and not after the range's start): every
    // character before it starts before `left`, so a scan from the line's start would pass it.
    int mark = index.lastMarkBefore(left,
        start <= column ? (start - 1) / LineIndex.STEP : index.marks() - 1);
    int from = index.charAt(mark);
    int fromCell = index.cellAt(mark);
    while (from < n && from < startIndex) {
      int cp = line.codePointAt(from);
      int w = Texts.cells(cp);
      if (fromCell >= left && (w > 0 || from == 0)) {
        break;
      }
      fromCell += w;
      from += Character.charCount(cp);
    }
    int to = from;
    int toCell = fromCell;
    while (to < n) {
      int cp = line.codePointAt(to);
      int w = Texts.cells(cp);
      if (toCell + w > right) {
        break;
      }
      toCell += w;
      to += Character.charCount(cp);
    }
    StringBuilder text = new StringBuilder(MAX_CELLS + 2 * CUT.length());
    boolean cutLeft = from > 0;
    boolean cutRight = to < n;
    if (cutLeft) {
      text.append(CUT);
    }
    Texts.appendDisplay(line, from, to, text);
    if (cutRight) {
      text.append(CUT);
    }
    int indent = (cutLeft ? CUT.length() : 0) + startCell - fromCell;
    int caretEnd = cutRight ? Math.min(rangeEnd, toCell) : rangeEnd;
    int carets = Math.max(1, caretEnd - startCell);
    return new LineWindow(text.toString(), indent, carets, cutRight && rangeEnd > toCell);
  }
}

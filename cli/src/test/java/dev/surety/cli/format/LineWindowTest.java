package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LineWindow} over an indexed line ({@link LineIndex}) shows what it showed when it scanned
 * the whole line for each finding: that scan is kept here as the reference, and lines of every kind
 * of character (wide, astral, combining, escaped, tabs), short and long, across and on the index's
 * marks, are shown both ways.
 */
class LineWindowTest {

  private static final String[] PIECES = {
      "a", "b", " ", "x", "\t", "国", "\u0301", "\uD83D\uDE00", "\uD835\uDC00", "\u001b",
      "\u202E", "\u05B8", "Рада", "\uDB40\uDC01", "\u3000"};

  @Test
  void anIndexedLineShowsWhatAWholeScanShowed() {
    Random random = new Random(42);
    for (int lineNo = 0; lineNo < 400; lineNo++) {
      String line = randomLine(random, lineNo);
      LineIndex index = LineIndex.of(line);
      int codePoints = line.codePointCount(0, line.length());
      assertThat(index.codePoints).isEqualTo(codePoints);
      for (int f = 0; f < 60; f++) {
        int start = random.nextInt(codePoints + 8) - 1;
        int end = random.nextInt(4) == 0 ? random.nextInt(codePoints + 8)
            : start + random.nextInt(random.nextBoolean() ? 8 : 400);
        boolean toLineEnd = random.nextInt(5) == 0;
        assertThat(shown(LineWindow.of(index, start, end, toLineEnd)))
            .as("line %d (%d code points), %d to %d%s", lineNo, codePoints, start, end,
                toLineEnd ? " and on" : "")
            .isEqualTo(reference(line, start, end, toLineEnd));
      }
    }
  }

  @Test
  void theColumnsOnAndAroundTheMarksAreFound() {
    // a line of exactly two steps, then one a code point longer and one shorter, all astral
    for (int length : new int[] {2 * LineIndex.STEP - 1, 2 * LineIndex.STEP, 2 * LineIndex.STEP + 1}) {
      String line = "\uD83D\uDE00".repeat(length);
      LineIndex index = LineIndex.of(line);
      for (int column = 1; column <= length + 3; column++) {
        assertThat(shown(LineWindow.of(index, column, column + 1, false)))
            .as("length %d, column %d", length, column)
            .isEqualTo(reference(line, column, column + 1, false));
      }
    }
  }

  /** Lines of 0 to some 3,000 code points; every fourth of one kind of character mostly. */
  private static String randomLine(Random random, int lineNo) {
    int pieces = lineNo % 7 == 0 ? random.nextInt(20) : random.nextInt(3000);
    StringBuilder line = new StringBuilder();
    String usual = PIECES[random.nextInt(PIECES.length)];
    for (int i = 0; i < pieces; i++) {
      line.append(lineNo % 4 == 0 && random.nextInt(10) > 0 ? usual
          : PIECES[random.nextInt(PIECES.length)]);
    }
    return line.toString();
  }

  private static String shown(LineWindow window) {
    return shown(window.text, window.indent, window.carets, window.rangeCut);
  }

  private static String shown(String text, int indent, int carets, boolean rangeCut) {
    return text + "|" + indent + "|" + carets + "|" + rangeCut;
  }

  /** The window as it was found before lines were indexed: a scan of the whole line each time. */
  private static String reference(String line, int startColumn, int endColumn, boolean toLineEnd) {
    int n = line.length();
    int start = Math.max(1, startColumn);
    // One pass: the char index and cell of the range's start and end, and the line's cells.
    int startIndex = -1;
    int startCell = 0;
    boolean endFound = false;
    int endCell = 0;
    int cells = 0;
    int column = 1;
    int end = toLineEnd ? Integer.MAX_VALUE : endColumn;
    for (int i = 0; i <= n; column++) {
      if (column == start) {
        startIndex = i;
        startCell = cells;
      }
      if (column == end && startIndex >= 0) {
        endFound = true;
        endCell = cells;
      }
      if (i == n) {
        break;
      }
      int cp = line.codePointAt(i);
      cells += Texts.cells(cp);
      i += Character.charCount(cp);
    }
    if (startIndex < 0) { // the range starts past the line's end
      startIndex = n;
      startCell = cells + (start - column);
    }
    if (!toLineEnd && end <= start) { // an empty range (or one ending before it starts)
      endCell = startCell;
    } else if (!endFound) { // the range ends past the line's end, or goes on to the next line
      endCell = toLineEnd ? cells : Math.max(cells, startCell) + Math.max(0, end - Math.max(column, start));
    }
    int rangeEnd = Math.max(endCell, startCell + 1); // an empty range gets one caret

    if (cells <= LineWindow.MAX_CELLS) {
      return shown(Texts.displayLine(line), startCell, rangeEnd - startCell, false);
    }
    int extent = Math.max(cells, rangeEnd);
    int left;
    if (rangeEnd - startCell <= LineWindow.MAX_CELLS) {
      left = startCell - (LineWindow.MAX_CELLS - (rangeEnd - startCell)) / 2;
      left = Math.max(0, Math.min(left, extent - LineWindow.MAX_CELLS));
    } else {
      left = Math.max(0, startCell - LineWindow.CONTEXT);
    }
    int right = left + LineWindow.MAX_CELLS;

    // Cut between characters: from the first that starts at or after `left` (not a combining mark
    // that would join the `...`, unless the range starts there), to the last that ends at or
    // before `right`, with the combining marks that follow it.
    int from = 0;
    int fromCell = 0;
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
    StringBuilder text = new StringBuilder(LineWindow.MAX_CELLS + 2 * LineWindow.CUT.length());
    boolean cutLeft = from > 0;
    boolean cutRight = to < n;
    if (cutLeft) {
      text.append(LineWindow.CUT);
    }
    Texts.appendDisplay(line, from, to, text);
    if (cutRight) {
      text.append(LineWindow.CUT);
    }
    int indent = (cutLeft ? LineWindow.CUT.length() : 0) + startCell - fromCell;
    int caretEnd = cutRight ? Math.min(rangeEnd, toCell) : rangeEnd;
    int carets = Math.max(1, caretEnd - startCell);
    return shown(text.toString(), indent, carets, cutRight && rangeEnd > toCell);
  }
}

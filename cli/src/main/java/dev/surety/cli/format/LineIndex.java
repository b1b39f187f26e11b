package dev.surety.cli.format;

/**
 * A line a finding is shown on, indexed once for all the findings on it: its code points and
 * cells ({@link Texts#cells}), and every {@link #STEP} code points the char index and the cells
 * before it. {@link LineWindow} finds a column from the nearest mark before it, so a finding's
 * snippet costs at most a few hundred code points of its line, however long the line: a draft of
 * one line of a megabyte with thousands of findings on it was rendered in time proportional to
 * the findings times the line (a pass over the line, two in the {@code text} format, for each).
 */
public final class LineIndex {

  /** The code points between two marks. */
  static final int STEP = 256;

  /** The line. */
  final String line;

  /** Its code points: the column just past its end is one more. */
  final int codePoints;

  /** Its cells. */
  final int cells;

  /** Mark {@code k} (from 1; mark 0 is the line's start): the char index of code point
   * {@code k * STEP}. */
  private final int[] charAt;

  /** Mark {@code k}: the cells before code point {@code k * STEP}. */
  private final int[] cellAt;

  private LineIndex(String line, int codePoints, int cells, int[] charAt, int[] cellAt) {
    this.line = line;
    this.codePoints = codePoints;
    this.cells = cells;
    this.charAt = charAt;
    this.cellAt = cellAt;
  }

  /** {@code line} indexed: one pass over it. */
  static LineIndex of(String line) {
    int n = line.length();
    int[] charAt = n >= STEP ? new int[n / STEP + 1] : null; // at most one code point per char
    int[] cellAt = charAt == null ? null : new int[charAt.length];
    int cells = 0;
    int count = 0;
    for (int i = 0; i < n; count++) {
      if (count % STEP == 0 && count > 0) {
        charAt[count / STEP] = i;
        cellAt[count / STEP] = cells;
      }
      int cp = line.codePointAt(i);
      cells += Texts.cells(cp);
      i += Character.charCount(cp);
    }
    if (count % STEP == 0 && count > 0) { // a mark at the line's end
      charAt[count / STEP] = n;
      cellAt[count / STEP] = cells;
    }
    return new LineIndex(line, count, cells, charAt, cellAt);
  }

  /** The marks: mark 0 and one for every {@link #STEP} code points of the line. */
  int marks() {
    return codePoints / STEP + 1;
  }

  /** The char index of mark {@code k}. */
  int charAt(int k) {
    return k == 0 ? 0 : charAt[k];
  }

  /** The cells before mark {@code k}. */
  int cellAt(int k) {
    return k == 0 ? 0 : cellAt[k];
  }

  /**
   * Where {@code column} (from 1, at most {@link #codePoints} + 1) is: its char index in the high
   * 32 bits, the cells before it in the low.
   */
  long locate(int column) {
    int point = column - 1;
    int k = point / STEP;
    int i = charAt(k);
    int cell = cellAt(k);
    for (int p = k * STEP; p < point; p++) {
      int cp = line.codePointAt(i);
      cell += Texts.cells(cp);
      i += Character.charCount(cp);
    }
    return ((long) i << 32) | cell;
  }

  /** The last mark, up to mark {@code most}, with fewer than {@code cells} cells before it. */
  int lastMarkBefore(int cells, int most) {
    int lo = 0; // cellAt(0) == 0: the answer when no mark after it qualifies
    int hi = most;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (cellAt(mid) < cells) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}

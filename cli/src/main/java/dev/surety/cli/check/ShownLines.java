package dev.surety.cli.check;

import java.util.BitSet;

/**
 * The text of a file as far as a report of findings shows it: the lines its findings start on,
 * every other line left empty, so that line numbers still count as in the file ({@code lint}
 * prints a finding's first line under it, and nothing else of the file). A large corpus's
 * findings are kept until all of it is checked, so that they can be printed in order; its whole
 * text with them was a third of the memory and of the collector's work (BENCHMARKS.md).
 *
 * <p>Lines are split at {@code \n}, each keeping any {@code \r} before it, as the renderers split
 * them.
 */
final class ShownLines {

  private ShownLines() {}

  /** {@code text} with every line whose number (from 1) is not in {@code shown} emptied. */
  static String keep(String text, BitSet shown) {
    StringBuilder kept = new StringBuilder(Math.min(text.length(), 64 * shown.cardinality() + 64));
    int start = 0;
    int number = 1;
    while (true) {
      int lf = text.indexOf('\n', start);
      int end = lf < 0 ? text.length() : lf;
      if (shown.get(number)) {
        kept.append(text, start, end);
      }
      if (lf < 0) {
        return kept.toString();
      }
      kept.append('\n');
      start = lf + 1;
      number++;
    }
  }

  /**
   * Two such texts of one file (from two reports that read it: an included file) as one: each
   * line as whichever of them kept it. Should the file have changed between the two reads, the
   * lines of the longer text are kept where the other has none.
   */
  static String union(String a, String b) {
    if (a.equals(b)) {
      return a;
    }
    StringBuilder both = new StringBuilder(Math.max(a.length(), b.length()));
    int i = 0;
    int j = 0;
    while (i <= a.length() || j <= b.length()) {
      int ai = i > a.length() ? -1 : lineEnd(a, i);
      int bj = j > b.length() ? -1 : lineEnd(b, j);
      if (ai >= 0 && ai > i) {
        both.append(a, i, ai);
      } else if (bj >= 0) {
        both.append(b, j, bj);
      }
      boolean more = (ai >= 0 && ai < a.length()) || (bj >= 0 && bj < b.length());
      i = ai < 0 ? i : ai + 1;
      j = bj < 0 ? j : bj + 1;
      if (!more) {
        return both.toString();
      }
      both.append('\n');
    }
    return both.toString();
  }

  private static int lineEnd(String text, int from) {
    int lf = text.indexOf('\n', from);
    return lf < 0 ? text.length() : lf;
  }
}

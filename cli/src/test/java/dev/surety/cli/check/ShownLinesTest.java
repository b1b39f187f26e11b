package dev.surety.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** A file's text as far as its findings show it: their lines, the others empty. */
class ShownLinesTest {

  private static BitSet lines(int... numbers) {
    BitSet set = new BitSet();
    for (int n : numbers) {
      set.set(n);
    }
    return set;
  }

  @Test
  void keepsTheShownLinesWhereTheyWere() {
    String text = "party US.\r\nparty UA.\r\narrangement \"A\" {\r\n}\r\n";
    assertThat(ShownLines.keep(text, lines(2, 4))).isEqualTo("\nparty UA.\r\n\n}\r\n");
    assertThat(ShownLines.keep(text, lines())).isEqualTo("\n\n\n\n");
    assertThat(ShownLines.keep(text, lines(1, 2, 3, 4, 5))).isEqualTo(text);
    assertThat(ShownLines.keep("no newline", lines(1))).isEqualTo("no newline");
    assertThat(ShownLines.keep("", lines(1))).isEmpty();
    // a line past the end is no line
    assertThat(ShownLines.keep("a\nb", lines(9))).isEqualTo("\n");
  }

  @Test
  void twoReadsOfOneFileShowTheLinesOfBoth() {
    String text = "one\ntwo\nthree\nfour\n";
    String first = ShownLines.keep(text, lines(1, 3));
    String second = ShownLines.keep(text, lines(3, 4));
    assertThat(ShownLines.union(first, second)).isEqualTo("one\n\nthree\nfour\n");
    assertThat(ShownLines.union(second, first)).isEqualTo("one\n\nthree\nfour\n");
    assertThat(ShownLines.union(first, first)).isSameAs(first);
    assertThat(ShownLines.union(ShownLines.keep(text, lines(1, 2, 3, 4)), second)).isEqualTo(text);
  }

  @Test
  void aFileThatChangedBetweenTwoReadsKeepsTheLinesOfEither() {
    assertThat(ShownLines.union("a\n\nc", "\nb")).isEqualTo("a\nb\nc");
    assertThat(ShownLines.union("x", "\n\n\nlast")).isEqualTo("x\n\n\nlast");
    assertThat(ShownLines.union("", "")).isEmpty();
  }
}

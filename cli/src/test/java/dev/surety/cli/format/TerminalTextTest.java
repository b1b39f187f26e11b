package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TerminalTextTest {

  /** Characters a report may hold: plain text, controls, escapes, bidi overrides, emoji, CR, LF. */
  private static final String[] PIECES = {
    "Big", " ", "\n", "\r\n", "\r", "\t", "\u001b[31m", "\u202e", "\u200b", "é", "\uD83D\uDEE1",
    "\u0007", "\u2028", "US backstop", "\u00a0", "\u0085", ""
  };

  @Test
  void safeLinesWritesWhatSafeGivesForTheWholeTextHoweverItIsAppended() throws IOException {
    SplittableRandom random = new SplittableRandom(20261203L);
    for (int round = 0; round < 500; round++) {
      StringBuilder whole = new StringBuilder();
      int pieces = random.nextInt(40);
      for (int i = 0; i < pieces; i++) {
        whole.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = whole.toString();
      StringBuilder out = new StringBuilder();
      TerminalText.SafeLines lines = TerminalText.safeLines(out);
      int at = 0;
      while (at < text.length()) {
        // chunks of any length, a surrogate pair split between two of them included
        int end = Math.min(text.length(), at + 1 + random.nextInt(6));
        switch (random.nextInt(3)) {
          case 0 -> lines.append(text.substring(at, end));
          case 1 -> lines.append("<<" + text + ">>", at + 2, end + 2);
          default -> {
            for (int i = at; i < end; i++) {
              lines.append(text.charAt(i));
            }
          }
        }
        at = end;
      }
      lines.finish();
      assertThat(out.toString()).as("%s", text).isEqualTo(TerminalText.safe(text));
    }
  }

  @Test
  void safeLinesWritesEachLineAsItEnds() throws IOException {
    StringBuilder out = new StringBuilder();
    TerminalText.SafeLines lines = TerminalText.safeLines(out);
    lines.append("Big\u001b[2J\nsec");
    assertThat(out.toString()).isEqualTo("Big<U+001B>[2J\n");
    lines.append("ond");
    lines.finish();
    assertThat(out.toString()).isEqualTo("Big<U+001B>[2J\nsecond");
  }
}

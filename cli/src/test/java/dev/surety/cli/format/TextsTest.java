package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A source line made safe to print: one code point for one code point. */
class TextsTest {

  @Test
  void aLineOfPrintableAsciiIsPrintedAsItIs() {
    String line = "  US backstop: air defence, intelligence; on attack.";
    assertThat(Texts.displayLine(line)).isSameAs(line);
    assertThat(Texts.displayLine("")).isEmpty();
  }

  @Test
  void tabsBecomeSpacesAndControlAndFormatCharactersBecomeReplacementCharacters() {
    assertThat(Texts.displayLine("\ta\u0000b\u007fc\u202Ed\u200De\u001b[31m"))
        .isEqualTo(" a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD[31m");
  }

  @Test
  void otherCharactersAreKeptOneForOne() {
    String line = "party UA \"Україна\" 🇺🇦 \uD800 ~";
    assertThat(Texts.displayLine(line)).isEqualTo(line);
    assertThat(Texts.displayLine("ok\t\uD83D\uDE00\t"))
        .isEqualTo("ok \uD83D\uDE00 ");
  }
}

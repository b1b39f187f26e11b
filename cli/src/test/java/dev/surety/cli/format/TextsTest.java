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
  void tabsBecomeSpacesAndControlFormatAndSeparatorCharactersAreEscaped() {
    assertThat(Texts.displayLine("\ta\u0000b\u007fc\u202Ed\u200De\u001b[31m\u2028\u0085\uDB40\uDC01"))
        .isEqualTo(" a<U+0000>b<U+007F>c<U+202E>d<U+200D>e<U+001B>[31m<U+2028><U+0085><U+E0001>");
  }

  @Test
  void messagesAndNamesAreMadeSafeForATerminal() {
    assertThat(Texts.terminalSafe("plain `text`", Texts.Quoted.MESSAGE)).isEqualTo("plain `text`");
    assertThat(Texts.terminalSafe("a\r\nb\nc\rd\te\u001bf\u202Eg", Texts.Quoted.MESSAGE))
        .isEqualTo("a b c d e<U+001B>f<U+202E>g");
    // in a file name a line break or tab is escaped, not a space: "a b" is another file
    assertThat(Texts.terminalSafe("a\nb\tc\u001b.surety", Texts.Quoted.NAME))
        .isEqualTo("a<U+000A>b<U+0009>c<U+001B>.surety");
  }

  @Test
  void cellsAreWhatATerminalShows() {
    assertThat(Texts.cells('a')).isEqualTo(1);
    assertThat(Texts.cells('\t')).isEqualTo(1);
    assertThat(Texts.cells('\u001b')).isEqualTo(8);
    assertThat(Texts.cells(0xE0001)).isEqualTo(9);
    assertThat(Texts.cells('\u0301')).isZero(); // combining acute
    assertThat(Texts.cells('\u05B8')).isZero(); // Hebrew point
    assertThat(Texts.cells('国')).isEqualTo(2);
    assertThat(Texts.cells('\uAC00')).isEqualTo(2); // Hangul syllable
    assertThat(Texts.cells('\uFF21')).isEqualTo(2); // fullwidth A
    assertThat(Texts.cells(0x1F600)).isEqualTo(2); // emoji
    assertThat(Texts.cells(0x20000)).isEqualTo(2); // CJK extension B
    assertThat(Texts.cells(0x1D400)).isEqualTo(1); // mathematical bold A
    assertThat(Texts.cells('Я')).isEqualTo(1);
    assertThat(Texts.cells('\u05D0')).isEqualTo(1);
  }

  @Test
  void otherCharactersAreKeptOneForOne() {
    String line = "party UA \"Україна\" 🇺🇦 \uD800 ~";
    assertThat(Texts.displayLine(line)).isEqualTo(line);
    assertThat(Texts.displayLine("ok\t\uD83D\uDE00\t"))
        .isEqualTo("ok \uD83D\uDE00 ");
  }
}

package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

class PositionMapperTest {

  // "🛡" (U+1F6E1) is two UTF-16 units and one code point; Cyrillic letters are one of each.
  private static final String TEXT = "party UA \"Україна\".\n"
      + "US backstop: \"дрони 🛡🛰\", air defence; to UA.\r\n"
      + "\n"
      + "🇺🇦 UA";

  private final PositionMapper mapper = new PositionMapper(TEXT);

  @Test
  void cyrillicColumnsAreTheSameInBothUnits() {
    // `.` after "Україна" is code point column 19 (1-based) and UTF-16 column 18 (0-based)
    assertThat(mapper.toLsp(SourcePosition.of(1, 19))).isEqualTo(new Position(0, 18));
    assertThat(mapper.toModel(new Position(0, 18))).isEqualTo(SourcePosition.of(1, 19));
  }

  @Test
  void emojiCountTwiceInUtf16() {
    String line = "US backstop: \"дрони 🛡🛰\", air defence; to UA.";
    int utf16 = line.indexOf("UA");
    int codePoints = line.codePointCount(0, utf16);
    assertThat(utf16 - codePoints).isEqualTo(2);
    SourcePosition model = SourcePosition.of(2, codePoints + 1);
    assertThat(mapper.toLsp(model)).isEqualTo(new Position(1, utf16));
    assertThat(mapper.toModel(new Position(1, utf16))).isEqualTo(model);
  }

  @Test
  void aRangeConvertsBothEnds() {
    String line = "US backstop: \"дрони 🛡🛰\", air defence; to UA.";
    SourceRange commitment = SourceRange.of("f", 2, 1, 2, line.codePointCount(0, line.length()) + 1);
    assertThat(mapper.toLsp(commitment))
        .isEqualTo(new Range(new Position(1, 0), new Position(1, line.length())));
  }

  @Test
  void flagsAreTwoCodePoints() {
    // 🇺🇦 is two regional indicators: two code points, four UTF-16 units
    assertThat(mapper.toLsp(SourcePosition.of(4, 4))).isEqualTo(new Position(3, 5));
    assertThat(mapper.toModel(new Position(3, 5))).isEqualTo(SourcePosition.of(4, 4));
  }

  @Test
  void aColumnInsideASurrogatePairRoundsDownToTheCharacter() {
    assertThat(PositionMapper.codePointColumn("a🛡b", 2)).isEqualTo(1);
    assertThat(PositionMapper.codePointColumn("a🛡b", 3)).isEqualTo(2);
    assertThat(PositionMapper.utf16Column("a🛡b", 2)).isEqualTo(3);
  }

  @Test
  void everyColumnRoundTrips() {
    for (int line = 0; line < mapper.lineCount(); line++) {
      String content = mapper.lineText(line);
      int length = content.codePointCount(0, content.length());
      for (int column = 1; column <= length + 1; column++) {
        SourcePosition model = SourcePosition.of(line + 1, column);
        assertThat(mapper.toModel(mapper.toLsp(model))).isEqualTo(model);
      }
    }
  }

  @Test
  void crlfAndPositionsBeyondTheTextAreClamped() {
    assertThat(mapper.lineText(1)).endsWith("UA.");
    assertThat(mapper.toLsp(SourcePosition.of(2, 500)).getCharacter())
        .isEqualTo(mapper.lineText(1).length());
    assertThat(mapper.toLsp(SourcePosition.of(99, 1))).isEqualTo(mapper.end());
    assertThat(mapper.toLsp(SourcePosition.NONE)).isEqualTo(new Position(0, 0));
    assertThat(mapper.toModel(new Position(99, 99)))
        .isEqualTo(SourcePosition.of(4, 1 + "🇺🇦 UA".codePointCount(0, "🇺🇦 UA".length())));
  }

  @Test
  void aLinePastTheEndOfTheTextIsItsEndWhateverTheCharacter() {
    PositionMapper m = new PositionMapper("party UA \"U\".\nparty US \"S\".");
    assertThat(m.toModel(new Position(5, 0))).isEqualTo(SourcePosition.of(2, 14));
    assertThat(m.offset(new Position(2, 3))).isEqualTo(m.text().length());
  }

  @Test
  void aLoneCarriageReturnEndsALineAsTheCompilerCountsIt() {
    PositionMapper cr = new PositionMapper("party UA \"U\".\rparty US \"S\"\r\nx");
    assertThat(cr.lineCount()).isEqualTo(3);
    assertThat(cr.lineText(0)).isEqualTo("party UA \"U\".");
    assertThat(cr.lineText(1)).isEqualTo("party US \"S\"");
    assertThat(cr.toLsp(SourcePosition.of(2, 7))).isEqualTo(new Position(1, 6));
    assertThat(cr.positionAt(cr.text().indexOf('x'))).isEqualTo(new Position(2, 0));
  }

  @Test
  void unicodeLineSeparatorsAreSpacesNotLineEndsAsTheCompilerCountsThem() {
    // U+2028, U+2029 and NEL separate tokens (the lexer's WS) but end no line, in the compiler as
    // here and in LSP's own positions
    String text = "party UA \"U\".\u2028party US \"S\".\u0085party PL \"P\".\u2029\nparty FR \"F\".";
    PositionMapper separators = new PositionMapper(text);
    assertThat(separators.lineCount()).isEqualTo(2);
    var compiled = dev.surety.dsl.SuretyCompiler.create().compile(text, "s.surety");
    assertThat(compiled.diagnostics()).isEmpty();
    var parties = compiled.files().get(0).parties();
    assertThat(parties).extracting(p -> separators.toLsp(p.range().start())).containsExactly(
        new Position(0, 0), new Position(0, 14), new Position(0, 28), new Position(1, 0));
    assertThat(parties).extracting(p -> separators.offset(separators.toLsp(p.range().start())))
        .containsExactly(0, text.indexOf("party US"), text.indexOf("party PL"),
            text.indexOf("party FR"));
  }

  @Test
  void offsetsAndPositionsAgree() {
    int offset = TEXT.indexOf("air defence");
    Position position = mapper.positionAt(offset);
    assertThat(mapper.offset(position)).isEqualTo(offset);
    assertThat(position.getLine()).isEqualTo(1);
  }

  @Test
  void aByteOrderMarkIsNotAColumn() {
    // the compiler drops a leading BOM before it counts columns
    PositionMapper withBom = new PositionMapper("\uFEFFparty UA \"Україна\".");
    assertThat(withBom.toLsp(SourcePosition.of(1, 1))).isEqualTo(new Position(0, 1));
    assertThat(withBom.toModel(new Position(0, 7))).isEqualTo(SourcePosition.of(1, 7));
  }
  static Range range(int l1, int c1, int l2, int c2) {
    return new Range(new Position(l1, c1), new Position(l2, c2));
  }

  @Test
  void aChangeReplacesItsRangeAsAnEditorAppliesIt() {
    PositionMapper crlf = new PositionMapper("party UA \"U\".\r\nparty US \"S\".\r\n");
    assertThat(crlf.replace(range(1, 6, 1, 8), "PL")).isEqualTo("party UA \"U\".\r\nparty PL \"S\".\r\n");
    // a character past the end of its line is the line's end, before its `\r\n`
    assertThat(crlf.replace(range(0, 13, 0, 99), " // x")).isEqualTo(
        "party UA \"U\". // x\r\nparty US \"S\".\r\n");
    // a line past the end of the text is its end
    assertThat(crlf.replace(range(7, 0, 9, 4), "x")).endsWith("\r\nx");
    // everything deleted, and an empty text written to
    assertThat(crlf.replace(range(0, 0, 99, 0), "")).isEmpty();
    assertThat(new PositionMapper("").replace(range(3, 3, 3, 3), "party")).isEqualTo("party");
    // reversed ends: from the earlier to the later
    assertThat(crlf.replace(range(1, 8, 1, 6), "PL")).contains("party PL \"S\".");
  }

  @Test
  void noChangeSplitsASurrogatePair() {
    PositionMapper emoji = new PositionMapper("a🛡b");
    // column 2 is between the halves of 🛡: the start of that character
    assertThat(emoji.offset(new Position(0, 2))).isEqualTo(1);
    // an end there is too: what a change covers is whole characters, never one half of 🛡
    assertThat(emoji.replace(range(0, 2, 0, 3), "x")).isEqualTo("axb");
    assertThat(emoji.replace(range(0, 1, 0, 2), "")).isEqualTo("a🛡b");
    assertThat(emoji.replace(range(0, 2, 0, 2), "x")).isEqualTo("ax🛡b");
  }
}

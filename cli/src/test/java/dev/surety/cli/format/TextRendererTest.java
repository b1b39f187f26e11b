package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourceRange;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextRendererTest {

  private static Diagnostic at(SourceRange range) {
    return Diagnostic.builder()
        .code("SUR111")
        .name("unknown-term")
        .severity(Severity.WARNING)
        .message("m")
        .range(range)
        .build();
  }

  private static String render(String line, SourceRange range) {
    return TextRenderer.renderFinding(
        at(range), Optional.of(Texts.lines(line)), false);
  }

  @Test
  void caretsCountCodePointsUnderCyrillicAndAstralText() {
    // "Рада" starts at column 5; the emoji before it is one code point but two UTF-16 units
    String out = render("\uD83D\uDEE1 x Рада.", SourceRange.of("f", 1, 5, 1, 9));
    assertThat(out).contains("1 | \uD83D\uDEE1 x Рада.\n  |     ^^^^\n");
  }

  @Test
  void aTabIsOneSpaceAndHiddenCharactersAreShown() {
    String out = render("\tab\u202Ecd", SourceRange.of("f", 1, 2, 1, 6));
    assertThat(out).contains("1 |  ab<U+202E>cd\n  |  ^^^^^^^^^^^\n");
  }

  @Test
  void aMultiLineRangeIsUnderlinedToTheEndOfItsFirstLine() {
    String out = render("abc\ndef", SourceRange.of("f", 1, 2, 2, 2));
    assertThat(out).contains("1 | abc\n  |  ^^\n");
  }

  @Test
  void anEmptyRangeGetsOneCaret() {
    String out = render("abc", SourceRange.of("f", 1, 4, 1, 4));
    assertThat(out).contains("  |    ^\n");
  }

  @Test
  void theGutterFitsTheLineNumber() {
    String text = "x\n".repeat(120);
    String out = render(text, SourceRange.of("f", 104, 1, 104, 2));
    assertThat(out).contains("   --> f:104:1\n    |\n104 | x\n    | ^\n");
  }

  @Test
  void wideCharactersGetTwoCellsAndCombiningMarksNone() {
    // 国 is two cells on a terminal; é written as e and U+0301 is one; 😀 (astral, wide) two;
    // 𝐀 (astral, narrow) one: the carets land under BAD each time
    assertThat(render("国 BAD", SourceRange.of("f", 1, 3, 1, 6)))
        .contains("1 | 国 BAD\n  |    ^^^\n");
    assertThat(render("e\u0301e\u0301 BAD", SourceRange.of("f", 1, 6, 1, 9)))
        .contains("1 | e\u0301e\u0301 BAD\n  |    ^^^\n");
    assertThat(render("\uD83D\uDE00\uD835\uDC00 BAD", SourceRange.of("f", 1, 4, 1, 7)))
        .contains("1 | \uD83D\uDE00\uD835\uDC00 BAD\n  |     ^^^\n");
    // a range over wide characters gets a caret for each cell
    assertThat(render("x 国国 y", SourceRange.of("f", 1, 3, 1, 5)))
        .contains("1 | x 国国 y\n  |   ^^^^\n");
  }

  @Test
  void aLongLineIsShownAsAWindowAroundTheRange() {
    String line = "a".repeat(200) + "BAD" + "b".repeat(200);
    String out = render(line, SourceRange.of("f", 1, 201, 1, 204));
    assertThat(out).contains("1 | ..." + "a".repeat(58) + "BAD" + "b".repeat(59) + "...\n"
        + "  | " + " ".repeat(61) + "^^^\n");
  }

  @Test
  void aRangeLongerThanTheWindowIsShownByItsStart() {
    // SUR003's range: the whole of a line over maxLineLength
    String out = render("x".repeat(100_025), SourceRange.of("f", 1, 1, 1, 100_026));
    assertThat(out).isEqualTo("warning[SUR111]: m\n --> f:1:1\n  |\n"
        + "1 | " + "x".repeat(120) + "...\n"
        + "  | " + "^".repeat(120) + "...\n");
    // further in, with some of what precedes it
    out = render("y".repeat(500) + "x".repeat(3000) + "z", SourceRange.of("f", 1, 501, 1, 3501));
    assertThat(out).contains("1 | ..." + "y".repeat(16) + "x".repeat(104) + "...\n"
        + "  | " + " ".repeat(19) + "^".repeat(104) + "...\n");
  }

  @Test
  void aWindowNearTheLinesEndsIsPushedAgainstThem() {
    String line = "x".repeat(300);
    // at the start: nothing cut on the left
    assertThat(render(line, SourceRange.of("f", 1, 3, 1, 5)))
        .contains("1 | " + "x".repeat(120) + "...\n  |   ^^\n");
    // one past the end (a finding at the end of a file): the caret right after the text
    assertThat(render(line, SourceRange.of("f", 1, 301, 1, 301)))
        .contains("1 | ..." + "x".repeat(119) + "\n  | " + " ".repeat(122) + "^\n");
  }

  @Test
  void aWindowCountsWideCharactersAndNeverHalvesOne() {
    // BA starts at cell 200; the window would start at cell 141, inside a 国: it starts after it
    String line = "国".repeat(100) + "BADX" + "b".repeat(100);
    assertThat(render(line, SourceRange.of("f", 1, 101, 1, 103)))
        .contains("1 | ..." + "国".repeat(29) + "BADX" + "b".repeat(57) + "...\n"
            + "  | " + " ".repeat(61) + "^^\n");
    // on the right, the window stops before a 国 that would cross its edge
    line = "a".repeat(100) + "BAD" + "国".repeat(100);
    assertThat(render(line, SourceRange.of("f", 1, 101, 1, 104)))
        .contains("1 | ..." + "a".repeat(58) + "BAD" + "国".repeat(29) + "...\n"
            + "  | " + " ".repeat(61) + "^^^\n");
  }

  @Test
  void aWindowKeepsCombiningMarksWithTheirLettersAndCountsAstralCharacters() {
    String line = "e\u0301".repeat(150) + "BAD" + "b".repeat(100);
    assertThat(render(line, SourceRange.of("f", 1, 301, 1, 304)))
        .contains("1 | ..." + "e\u0301".repeat(58) + "BAD" + "b".repeat(59) + "...\n"
            + "  | " + " ".repeat(61) + "^^^\n");
    // 😀 two cells, 𝐀 one, each one column: the window starts at cell 242, a 𝐀
    line = "\uD83D\uDE00\uD835\uDC00".repeat(100) + "BAD" + "b".repeat(100);
    assertThat(render(line, SourceRange.of("f", 1, 201, 1, 204)))
        .contains("1 | ...\uD835\uDC00" + "\uD83D\uDE00\uD835\uDC00".repeat(19) + "BAD"
            + "b".repeat(59) + "...\n  | " + " ".repeat(61) + "^^^\n");
  }

  @Test
  void aWindowShowsTabsAsOneSpaceEach() {
    String line = "\t".repeat(150) + "BAD" + "\tb".repeat(100);
    assertThat(render(line, SourceRange.of("f", 1, 151, 1, 154)))
        .contains("1 | ..." + " ".repeat(58) + "BAD" + " b".repeat(29) + " ...\n"
            + "  | " + " ".repeat(61) + "^^^\n");
  }

  @Test
  void aMultiLineRangeOnALongLineIsUnderlinedToTheWindowsEdge() {
    String out = render("x".repeat(50) + "y".repeat(200) + "\nz", SourceRange.of("f", 1, 51, 2, 2));
    assertThat(out).contains("1 | ..." + "x".repeat(16) + "y".repeat(104) + "...\n"
        + "  | " + " ".repeat(19) + "^".repeat(104) + "...\n");
  }

  @Test
  void controlCharactersFromADraftNeverReachTheTerminal() {
    // ESC starts an escape sequence (colours, cursor moves, OSC 0 sets the window's title, BEL
    // ends it); U+009B is CSI on a terminal in UTF-8; U+202E reorders the rest of the line
    Diagnostic d = Diagnostic.builder()
        .code("SUR001")
        .name("syntax-error")
        .severity(Severity.ERROR)
        .message("found string \"a\u001b]0;pwned\u0007b\u009b2J\u202Ec\"")
        .help("write `a\u001b[31mb`")
        .range(SourceRange.of("d\u001b[1m.surety", 1, 3, 1, 7))
        .addRelated(dev.surety.core.diagnostic.RelatedLocation.of(
            SourceRange.of("e\u001b.surety", 1, 1, 1, 2), "title \"\u001b[2J\""))
        .build();
    String out = TextRenderer.renderFinding(
        d, Optional.of(Texts.lines("x \u001b[31mRED\u001b[0m")), false);
    assertThat(out).doesNotContain("\u001b", "\u0007", "\u009b", "\u202E").isEqualTo(
        "error[SUR001]: found string \"a<U+001B>]0;pwned<U+0007>b<U+009B>2J<U+202E>c\"\n"
            + " --> d<U+001B>[1m.surety:1:3\n"
            + "  |\n"
            + "1 | x <U+001B>[31mRED<U+001B>[0m\n"
            + "  |   ^^^^^^^^^^^\n"
            + "  = help: write `a<U+001B>[31mb`\n"
            + "  = note: e<U+001B>.surety:1:1: title \"<U+001B>[2J\"\n");
    String gcc = OutputFormat.GCC.renderer().renderToString(
        LintReport.builder().fileCount(1).addDiagnostics(d).build());
    assertThat(gcc).isEqualTo("d<U+001B>[1m.surety:1:3: error: found string"
        + " \"a<U+001B>]0;pwned<U+0007>b<U+009B>2J<U+202E>c\" [SUR001]\n");
  }

  @Test
  void escapesOnALongLineCountTheirWidth() {
    String line = "x".repeat(200) + "\u001b" + "BAD" + "y".repeat(200);
    // BAD starts at cell 208 (the escape is eight cells); the window is 120 cells around it
    assertThat(render(line, SourceRange.of("f", 1, 202, 1, 205)))
        .contains("1 | ..." + "x".repeat(50) + "<U+001B>BAD" + "y".repeat(59) + "...\n"
            + "  | " + " ".repeat(61) + "^^^\n");
  }

  @Test
  void aLoneCarriageReturnEndsALineAsTheCompilerCountsIt() {
    // the compiler reads a CR alone as a line end (classic Mac OS files, a stray one): line 2 is
    // "two"; it was the whole text, with no snippet for line 3 at all
    assertThat(render("one\rtwo\rthree", SourceRange.of("f", 2, 1, 2, 4)))
        .contains("2 | two\n  | ^^^\n");
    assertThat(render("one\rtwo\rthree", SourceRange.of("f", 3, 1, 3, 6)))
        .contains("3 | three\n  | ^^^^^\n");
    // CRLF is one line end, and so is CR CR LF twice over... as CR, then CRLF
    assertThat(render("one\r\ntwo\r\r\nthree", SourceRange.of("f", 4, 1, 4, 6)))
        .contains("4 | three\n");
  }

  @Test
  void aRightToLeftLineIsShownInItsOrderWithItsMarksEscaped() {
    // שָׁלוֹם with its points (combining marks: no cells), an RLM, then the range: the carets
    // are under BAD, as a terminal that does not reorder shows the line
    String out = render("\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD\u200F BAD",
        SourceRange.of("f", 1, 10, 1, 13));
    assertThat(out).contains(
        "1 | \u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD<U+200F> BAD\n  |" + " ".repeat(14) + "^^^\n");
  }

  @Test
  void aRangeAtTheEndOfAFileWithoutAFinalLineEndPointsPastItsLastCharacter() {
    assertThat(render("a\n  kind", SourceRange.of("f", 2, 7, 2, 7)))
        .contains("2 |   kind\n  |       ^\n");
    // an empty file has one empty line
    assertThat(render("", SourceRange.of("f", 1, 1, 1, 1)))
        .endsWith(" --> f:1:1\n  |\n1 |\n  | ^\n");
  }

  @Test
  void noSnippetWithoutTheSourceOrPastItsEnd() {
    assertThat(TextRenderer.renderFinding(at(SourceRange.of("f", 3, 1, 3, 2)), Optional.empty(), false))
        .isEqualTo("warning[SUR111]: m\n --> f:3:1\n");
    assertThat(render("one line", SourceRange.of("f", 3, 1, 3, 2)))
        .isEqualTo("warning[SUR111]: m\n --> f:3:1\n");
  }

  @Test
  void theSummaryIsAlwaysPlural() {
    LintReport report =
        LintReport.builder().fileCount(1).addDiagnostics(at(SourceRange.of("f", 1, 1, 1, 2))).build();
    assertThat(OutputFormat.TEXT.renderer().renderToString(report))
        .endsWith("\n\n0 errors, 1 warnings, 0 infos in 1 files\n");
    assertThat(OutputFormat.TEXT.renderer().renderToString(LintReport.builder().fileCount(0).build()))
        .isEqualTo("0 errors, 0 warnings, 0 infos in 0 files\n");
  }
}

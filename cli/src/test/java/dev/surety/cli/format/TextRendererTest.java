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
    assertThat(out).contains("1 |  ab\uFFFDcd\n  |  ^^^^\n");
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

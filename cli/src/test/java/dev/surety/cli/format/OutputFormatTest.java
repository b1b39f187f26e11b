package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourceRange;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

  @Test
  void parsesEveryNameAndNothingElse() {
    for (OutputFormat format : OutputFormat.values()) {
      assertThat(OutputFormat.parse(format.spelling())).contains(format);
    }
    assertThat(OutputFormat.parse(" SARIF ")).contains(OutputFormat.SARIF);
    assertThat(OutputFormat.parse("xml")).isEmpty();
    assertThat(OutputFormat.parse(null)).isEmpty();
    assertThat(OutputFormat.spellings()).isEqualTo("text|gcc|json|sarif|checkstyle");
  }

  @Test
  void everyFormatEndsWithANewline() {
    for (OutputFormat format : OutputFormat.values()) {
      assertThat(format.renderer().renderToString(FormatFixtures.report())).endsWith("\n");
    }
  }

  @Test
  void gccKeepsEachFindingOnOneLine() {
    Diagnostic d =
        Diagnostic.builder()
            .code("SUR001")
            .name("syntax-error")
            .severity(Severity.ERROR)
            .message("expected `.`\r\nto end the statement\rthat starts at 12:3")
            .range(SourceRange.of("a.surety", 12, 3, 12, 4))
            .build();
    String out =
        OutputFormat.GCC.renderer()
            .renderToString(LintReport.builder().fileCount(1).addDiagnostics(d).build());
    assertThat(out)
        .isEqualTo(
            "a.surety:12:3: error: expected `.` to end the statement that starts at 12:3"
                + " [SUR001]\n");
    assertThat(out).matches("(?s)[^:]+:\\d+:\\d+: (error|warning|info): [^\n]* \\[SUR\\d{3}\\]\n");
  }
}

package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableDiagnostic;
import dev.surety.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The formats that render finding by finding: the same output on any number of jobs. */
class FindingRendererTest {

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"TEXT", "GCC"})
  void anyNumberOfJobsWritesWhatOneFindingAfterTheOtherWrites(OutputFormat format)
      throws IOException {
    FindingRenderer renderer = (FindingRenderer) format.renderer();
    for (boolean color : new boolean[] {false, true}) {
      LintReport report = corpus(color);
      // the definition: each finding, in order, with the lines of its file, then the closing
      StringBuilder expected = new StringBuilder();
      for (Diagnostic d : report.sortedDiagnostics()) {
        expected.append(renderer.finding(d,
            Optional.ofNullable(report.sources().get(d.range().file())).map(Texts::lines), color));
      }
      expected.append(renderer.closing(report));

      assertThat(renderer.renderToString(report)).isEqualTo(expected.toString());
      for (int jobs : new int[] {2, 3, 8}) {
        StringBuilder out = new StringBuilder();
        renderer.render(report, out, jobs);
        assertThat(out.toString()).as("%s with %d jobs", format, jobs)
            .isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void theTextOfManyFilesIsRenderedWithEachFilesOwnLines() throws IOException {
    StringBuilder out = new StringBuilder();
    new TextRenderer().render(corpus(false), out, 2);
    // a finding of file 7, line 3, shows line 3 of file 7, not of a neighbour in its run
    assertThat(out.toString()).contains("--> drafts/f07.surety:3:1\n  |\n3 | line 3 of file 7\n");
    assertThat(out.toString()).endsWith("0 errors, " + 40 * 30 + " warnings, 0 infos in 40 files\n");
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"TEXT", "GCC"})
  void findingsOnLongLinesAndAnyLineEndsAreRenderedAsOneByOne(OutputFormat format)
      throws IOException {
    FindingRenderer renderer = (FindingRenderer) format.renderer();
    // two files: statements on long lines (some with wide characters), ended by LF, CRLF and a CR
    // alone, short lines between; findings on every statement, several runs to a line
    ImmutableLintReport.Builder report = LintReport.builder();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (String file : new String[] {"a.surety", "b.surety"}) {
      StringBuilder text = new StringBuilder();
      String[] ends = {"\n", "\r\n", "\r", "\n"};
      for (int line = 1; line <= 8; line++) {
        int statements = line % 2 == 0 ? 700 : 1;
        int column = 1;
        for (int s = 0; s < statements; s++) {
          String statement = (s % 5 == 0 ? "UK 国" : "UK z") + "k" + s + ": \"x\". ";
          text.append(statement);
          int kind = column + 3;
          int kindEnd = kind + statement.codePointCount(0, statement.indexOf(':')) - 3;
          diagnostics.add(warning(file, line, kind, line, kindEnd, "kind " + s));
          column += statement.codePointCount(0, statement.length());
        }
        text.append(ends[line % 4]);
      }
      // past the text's lines, and a range from a long line onto the next: no snippet; to the end
      diagnostics.add(warning(file, 12, 1, 12, 2, "past the end"));
      diagnostics.add(warning(file, 2, 30, 3, 1, "on to line 3"));
      report.putSources(file, text.toString());
    }
    java.util.Collections.reverse(diagnostics);
    LintReport lint = report.diagnostics(diagnostics).fileCount(2)
        .rules(FormatFixtures.rules()).color(false).build();
    StringBuilder expected = new StringBuilder();
    for (Diagnostic d : lint.sortedDiagnostics()) {
      expected.append(renderer.finding(d,
          Optional.ofNullable(lint.sources().get(d.range().file())).map(Texts::lines), false));
    }
    expected.append(renderer.closing(lint));
    for (int jobs : new int[] {1, 2, 3}) {
      StringBuilder out = new StringBuilder();
      renderer.render(lint, out, jobs);
      assertThat(out.toString()).as("%s with %d jobs", format, jobs)
          .isEqualTo(expected.toString());
    }
  }

  @Test
  void aFindingFarIntoALongLineShowsItsWindowAndCaretsUnderItsRange() throws IOException {
    // 20,000 statements on one line; statement 12,345's kind, `k12345`, 120 cells around it
    StringBuilder line = new StringBuilder();
    int kind = 0;
    for (int s = 0; s < 20_000; s++) {
      if (s == 12_345) {
        kind = line.length() + 4; // the column: ASCII, one column per char
      }
      line.append("UK k").append(s).append(": \"x\". ");
    }
    LintReport report = LintReport.builder()
        .putSources("f.surety", "arrangement \"A\" {\n" + line + "\n}\n")
        .addDiagnostics(warning("f.surety", 2, kind, 2, kind + 6, "kind k12345"))
        .fileCount(1).rules(FormatFixtures.rules()).color(false).build();
    String out = new TextRenderer().renderToString(report);
    int left = kind - 1 - (120 - 6) / 2; // the window's first cell, from 0
    assertThat(out).isEqualTo("warning[SUR111]: kind k12345\n"
        + " --> f.surety:2:" + kind + "\n"
        + "  |\n"
        + "2 | ..." + line.substring(left, left + 120) + "...\n"
        + "  | " + " ".repeat(3 + 57) + "^^^^^^\n"
        + "\n0 errors, 1 warnings, 0 infos in 1 files\n");
    assertThat(line.substring(left + 57, left + 63)).isEqualTo("k12345");
  }

  @Test
  void manyFindingsOnALineOfAMegabyteAreRenderedInSeconds() {
    // each finding scanned the whole line, twice: 59,000 findings on a line of a megabyte took
    // 262 s before, 0.3 s after
    StringBuilder line = new StringBuilder();
    List<Diagnostic> diagnostics = new ArrayList<>();
    int column = 1;
    for (int s = 0; line.length() < 1_000_000; s++) {
      String statement = (s % 3 == 0 ? "UK 国k" : "UK zk") + s + ": \"x\". ";
      line.append(statement);
      diagnostics.add(warning("f.surety", 1, column + 3, 1, column + 7, "kind"));
      column += statement.codePointCount(0, statement.length());
    }
    LintReport report = LintReport.builder().putSources("f.surety", line + "\n")
        .diagnostics(diagnostics).fileCount(1).rules(FormatFixtures.rules()).color(false).build();
    assertThat(diagnostics).hasSizeGreaterThan(50_000);
    String out = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      StringBuilder text = new StringBuilder();
      new TextRenderer().render(report, text, 2);
      return text.toString();
    });
    assertThat(out).endsWith("0 errors, " + diagnostics.size() + " warnings, 0 infos in 1 files\n");
  }

  @ParameterizedTest
  @EnumSource(value = OutputFormat.class, names = {"TEXT", "GCC"})
  void aFileWithAFindingOnEachOfManyLinesIsRenderedInSeconds(OutputFormat format) {
    // its text was split into lines again for every run of 256 findings (and for gcc, which shows
    // none): quadratic in the findings; this file took 71 s (text) and 53 s (gcc) before, 2.4 s
    // and 1.1 s after
    int lines = 300_000;
    String comment = " // " + "commitment ".repeat(20);
    StringBuilder text = new StringBuilder();
    List<Diagnostic> diagnostics = new ArrayList<>(lines);
    for (int line = 1; line <= lines; line++) {
      text.append("  UK zzqkwpt: \"x\".").append(comment).append('\n');
      diagnostics.add(warning("f.surety", line, 6, line, 13, "kind"));
    }
    LintReport report = LintReport.builder().putSources("f.surety", text.toString())
        .diagnostics(diagnostics).fileCount(1).rules(FormatFixtures.rules()).color(false).build();
    FindingRenderer renderer = (FindingRenderer) format.renderer();
    long newlines = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      StringBuilder out = new StringBuilder();
      renderer.render(report, out, 2);
      return out.chars().filter(c -> c == '\n').count();
    });
    assertThat(newlines).isEqualTo(format == OutputFormat.GCC ? lines : 6L * lines + 1);
  }

  private static Diagnostic warning(String file, int line, int column, int endLine, int endColumn,
      String message) {
    return ImmutableDiagnostic.builder()
        .code("SUR111")
        .name("unknown-term")
        .severity(dev.surety.core.diagnostic.Severity.WARNING)
        .message(message)
        .range(SourceRange.of(file, line, column, endLine, endColumn))
        .build();
  }

  @Test
  void aFailureToWriteIsTheWritersOwn() {
    Writer failing = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> new TextRenderer().render(corpus(false), failing, 2))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
  }

  /** 40 files of 30 lines with a finding on each line: several runs, files across runs. */
  private static LintReport corpus(boolean color) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    ImmutableLintReport.Builder report = LintReport.builder();
    for (int f = 0; f < 40; f++) {
      String file = String.format("drafts/f%02d.surety", f);
      StringBuilder text = new StringBuilder();
      for (int line = 1; line <= 30; line++) {
        text.append("line ").append(line).append(" of file ").append(f).append('\n');
        diagnostics.add(ImmutableDiagnostic.builder()
            .code("SUR111")
            .name("unknown-term")
            .severity(dev.surety.core.diagnostic.Severity.WARNING)
            .message("finding " + line + " of file " + f)
            .help("fix line " + line)
            .range(SourceRange.of(file, line, 1, line, 5))
            .build());
      }
      report.putSources(file, text.toString());
    }
    // in reverse: the renderers sort
    java.util.Collections.reverse(diagnostics);
    return report.diagnostics(diagnostics)
        .fileCount(40)
        .rules(FormatFixtures.rules())
        .color(color)
        .build();
  }
}

package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableDiagnostic;
import dev.surety.core.source.SourceRange;
import java.io.IOException;
import java.io.Writer;
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

package dev.surety.cli.format;

import dev.surety.cli.input.Parallel;
import dev.surety.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A format whose output is its findings one after the other, each rendered on its own from its
 * file's text, then a closing: {@code text} and {@code gcc}. Since no finding's text depends on
 * another's, the findings are rendered in runs on the command's jobs and written in order
 * ({@link #render(LintReport, Appendable, int)}), and encoded there too when the output is a {@link
 * Utf8Writer}: for a large corpus, rendering is most of what the
 * command does after the drafts are checked (a fifth of {@code lint --jobs 2} on 10,000 files,
 * BENCHMARKS.md), and one thread doing it alone held the other jobs idle.
 */
public interface FindingRenderer extends DiagnosticRenderer {

  /** How many findings one job renders at a time: a few hundred kilobytes of text. */
  int RUN = 256;

  /**
   * One finding as it is printed, with whatever separates it from the next (every line ending with
   * a newline).
   *
   * @param lines the lines of the finding's file, when its text is known
   */
  default String finding(Diagnostic d, Optional<List<String>> lines, boolean color) {
    StringBuilder out = new StringBuilder();
    finding(d, lines, color, out);
    return out.toString();
  }

  /**
   * {@link #finding(Diagnostic, Optional, boolean)}, appended to {@code out}: a run of findings is
   * rendered into one buffer, without a string of its own for each finding.
   */
  void finding(Diagnostic d, Optional<List<String>> lines, boolean color, StringBuilder out);

  /** What follows the findings (the {@code text} format's summary line); may be empty. */
  String closing(LintReport report);

  @Override
  default void render(LintReport report, Appendable out) throws IOException {
    render(report, out, 1);
  }

  @Override
  default void render(LintReport report, Appendable out, int jobs) throws IOException {
    List<Diagnostic> sorted = report.sortedDiagnostics();
    List<List<Diagnostic>> runs = new ArrayList<>();
    for (int start = 0; start < sorted.size(); start += RUN) {
      runs.add(sorted.subList(start, Math.min(sorted.size(), start + RUN)));
    }
    if (out instanceof Utf8Writer utf8) {
      Parallel.forEachOrdered(runs, jobs,
          run -> renderRun(report, run).getBytes(StandardCharsets.UTF_8), utf8::writeUtf8);
      out.append(closing(report));
      return;
    }
    try {
      Parallel.forEachOrdered(runs, jobs, run -> renderRun(report, run), text -> {
        try {
          out.append(text);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.append(closing(report));
  }

  /**
   * A run of findings, in order. The findings come file by file: only the lines of the file being
   * rendered are kept (those of every file of a large corpus at once would be twice its text).
   */
  private String renderRun(LintReport report, List<Diagnostic> run) {
    StringBuilder text = new StringBuilder(run.size() * 512);
    String linesOf = null;
    Optional<List<String>> fileLines = Optional.empty();
    for (Diagnostic d : run) {
      String file = d.range().file();
      if (!file.equals(linesOf)) {
        linesOf = file;
        fileLines = Optional.ofNullable(report.sources().get(file)).map(Texts::lines);
      }
      finding(d, fileLines, report.color(), text);
    }
    return text.toString();
  }
}

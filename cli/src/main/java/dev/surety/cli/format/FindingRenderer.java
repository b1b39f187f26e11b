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
  default void finding(Diagnostic d, Optional<List<String>> lines, boolean color,
      StringBuilder out) {
    finding(d, showsLines() ? LineCursor.shown(d, lines) : null, color, out);
  }

  /**
   * {@link #finding(Diagnostic, Optional, boolean, StringBuilder)} given the one line of the file
   * it may show.
   *
   * @param line the line the finding starts on, indexed; null when its file's text is not known,
   *     or has no such line, or the format shows no lines ({@link #showsLines()})
   */
  void finding(Diagnostic d, LineIndex line, boolean color, StringBuilder out);

  /** Whether a finding shows its line: when not, its file's text is not read for it. */
  default boolean showsLines() {
    return true;
  }

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
    // one reader of lines per job: the runs of a job are consecutive, each read from where the
    // last ended (LineCursor)
    ThreadLocal<LineCursor> cursors = ThreadLocal.withInitial(LineCursor::new);
    try {
      if (out instanceof Utf8Writer utf8) {
        Parallel.forEachOrdered(runs, jobs,
            run -> renderRun(report, run, cursors.get()).getBytes(StandardCharsets.UTF_8),
            utf8::writeUtf8);
        out.append(closing(report));
        return;
      }
      try {
        Parallel.forEachOrdered(runs, jobs, run -> renderRun(report, run, cursors.get()), text -> {
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
    } finally {
      cursors.remove(); // one job: the runs were rendered on this thread
    }
  }

  /**
   * A run of findings, in order. The findings come file by file and, within a file, line by line:
   * each one's line is read from its file's text by the job's {@code cursor}, which holds only the
   * line it last read (the lines of every file of a large corpus at once would be twice its text;
   * those of one file, split again for every run, took time quadratic in its findings).
   */
  private String renderRun(LintReport report, List<Diagnostic> run, LineCursor cursor) {
    StringBuilder text = new StringBuilder(run.size() * 512);
    boolean showsLines = showsLines();
    String textOf = null;
    String fileText = null;
    for (Diagnostic d : run) {
      LineIndex line = null;
      if (showsLines && d.range().isKnown()) {
        String file = d.range().file();
        if (!file.equals(textOf)) {
          textOf = file;
          fileText = report.sources().get(file);
        }
        line = fileText == null ? null : cursor.line(fileText, d.range().startLine());
      }
      finding(d, line, report.color(), text);
    }
    return text.toString();
  }
}

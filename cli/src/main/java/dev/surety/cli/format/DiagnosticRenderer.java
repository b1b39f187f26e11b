package dev.surety.cli.format;

import java.io.IOException;

/**
 * Writes a {@link LintReport} in one output format. Implementations are stateless and safe to
 * share; they write the whole report, ending with a newline, and never close {@code out}.
 */
@FunctionalInterface
public interface DiagnosticRenderer {

  void render(LintReport report, Appendable out) throws IOException;

  /**
   * As {@link #render(LintReport, Appendable)}, with up to {@code jobs} threads to render on (the
   * command's {@code --jobs}); the output is the same whatever {@code jobs}. A format that renders
   * its findings one by one uses them ({@link FindingRenderer}); the others write on the calling
   * thread.
   */
  default void render(LintReport report, Appendable out, int jobs) throws IOException {
    render(report, out);
  }

  /** The report rendered to a string (for tests and small outputs). */
  default String renderToString(LintReport report) {
    StringBuilder out = new StringBuilder();
    try {
      render(report, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder never throws
    }
    return out.toString();
  }
}

package dev.surety.examples;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.ScorecardLine;
import java.util.List;

/**
 * The readable rendering of what Surety reports for one draft, the format of the {@code .expected}
 * files beside the drafts: one line per diagnostic ({@code line:col CODE severity message}, with
 * the file in front when it is not the draft itself), then, per arrangement, its verdict, its
 * score out of 7 and the seven scorecard lines.
 */
public final class ResultRendering {

  private ResultRendering() {}

  /**
   * Renders the findings and assessments of {@code file} (a path as the toolchain reports it,
   * relative to the compilation root).
   */
  public static String render(String file, List<Diagnostic> diagnostics, List<Assessment> assessments) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(file).append('\n');
    out.append("# diagnostics: ").append(diagnostics.size()).append('\n');
    for (Diagnostic d : diagnostics) {
      out.append(diagnostic(file, d)).append('\n');
    }
    for (Assessment a : assessments) {
      out.append('\n');
      out.append(assessment(a));
    }
    return out.toString();
  }

  /**
   * {@code line:col CODE severity message}, prefixed by the file when it is not {@code file};
   * {@code CODE severity message} for an element built in Java, which has no place in a file.
   */
  public static String diagnostic(String file, Diagnostic d) {
    if (!d.range().isKnown()) {
      return d.code() + " " + d.severity().spelling() + " " + oneLine(d.message());
    }
    String where = d.range().start().line() + ":" + d.range().start().column();
    if (!d.range().file().equals(file)) {
      where = d.range().file() + ":" + where;
    }
    return where + " " + d.code() + " " + d.severity().spelling() + " " + oneLine(d.message());
  }

  /** The arrangement's title, verdict, score out of 7 and the seven scorecard lines. */
  public static String assessment(Assessment a) {
    StringBuilder out = new StringBuilder();
    out.append("arrangement \"").append(a.title()).append("\"\n");
    out.append("verdict ").append(a.verdict().spelling()).append('\n');
    out.append("score ").append(a.score()).append("/7\n");
    int n = 1;
    for (ScorecardLine line : a.scorecard()) {
      out.append(n++)
          .append(". ")
          .append(line.criterion().title())
          .append(": ")
          .append(line.met() ? "yes" : "no")
          .append(" (")
          .append(oneLine(line.reason()))
          .append(")\n");
    }
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replace("\r", "").replace('\n', ' ');
  }
}

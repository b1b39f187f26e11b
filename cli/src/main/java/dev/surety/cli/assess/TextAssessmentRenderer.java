package dev.surety.cli.assess;

import dev.surety.cli.format.TerminalText;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.CommitmentDetail;
import dev.surety.validation.assessment.Criterion;
import dev.surety.validation.assessment.GuarantorDetail;
import dev.surety.validation.assessment.ScorecardLine;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * {@code assess --format text}: per arrangement, a header with the verdict and the score out of
 * seven, the scorecard as a table with each line's reason, then each guarantor's commitments with
 * whether each is binding and guarantee-grade, and why not.
 */
final class TextAssessmentRenderer implements AssessmentRenderer {

  private static final int TITLE_WIDTH =
      Arrays.stream(Criterion.values()).mapToInt(c -> c.title().length()).max().orElse(0);

  @Override
  public void render(List<Assessment> assessments, PathDisplay paths, Appendable out)
      throws IOException {
    if (assessments.isEmpty()) {
      out.append("no arrangements\n");
      return;
    }
    boolean first = true;
    for (Assessment assessment : assessments) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      renderOne(assessment, paths, out);
    }
  }

  private static void renderOne(Assessment a, PathDisplay paths, Appendable out)
      throws IOException {
    out.append(a.title()).append('\n');
    out.append("  file:    ").append(TerminalText.name(paths.show(a.file()))).append('\n');
    out.append("  kind:    ").append(a.kind().map(Object::toString).orElse("(not stated)"))
        .append('\n');
    out.append("  verdict: ").append(a.verdict().spelling()).append('\n');
    out.append("  score:   ").append(Integer.toString(a.score())).append("/7 (Article 5 scorecard)\n");
    out.append('\n');
    out.append("  ").append(pad("criterion", TITLE_WIDTH + 4)).append("met  reason\n");
    int n = 1;
    for (ScorecardLine line : a.scorecard()) {
      out.append("  ").append(Integer.toString(n++)).append(". ")
          .append(pad(line.criterion().title(), TITLE_WIDTH)).append(' ')
          .append(line.met() ? "yes  " : "no   ")
          .append(oneLine(line.reason())).append('\n');
    }
    out.append('\n');
    if (a.guarantors().isEmpty()) {
      out.append("  guarantors: none\n");
      return;
    }
    out.append("  guarantors:\n");
    for (GuarantorDetail g : a.guarantors()) {
      out.append("    ").append(g.name().equals(g.id()) ? g.id() : g.name() + " (" + g.id() + ")")
          .append('\n');
      if (g.commitments().isEmpty()) {
        out.append("      no commitments\n");
      }
      for (CommitmentDetail c : g.commitments()) {
        out.append("      ").append(c.kind()).append(" at ").append(TerminalText.name(paths.location(c.range())))
            .append(": ").append(c.binding() ? "binding" : "not binding").append(", ")
            .append(c.guaranteeGrade() ? "guarantee-grade" : "not guarantee-grade").append('\n');
        for (String why : c.why()) {
          out.append("        - ").append(oneLine(why)).append('\n');
        }
      }
    }
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /**
   * {@code text} on one line: a line break (LF, CRLF or CR, the compiler's line ends) and the
   * spaces around it are one space. Not Unicode's other separators (U+2028, U+2029, NEL): like
   * every control, the report writes them as their code ({@code <U+2028>}, docs/cli.md).
   */
  static String oneLine(String text) {
    // by hand, as `[ \t]*(?:\r\n|[\n\r])\s*` replaced by " ": that pattern, tried at each
    // blank of a run that no line break follows, took time quadratic in the run (a `duration
    // until` of 32,000 spaces and tabs, 35 s)
    String stripped = text.strip();
    StringBuilder out = null;
    int i = 0;
    while (i < stripped.length()) {
      char ch = stripped.charAt(i);
      if (ch != '\n' && ch != '\r') {
        if (out != null) {
          out.append(ch);
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(stripped.length()).append(stripped, 0, i);
      }
      int end = out.length();
      while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
        end--;
      }
      out.setLength(end);
      out.append(' ');
      i++;
      while (i < stripped.length() && isBlank(stripped.charAt(i))) {
        i++;
      }
    }
    return out == null ? stripped : out.toString();
  }

  /** A character of {@code \s}. */
  private static boolean isBlank(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
  }
}

package dev.surety.cli.assess;

import dev.surety.cli.format.TerminalText;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.CommitmentDetail;
import dev.surety.validation.assessment.GuarantorDetail;
import dev.surety.validation.assessment.ScorecardLine;
import java.io.IOException;
import java.util.List;

/**
 * {@code assess --format markdown}: a report that a drafter can paste into a memo. One section per
 * arrangement with the verdict in words, the scorecard as a table, and a table of each guarantor's
 * commitments. Table cells are escaped, so a title or reason with {@code |} cannot break a table.
 */
final class MarkdownAssessmentRenderer implements AssessmentRenderer {

  @Override
  public void render(List<Assessment> assessments, PathDisplay paths, Appendable out)
      throws IOException {
    out.append("# Assessment of security arrangements\n\n");
    out.append("Each arrangement is held against NATO's Article 5, line by line; the verdict says "
        + "what it really is, whatever it claims to be.\n");
    if (assessments.isEmpty()) {
      out.append("\nNo arrangements were found.\n");
    }
    for (Assessment a : assessments) {
      out.append('\n');
      renderOne(a, paths, out);
    }
  }

  private static void renderOne(Assessment a, PathDisplay paths, Appendable out)
      throws IOException {
    out.append("## ").append(inline(a.title())).append("\n\n");
    out.append("- File: `").append(code(TerminalText.name(paths.show(a.file())))).append("`\n");
    out.append("- Claimed kind: ")
        .append(a.kind().map(k -> k.canonical()).orElse("not stated")).append('\n');
    out.append("- **Verdict: ").append(a.verdict().spelling()).append("**\n");
    out.append("- **Score: ").append(Integer.toString(a.score())).append(" of 7**\n\n");
    out.append("| # | Criterion | Met | Reason |\n");
    out.append("|---|---|---|---|\n");
    int n = 1;
    for (ScorecardLine line : a.scorecard()) {
      out.append("| ").append(Integer.toString(n++)).append(" | ")
          .append(cell(capitalised(line.criterion().title()))).append(" | ")
          .append(line.met() ? "yes" : "**no**").append(" | ")
          .append(cell(line.reason())).append(" |\n");
    }
    out.append("\n### Guarantors\n\n");
    if (a.guarantors().isEmpty()) {
      out.append("None: no party commits to more than restraint.\n");
      return;
    }
    boolean first = true;
    for (GuarantorDetail g : a.guarantors()) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append("**").append(inline(g.name())).append("**");
      if (!g.name().equals(g.id())) {
        out.append(" (").append(inline(g.id())).append(')');
      }
      out.append("\n\n");
      if (g.commitments().isEmpty()) {
        out.append("No commitments.\n");
        continue;
      }
      out.append("| Commitment | Where | Binding | Guarantee-grade | Why not |\n");
      out.append("|---|---|---|---|---|\n");
      for (CommitmentDetail c : g.commitments()) {
        out.append("| ").append(cell(c.kind())).append(" | `")
            .append(code(TerminalText.name(paths.location(c.range())))).append("` | ")
            .append(c.binding() ? "yes" : "no").append(" | ")
            .append(c.guaranteeGrade() ? "yes" : "no").append(" | ")
            .append(c.why().isEmpty() ? "" : cell(String.join("; ", c.why()))).append(" |\n");
      }
    }
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Text in a table cell: one line, pipes and Markdown emphasis escaped. */
  static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  /**
   * Text in running Markdown: one line, characters that would start markup escaped, but a code
   * span that the text writes ({@code `mutual defence`}, as Surety's reasons quote the draft)
   * kept as one, shown as code; an unpaired backtick is escaped.
   */
  static String inline(String text) {
    String line = TextAssessmentRenderer.oneLine(text);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '`') {
        int close = line.indexOf('`', i + 1);
        if (close > i + 1) {
          out.append(line, i, close + 1); // nothing in a code span is markup
          i = close + 1;
          continue;
        }
      }
      if ("\\`*_[]<>#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Text in a code span: backticks would end it. */
  private static String code(String text) {
    return text.replace('`', '\'');
  }
}

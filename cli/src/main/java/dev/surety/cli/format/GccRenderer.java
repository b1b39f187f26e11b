package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;

/**
 * The {@code gcc} format: one line per finding, {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE
 * [CODE]}, the shape GCC prints and that Vim's default {@code errorformat} ({@code %f:%l:%c:%m}),
 * Emacs' compilation mode (its {@code gnu} pattern, which also knows {@code info} as a level) and
 * VS Code's {@code $gcc} problem matcher read.
 *
 * <p>Decisions: the severity is spelled {@code error}, {@code warning} or {@code info} (VS Code's
 * {@code $gcc} matcher only picks up the first two; {@code info} lines are ignored there); line
 * breaks and tabs in a message become spaces, so one finding is always one line, and other control,
 * format and separator characters, in the message or the file name, are written escaped ({@code
 * <U+001B>}), so that text from a draft cannot act on the terminal; related locations and
 * help lines are not printed (a tool reading this format has no place for them; use {@code json}
 * or {@code sarif}); a finding with no position is {@code FILE: SEVERITY: MESSAGE [CODE]}, and with
 * no file either {@code surety: SEVERITY: ...}, as GCC itself reports what has no place. There is
 * no summary line.
 */
public final class GccRenderer implements FindingRenderer {

  @Override
  public void finding(Diagnostic d, LineIndex line, boolean color, StringBuilder out) {
    if (Texts.hasLocation(d.range())) {
      Texts.appendLocation(d.range(), out);
    } else {
      out.append("surety");
    }
    out.append(": ")
        .append(d.severity().spelling())
        .append(": ")
        .append(Texts.terminalSafe(d.message(), Texts.Quoted.MESSAGE))
        .append(" [")
        .append(d.code())
        .append("]\n");
  }

  /** No source lines: the runs of findings do not look for them. */
  @Override
  public boolean showsLines() {
    return false;
  }

  /** No summary line. */
  @Override
  public String closing(LintReport report) {
    return "";
  }
}

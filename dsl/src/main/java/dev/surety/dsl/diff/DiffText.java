package dev.surety.dsl.diff;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.validation.assessment.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * The diff for people: per arrangement, one line per change with its impact and reason, then the
 * verdict and score before and after, then the diagnostics that appeared, disappeared and changed
 * (each changed one after, then {@code was} and the words before). First, when both versions have
 * errors after which part of their text is not read ({@link DraftDiff#unread()}), a note with them.
 *
 * <pre>
 * arrangement "US-Ukraine Security Guarantee"
 *   ~ commitment US backstop: mode as deemed necessary → after consultation (weakens: ...)
 *   verdict: guarantee → assurance, score 5/7 → 4/7
 *   diagnostics appeared:
 *     warning[SUR207] us.surety:12:5: ...
 * 1 change: 0 strengthening, 1 weakening, 0 neutral
 * </pre>
 */
public final class DiffText {
  private DiffText() {}

  public static String render(DraftDiff diff) {
    StringBuilder out = new StringBuilder();
    if (!diff.unread().isEmpty()) {
      out.append("note: both versions have errors after which part of their text is not read;"
          + " they are compared as far as they compiled:\n");
      for (Diagnostic d : diff.unread()) {
        diagnostic(out, "  ", d);
        d.help().ifPresent(h -> out.append("    = help: ").append(h).append('\n'));
      }
    }
    boolean unread = diff.partlyUnread();
    for (ArrangementDiff a : diff.arrangements()) {
      out.append("arrangement ").append(Statements.quote(a.title())).append('\n');
      if (a.changes().isEmpty()) {
        // what a version did not read cannot show as a change: say so rather than "no change"
        out.append(unread ? "  no change in what was read\n" : "  no change in meaning\n");
      }
      for (Change c : a.changes()) {
        out.append("  ").append(line(c)).append('\n');
      }
      out.append("  verdict: ").append(verdict(a.verdictBefore())).append(" → ")
          .append(verdict(a.verdictAfter())).append(", score ").append(score(a.scoreBefore()))
          .append(" → ").append(score(a.scoreAfter())).append('\n');
      diagnostics(out, "  ", "appeared", a.appeared());
      diagnostics(out, "  ", "disappeared", a.disappeared());
      if (!a.changedDiagnostics().isEmpty()) {
        out.append("  diagnostics changed:\n");
        for (ArrangementDiff.DiagnosticChange c : a.changedDiagnostics()) {
          diagnostic(out, "    ", c.after());
          out.append("      was ");
          where(out, c.before());
          out.append(c.before().message()).append('\n');
        }
      }
    }
    diagnostics(out, "", "appeared outside any arrangement", diff.appeared());
    diagnostics(out, "", "disappeared outside any arrangement", diff.disappeared());
    List<Change> all = diff.changes();
    long up = all.stream().filter(c -> c.impact() == Impact.STRENGTHENS).count();
    long down = all.stream().filter(c -> c.impact() == Impact.WEAKENS).count();
    long neutral = all.size() - up - down;
    out.append(all.size()).append(all.size() == 1 ? " change: " : " changes: ")
        .append(up).append(" strengthening, ").append(down).append(" weakening, ")
        .append(neutral).append(" neutral\n");
    return out.toString();
  }

  /**
   * One change: {@code ~ commitment US backstop: mode a → b (weakens: reason)}; with {@code (line
   * N)} after the element when its identity is not unique ({@link Change#line()}).
   */
  public static String line(Change c) {
    StringBuilder out = new StringBuilder(c.kind().sign()).append(' ');
    String line = c.line().map(n -> " (line " + n + ")").orElse("");
    if (c.kind() == ChangeKind.ADDED) {
      out.append(c.after().orElse(c.identity())).append(line);
    } else if (c.kind() == ChangeKind.REMOVED) {
      out.append(c.before().orElse(c.identity())).append(line);
    } else {
      out.append(c.identity()).append(line);
      String field = c.field().map(f -> ": " + f).orElse("");
      if (c.before().isPresent() && c.after().isPresent()) {
        out.append(c.field().isPresent() ? field : ":").append(' ').append(c.before().get())
            .append(" → ").append(c.after().get());
      } else if (c.after().isPresent()) {
        out.append(field).append(" added: ").append(c.after().get());
      } else {
        out.append(field).append(" removed: ").append(c.before().orElse(""));
      }
    }
    return out.append(" (").append(c.impact().spelling()).append(": ").append(c.reason()).append(')')
        .toString();
  }

  private static void diagnostics(StringBuilder out, String indent, String what, List<Diagnostic> list) {
    if (list.isEmpty()) {
      return;
    }
    out.append(indent).append("diagnostics ").append(what).append(":\n");
    for (Diagnostic d : list) {
      diagnostic(out, indent + "  ", d);
    }
  }

  private static void diagnostic(StringBuilder out, String indent, Diagnostic d) {
    out.append(indent).append(d.severity().spelling()).append('[').append(d.code()).append("] ");
    where(out, d);
    out.append(d.message()).append('\n');
  }

  private static void where(StringBuilder out, Diagnostic d) {
    if (d.range().isKnown()) {
      out.append(d.range().file()).append(':').append(d.range().start().line()).append(':')
          .append(d.range().start().column()).append(": ");
    }
  }

  static String verdict(Optional<Verdict> v) {
    return v.map(Verdict::spelling).orElse("(none)");
  }

  static String score(Optional<Integer> s) {
    return s.map(n -> n + "/7").orElse("(none)");
  }
}

package dev.surety.dsl.diff;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.dsl.fuzz.Invariants;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The semantic diff of two texts: the fuzzer's bytes up to the first NUL are the old version, the
 * rest the new one (without a NUL, the text is diffed against itself). Invariants: nothing is
 * thrown, and the text and JSON renderings are produced; a version diffed against itself has no
 * change at all; every change's impact and kind are of the documented sets and agree with its
 * impact-table entry; every range of a change lies inside the version it belongs to; the
 * diagnostics that appeared or disappeared lie inside their version.
 *
 * <p>Seeds: {@code DiffFuzzTestInputs/diff/} (see docs/fuzzing.md).
 */
class DiffFuzzTest {

  private static final Surety SURETY = Surety.builder()
      .compilerOptions(CompilerOptions.builder().root(Invariants.ROOT).build())
      .build();

  private static final Set<Impact> IMPACTS = EnumSet.allOf(Impact.class);

  @FuzzTest
  void diff(byte[] data) {
    String all = Invariants.text(data);
    int nul = all.indexOf('\u0000');
    String before = nul < 0 ? all : all.substring(0, nul);
    String after = nul < 0 ? all : all.substring(nul + 1);
    String what = before + "\n----- NUL -----\n" + after;

    Report was = SURETY.check(before, "before.surety");
    Report is = SURETY.check(after, "after.surety");
    DraftDiff diff = DraftDiff.of(was, is);
    check(diff, was, is, what);

    DraftDiff self = DraftDiff.of(was, SURETY.check(before, "before.surety"));
    Invariants.check(self.isEmpty() && !self.weakens(), "a draft diffed with itself has no change",
        before, DiffText.render(self));
  }

  private static void check(DraftDiff diff, Report was, Report is, String what) {
    Invariants.check(DiffText.render(diff) != null && DiffJson.render(diff) != null,
        "the diff renders", what, diff);
    for (ArrangementDiff a : diff.arrangements()) {
      for (Change c : a.changes()) {
        Invariants.check(IMPACTS.contains(c.impact()) && c.impact() == c.rule().impact(),
            "the impact is documented and the table's", what, c);
        Invariants.check(c.kind() != null && c.element() != null, "kind and element", what, c);
        Invariants.check(c.kind() != ChangeKind.ADDED || c.before().isEmpty(),
            "an element added has nothing before", what, c);
        Invariants.check(c.kind() != ChangeKind.REMOVED || c.after().isEmpty(),
            "an element removed has nothing after", what, c);
        inside(c.beforeRange(), was, what, c);
        inside(c.afterRange(), is, what, c);
      }
      diagnostics(a.appeared(), is, what);
      diagnostics(a.disappeared(), was, what);
      diagnostics(a.changedDiagnostics().stream().map(c -> c.after()).toList(), is, what);
      diagnostics(a.changedDiagnostics().stream().map(c -> c.before()).toList(), was, what);
    }
    diagnostics(diff.appeared(), is, what);
    diagnostics(diff.disappeared(), was, what);
  }

  private static void inside(SourceRange range, Report version, String what, Change c) {
    if (range.isKnown()) {
      Invariants.range(range, version.sources(), what, c);
    }
  }

  private static void diagnostics(java.util.List<Diagnostic> diagnostics, Report version, String what) {
    Map<String, String> sources = version.sources();
    Invariants.diagnostics(diagnostics, sources, what);
  }
}

package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.Drafts.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.validation.assessment.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Matching arrangements, verdicts and scores, diagnostics that appear and disappear, order. */
class DraftDiffTest {

  private static String arrangement(String title, String body) {
    return "arrangement \"" + title + "\" {\n  kind assurance.\n  beneficiary UA.\n  party UA \"Ukraine\".\n"
        + "  party PL \"Poland\".\n" + body + "}\n";
  }

  @Test
  void verdictAndScoreBeforeAndAfter() {
    DraftDiff diff = Drafts.diff(BASE, BASE.replace("as deemed necessary;", "after consultation;"));
    ArrangementDiff a = diff.arrangements().get(0);
    assertThat(a.verdictBefore()).contains(Verdict.GUARANTEE);
    assertThat(a.scoreBefore()).isPresent();
    assertThat(a.changes()).extracting(Change::rule).containsExactly(ImpactRule.MODE_WEAKER);
    assertThat(a.appeared()).extracting(d -> d.code()).contains("SUR207");
    assertThat(a.disappeared()).isEmpty();
    assertThat(diff.weakens()).isTrue();
  }

  @Test
  void aVerdictThatDropsIsShown() {
    String weak = BASE.replace("  US backstop: air defence, aviation; on attack; within 72 hours; as deemed necessary;"
        + " requires Congress ratification.\n", "").replace("  CoW presence: land, air; on attack; within 7 days.\n", "");
    ArrangementDiff a = Drafts.diff(BASE, weak).arrangements().get(0);
    assertThat(a.verdictBefore()).contains(Verdict.GUARANTEE);
    assertThat(a.verdictAfter()).contains(Verdict.ASSURANCE);
    assertThat(a.scoreAfter().orElseThrow()).isLessThan(a.scoreBefore().orElseThrow());
    assertThat(DiffText.render(Drafts.diff(BASE, weak))).contains("verdict: guarantee → assurance, score "
        + a.scoreBefore().get() + "/7 → " + a.scoreAfter().get() + "/7");
  }

  @Test
  void diagnosticsAreComparedByCodeAndMessageNotPosition() {
    // the same finding on another line is no change
    String moved = BASE.replace("  kind guarantee.\n", "").replace("  modeled on", "  kind guarantee.\n\n\n  modeled on");
    DraftDiff diff = Drafts.diff(BASE.replace("as deemed necessary;", "at discretion;"),
        moved.replace("as deemed necessary;", "at discretion;"));
    assertThat(diff.isEmpty()).as(DiffText.render(diff)).isTrue();
  }

  @Test
  void aFindingInOtherWordsIsChangedNotGoneAndCome() {
    String v1 = "party UA \"Ukraine\".\nparty US \"United States\"; legislature Congress.\n"
        + "arrangement \"US-Ukraine\" {\n  kind guarantee.\n  beneficiary UA.\n"
        + "  duration 10 years.\n  withdrawal notice 12 months.\n"
        + "  US military aid: air defence; requires Congress ratification.\n}\n";
    String v2 = v1.replace("  beneficiary UA.\n", "  beneficiary UA.\n  instrument agreement.\n");
    ArrangementDiff a = Drafts.diff(v1, v2).arrangements().get(0);
    // SUR205 stays, its list of what the commitment lacks shorter; SUR116 is gone
    assertThat(a.changedDiagnostics()).singleElement().satisfies(c -> {
      assertThat(c.before().code()).isEqualTo("SUR205");
      assertThat(c.after().code()).isEqualTo("SUR205");
      assertThat(c.before().message()).contains("no `instrument` is written");
      assertThat(c.after().message()).doesNotContain("no `instrument` is written");
    });
    assertThat(a.appeared()).isEmpty();
    assertThat(a.disappeared()).extracting(d -> d.code()).containsExactly("SUR116");
    String text = DiffText.render(Drafts.diff(v1, v2));
    assertThat(text).contains("  diagnostics changed:\n    error[SUR205] ", "\n      was ");
  }

  @Test
  void aFindingThatNamesItsOwnVersionsFileIsTheSameFinding() {
    // an include chain starts with the including file: before.surety, then after.surety
    String include = "include \"../shared/parties.surety\".\n";
    DraftDiff diff = Drafts.diff(include + BASE, include + "\n" + BASE);
    assertThat(Drafts.check(include + BASE, "before.surety").diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("include chain: before.surety"));
    assertThat(diff.isEmpty()).as(DiffText.render(diff)).isTrue();
  }

  @Test
  void diagnosticsThatDisappear() {
    DraftDiff diff = Drafts.diff(BASE.replace("  duration 15 years; renewable.\n", ""), BASE);
    ArrangementDiff a = diff.arrangements().get(0);
    assertThat(a.disappeared()).extracting(d -> d.code()).containsExactly("SUR107");
    assertThat(a.changes()).extracting(Change::rule).containsExactly(ImpactRule.DURATION_ADDED);
    assertThat(DiffText.render(diff)).contains("diagnostics disappeared:\n    warning[SUR107] before.surety:");
  }

  @Test
  void arrangementsAreMatchedByTitle() {
    String before = arrangement("A", "  PL military aid: training.\n") + arrangement("B", "  PL solidarity: \"x\".\n");
    String after = arrangement("B", "  PL solidarity: \"x\".\n") + arrangement("C", "  PL training: training.\n")
        + arrangement("A", "  PL military aid: training, long-range fires.\n");
    DraftDiff diff = Drafts.diff(before, after);
    assertThat(diff.arrangements()).extracting(ArrangementDiff::title).containsExactly("B", "C", "A");
    assertThat(diff.arrangements().get(0).changes()).isEmpty();
    assertThat(diff.arrangements().get(1).changes()).extracting(Change::rule)
        .containsExactly(ImpactRule.ARRANGEMENT_ADDED);
    assertThat(diff.arrangements().get(1).verdictBefore()).isEmpty();
    assertThat(diff.arrangements().get(2).changes()).extracting(Change::rule)
        .containsExactly(ImpactRule.ITEM_ADDED);
  }

  @Test
  void aSingleArrangementIsMatchedWhateverItsTitle() {
    DraftDiff diff = Drafts.diff(arrangement("A", "  PL military aid: training.\n"),
        arrangement("Z", "  PL military aid: training.\n"));
    assertThat(diff.arrangements()).hasSize(1);
    assertThat(diff.changes()).extracting(Change::rule).containsExactly(ImpactRule.TITLE_CHANGED);
  }

  @Test
  void aNewTitleDoesNotRenewTheFindingsThatQuoteIt() {
    DraftDiff diff = Drafts.diff(BASE.replace("  duration 15 years; renewable.\n", ""),
        BASE.replace("  duration 15 years; renewable.\n", "").replace("\"Test\"", "\"Test, revised\""));
    assertThat(diff.changes()).extracting(Change::rule).containsExactly(ImpactRule.TITLE_CHANGED);
    assertThat(diff.arrangements().get(0).appeared()).isEmpty();
    assertThat(diff.arrangements().get(0).disappeared()).isEmpty();
    assertThat(DiffText.line(diff.changes().get(0)))
        .startsWith("~ title: \"Test\" → \"Test, revised\" (neutral: ");
  }

  @Test
  void commitmentsWithOtherPartiesAreMatchedByTheKindAndThePartiesInCommon() {
    DraftDiff diff = Drafts.diff(BASE, BASE.replace("UK, FR military aid: training;", "FR, US military aid: training;"));
    List<String> lines = diff.changes().stream().map(DiffText::line).collect(Collectors.toList());
    assertThat(diff.changes()).extracting(Change::rule)
        .containsExactly(ImpactRule.GUARANTOR_REMOVED, ImpactRule.GUARANTOR_ADDED);
    // labelled as the new version writes it
    assertThat(lines.get(0)).startsWith("~ commitment FR, US military aid: party removed: UK (weakens:");
  }

  @Test
  void theOrderIsDeterministicWhateverTheOrderOfStatements() {
    String after = BASE.replace("as deemed necessary;", "after consultation;").replace("size 10", "size 5")
        .replace("EUR 3 billion", "EUR 2 billion").replace("notice 12 months", "notice 1 month");
    List<String> one = Drafts.diff(BASE, after).changes().stream()
        .map(c -> c.rule() + " " + c.identity() + " " + c.field() + " " + c.after()).collect(Collectors.toList());
    List<String> two = Drafts.diff(LayoutOnlyTest.SHUFFLED, after).changes().stream()
        .map(c -> c.rule() + " " + c.identity() + " " + c.field() + " " + c.after()).collect(Collectors.toList());
    assertThat(two).isEqualTo(one);
    assertThat(Drafts.diff(BASE, after).changes()).extracting(Change::element).isSorted();
  }

  @Test
  void textLines() {
    DraftDiff diff = Drafts.diff(BASE, BASE.replace("within 72 hours", "within 30 days"));
    assertThat(DiffText.line(diff.changes().get(0))).isEqualTo(
        "~ commitment US backstop: response time within 72 hours → within 30 days (weakens: "
            + ImpactRule.RESPONSE_SLOWER.description() + ")");
    DraftDiff added = Drafts.diff(BASE, BASE.replace("  withdrawal notice", "  condition \"X\".\n  withdrawal notice"));
    assertThat(DiffText.line(added.changes().get(0))).isEqualTo(
        "+ condition \"X\" (weakens: " + ImpactRule.CONDITION_ADDED.description() + ")");
  }

  @Test
  void fileNamesCanBeMappedForDisplay() {
    DraftDiff diff = Drafts.diff(BASE, BASE.replace("as deemed necessary;", "after consultation;"))
        .mapFiles(f -> "old/" + f, f -> "new/" + f);
    Change change = diff.changes().get(0);
    assertThat(change.beforeRange().file()).isEqualTo("old/before.surety");
    assertThat(change.afterRange().file()).isEqualTo("new/after.surety");
    assertThat(diff.arrangements().get(0).appeared()).allMatch(d -> d.range().file().equals("new/after.surety"));
  }
}

package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.CommitmentMatchingTest.draft;
import static dev.surety.dsl.diff.CommitmentMatchingTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A change that promises nothing by itself (a legislature, a threat named, a trigger's event) is
 * judged by what it does to the commitments and the scorecard, and names the commitment affected;
 * the summary counts agree with the labels.
 */
class ConsequenceTest {

  /** The brief's draft, binding in law: the UK backstop binds UK, the verdict is guarantee. */
  private static final String BOUND = draft().replace("  against RU.\n", "  against RU.\n  instrument treaty.\n");

  @Test
  void aLegislatureRenamedSoThatTheRequirementNoLongerCoversItWeakensAndNamesTheCommitment() throws IOException {
    String v2 = BOUND.replace("legislature Parliament.", "legislature Commons.");
    DraftDiff diff = Drafts.diff(BOUND, v2);
    ArrangementDiff a = diff.arrangements().get(0);
    assertThat(a.scoreAfter().orElseThrow()).isLessThan(a.scoreBefore().orElseThrow());
    assertThat(diff.changes()).as(DiffText.render(diff)).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(ImpactRule.LEGISLATURE_BINDING_LOST);
      assertThat(c.impact()).isEqualTo(Impact.WEAKENS);
      assertThat(c.reason()).contains("UK backstop no longer binds UK: no Commons ratification or approval is required")
          .contains("scorecard line 4 (legally binding) is no longer met");
    });
    assertThat(DiffText.render(diff)).contains("1 change: 0 strengthening, 1 weakening, 0 neutral");
    JsonNode change = new ObjectMapper().readTree(DiffJson.render(diff)).get("arrangements").get(0).get("changes").get(0);
    assertThat(change.get("impact").asText()).isEqualTo("weakens");
    assertThat(change.get("rule").asText()).isEqualTo("legislature-binding-lost");
    assertThat(change.get("reason").asText()).contains("UK backstop no longer binds UK");
  }

  @Test
  void pastItsBudgetADiffJudgesChangesByTheTableAndSaysSo() {
    String v2 = BOUND.replace("legislature Parliament.", "legislature Commons.");
    var before = Drafts.check(BOUND, "before.surety").arrangements().get(0);
    var after = Drafts.check(v2, "after.surety").arrangements().get(0);
    // enough for the change: weighed, as in the test above
    assertThat(SemanticDiff.compare(before, after, new Consequence.Budget(1_000)))
        .extracting(Change::rule).containsExactly(ImpactRule.LEGISLATURE_BINDING_LOST);
    // spent: the table's neutral entry, with a detail that says the change was not weighed
    assertThat(SemanticDiff.compare(before, after, new Consequence.Budget(1))).singleElement()
        .satisfies(c -> {
          assertThat(c.rule()).isEqualTo(ImpactRule.LEGISLATURE_CHANGED);
          assertThat(c.reason()).endsWith("; " + SemanticDiff.NOT_WEIGHED);
        });
  }

  /**
   * Many changes judged by their consequence in a large arrangement stay within the budget: 400
   * legislatures renamed, each undone in turn, was 400 assessments of 400 commitments (cubic, with
   * the assessment's search for each threat's reference): with every guarantor named a threat too,
   * 33 s on the command line before the budget and the look-up.
   */
  @Test
  void manyConsequentialChangesInALargeArrangementAreWeighedWithinTheBudget() {
    StringBuilder v1 = new StringBuilder("party UA \"Ukraine\".\nparty RU \"Russia\".\n");
    StringBuilder body = new StringBuilder();
    int n = 400;
    for (int i = 0; i < n; i++) {
      v1.append("party P").append(i).append(" \"P").append(i).append("\"; legislature L")
          .append(i).append(".\n");
      body.append("  P").append(i).append(" backstop: air; requires L").append(i)
          .append(" ratification.\n");
    }
    v1.append("arrangement \"A\" {\n  kind guarantee.\n  instrument treaty.\n  beneficiary UA.\n")
        .append(body).append("}\n");
    String v2 = v1.toString().replaceAll("legislature L(\\d+)\\.", "legislature M$1.");
    DraftDiff diff = Drafts.diff(v1.toString(), v2);
    List<Change> changes = diff.changes();
    assertThat(changes).hasSize(n);
    long weighed = changes.stream().filter(c -> c.rule() == ImpactRule.LEGISLATURE_BINDING_LOST)
        .count();
    long notWeighed = changes.stream().filter(c -> c.reason().endsWith(SemanticDiff.NOT_WEIGHED))
        .count();
    assertThat(weighed + notWeighed).isEqualTo(n);
    // the budget (50,000 commitments assessed) holds 50,000 / 401 - 1 of them (the first costs
    // two assessments), the rest not
    assertThat(weighed).isEqualTo(Consequence.Budget.COMMITMENTS / (n + 1) - 1);
  }

  @Test
  void aTriggerAddedThatNamesAGuarantorAThreatWeakensAndOneThatNamesNoneIsNeutral() {
    String named = BOUND.replace("  trigger attack: armed attack; by RU.\n",
        "  trigger attack: armed attack; by RU.\n  trigger coup: armed attack; by UK.\n");
    DraftDiff diff = Drafts.diff(BOUND, named);
    assertThat(diff.changes()).as(DiffText.render(diff)).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.ADDED);
      assertThat(c.rule()).isEqualTo(ImpactRule.THREAT_GUARANTOR_NAMED);
      assertThat(c.reason()).contains("UK backstop is no longer guarantee-grade: UK is itself a threat");
    });
    assertThat(Drafts.diff(named, BOUND).changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED);
      assertThat(c.rule()).isEqualTo(ImpactRule.THREAT_GUARANTOR_CLEARED);
    });
    // RU is a threat already: the new trigger names no one anew
    String again = BOUND.replace("  trigger attack: armed attack; by RU.\n",
        "  trigger attack: armed attack; by RU.\n  trigger raid: armed attack; by RU.\n");
    assertThat(Drafts.diff(BOUND, again).changes()).extracting(Change::rule)
        .containsExactly(ImpactRule.DECLARATION_ADDED);
  }

  /** Any one legislature's approval binds a party: Parliament's still does. */
  @Test
  void aSecondLegislatureIsAChangeThatBindsNoLess() {
    DraftDiff diff = Drafts.diff(BOUND, BOUND.replace("legislature Parliament.", "legislature Parliament; legislature Lords."));
    assertThat(lines(diff)).as(DiffText.render(diff)).singleElement().asString()
        .startsWith("~ party UK: legislature Parliament → Lords, Parliament (neutral");
  }

  @Test
  void aLegislatureThatNoCommitmentNeedsStaysNeutral() {
    DraftDiff diff = Drafts.diff(BOUND, BOUND.replace("party RU \"Russia\".", "party RU \"Russia\"; legislature Duma."));
    assertThat(diff.changes()).extracting(Change::rule).containsExactly(ImpactRule.LEGISLATURE_CHANGED);
    assertThat(diff.changes().get(0).detail()).isEmpty();
  }

  @Test
  void aGuarantorNamedAThreatWeakens() {
    DraftDiff diff = Drafts.diff(BOUND, BOUND.replace("  against RU.\n", "  against RU, UK.\n"));
    assertThat(diff.changes()).as(DiffText.render(diff)).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(ImpactRule.THREAT_GUARANTOR_NAMED);
      assertThat(c.reason()).contains("UK backstop is no longer guarantee-grade: UK is itself a threat");
    });
    DraftDiff back = Drafts.diff(BOUND.replace("  against RU.\n", "  against RU, UK.\n"), BOUND);
    assertThat(back.changes()).extracting(Change::rule).containsExactly(ImpactRule.THREAT_GUARANTOR_CLEARED);
  }

  @Test
  void aThreatsVetoOverAChannelWeakens() {
    String v1 = BOUND.replace("  party RU \"Russia\".\n",
            "  party RU \"Russia\".\n  party CN \"China\".\n  organisation UNSC \"UN Security Council\"; veto CN.\n")
        .replace("within 30 days;", "within 30 days; through UNSC;");
    DraftDiff diff = Drafts.diff(v1, v1.replace("  against RU.\n", "  against RU, CN.\n"));
    assertThat(diff.changes()).as(DiffText.render(diff)).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(ImpactRule.THREAT_GUARANTOR_NAMED);
      assertThat(c.reason()).contains("UK backstop is no longer guarantee-grade: it runs through UNSC where CN holds a veto");
    });
  }

  @Test
  void aTriggerThatIsNoLongerAnAttackWeakens() {
    DraftDiff diff = Drafts.diff(BOUND, BOUND.replace("attack: armed attack", "attack: blockade"));
    assertThat(diff.changes()).as(DiffText.render(diff)).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(ImpactRule.TRIGGER_ATTACK_LOST);
      assertThat(c.reason()).contains("scorecard line 1 (obligation to act on an attack) is no longer met");
    });
  }

  @Test
  void aLaterDateThatLeavesLessThanTenYearsWeakens() {
    String v1 = BOUND.replace("  duration 10 years.\n", "  dated 2025-01-01.\n  duration until 2035-06-01.\n");
    DraftDiff diff = Drafts.diff(v1, v1.replace("dated 2025-01-01", "dated 2026-01-01"));
    assertThat(diff.changes()).as(DiffText.render(diff)).singleElement().satisfies(c -> {
      assertThat(c.rule()).isEqualTo(ImpactRule.DURATION_SHORTER);
      assertThat(c.identity()).isEqualTo("dated");
      assertThat(c.reason()).contains("scorecard line 5 (durable) is no longer met");
    });
  }

  @Test
  void aFixedDurationBecomingOneUntilAnEventIsJudgedByTheScorecard() {
    String v1 = BOUND.replace("duration 10 years.", "duration 5 years.");
    DraftDiff diff = Drafts.diff(v1, v1.replace("duration 5 years.", "duration until \"a peace treaty\"."));
    assertThat(diff.changes()).as(DiffText.render(diff)).extracting(Change::rule)
        .containsExactly(ImpactRule.DURATION_LONGER);
    assertThat(diff.changes().get(0).reason()).contains("scorecard line 5 (durable) is now met");
  }

  @Test
  void theSummaryCountsTheLabels() {
    List<String> afters = List.of(
        BOUND.replace("legislature Parliament.", "legislature Commons."),
        BOUND.replace("  against RU.\n", "  against RU, UK.\n").replace("within 30 days", "immediate"),
        BOUND.replace("party RU \"Russia\".", "party RU \"Russia\"; legislature Duma.").replace("  kind guarantee.\n", ""));
    for (String after : afters) {
      DraftDiff diff = Drafts.diff(BOUND, after);
      List<String> lines = lines(diff);
      long up = lines.stream().filter(l -> l.contains(" (strengthens: ")).count();
      long down = lines.stream().filter(l -> l.contains(" (weakens: ")).count();
      long neutral = lines.stream().filter(l -> l.contains(" (neutral: ")).count();
      assertThat(DiffText.render(diff)).contains(lines.size() + (lines.size() == 1 ? " change: " : " changes: ")
          + up + " strengthening, " + down + " weakening, " + neutral + " neutral");
      assertThat(DiffJson.render(diff)).contains("\"summary\": {\n    \"strengthens\": " + up + ",\n    \"weakens\": "
          + down + ",\n    \"neutral\": " + neutral + ",\n    \"complete\": true\n  }");
    }
  }
}

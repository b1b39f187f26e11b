package dev.surety.dsl.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Commitments of one guarantor and kind are paired by best match, never by position: inserting,
 * deleting or reordering them reports only what really changed.
 */
class CommitmentMatchingTest {

  /** A small guarantee; {@code %s} is where the test puts more commitments. */
  static final String DRAFT =
      String.join(
          "\n",
          "arrangement \"T\" {",
          "  kind guarantee.",
          "  beneficiary UA.",
          "  against RU.",
          "  party US \"United States\"; legislature Congress.",
          "  party UK \"United Kingdom\"; legislature Parliament.",
          "  party UA \"Ukraine\".",
          "  party RU \"Russia\".",
          "  trigger attack: armed attack; by RU.",
          "  US military aid: air defence; annually USD 3 billion.",
          "  UK backstop: air defence; on attack; within 30 days; requires Parliament ratification.",
          "%s  duration 10 years.",
          "}",
          "");

  static final String INTELLIGENCE = "  US backstop: intelligence; on attack; as deemed necessary.\n";
  static final String AIR_DEFENCE =
      "  US backstop: air defence; on attack; immediate; requires Congress ratification.\n";

  static String draft(String... commitments) {
    return String.format(DRAFT, String.join("", commitments));
  }

  static List<String> lines(DraftDiff diff) {
    return diff.changes().stream().map(DiffText::line).collect(Collectors.toList());
  }

  /**
   * Thousands of commitments: the unchanged ones are paired by look-up, and changed ones of one
   * guarantor and kind beyond what the best match ranks are paired in file order; a diff of 600
   * changed commitments of one guarantor compared each with each before (and one of 6,400
   * guarantors took 10 s).
   */
  @Test
  void manyChangedCommitmentsOfOneGuarantorAndKindArePairedInFileOrder() {
    StringBuilder v1 = new StringBuilder();
    StringBuilder v2 = new StringBuilder();
    int n = 600; // 600 x 600 candidates, over SemanticDiff.MAX_CANDIDATES
    for (int i = 0; i < n; i++) {
      v1.append("  US sanctions: \"measure ").append(i).append("\".\n");
      v2.append("  US sanctions: \"measure ").append(i).append(" amended\".\n");
    }
    assertThat((long) n * n).isGreaterThan(SemanticDiff.MAX_CANDIDATES);
    DraftDiff diff = Drafts.diff(draft(v1.toString(), AIR_DEFENCE), draft(v2.toString(), AIR_DEFENCE));
    assertThat(diff.changes()).hasSize(2 * n).allSatisfy(c ->
        assertThat(c.kind()).isEqualTo(ChangeKind.CHANGED));
    assertThat(lines(diff)).contains(
        "~ commitment US sanctions (line 12): item removed: \"measure 0\" (weakens: "
            + ImpactRule.ITEM_REMOVED.description() + ")",
        "~ commitment US sanctions (line 12): item added: \"measure 0 amended\" (strengthens: "
            + ImpactRule.ITEM_ADDED.description() + ")");
  }

  @Test
  void deletingTheFirstOfTwoCommitmentsOfOneKindReportsThatOneGone() {
    DraftDiff diff = Drafts.diff(draft(INTELLIGENCE, AIR_DEFENCE), draft(AIR_DEFENCE));
    assertThat(lines(diff)).as(DiffText.render(diff)).containsExactly(
        "- US backstop: intelligence; on attack; as deemed necessary (line 12) (weakens: "
            + ImpactRule.COMMITMENT_REMOVED.description() + ")");
  }

  @Test
  void insertingACommitmentAheadOfAnotherOfTheSameKindReportsItAdded() {
    DraftDiff diff = Drafts.diff(draft(AIR_DEFENCE), draft(INTELLIGENCE, AIR_DEFENCE));
    assertThat(diff.changes()).as(DiffText.render(diff)).extracting(Change::rule)
        .containsExactly(ImpactRule.COMMITMENT_ADDED);
    assertThat(diff.changes().get(0).after()).contains("US backstop: intelligence; on attack; as deemed necessary");
  }

  @Test
  void reorderingCommitmentsOfOneKindIsNoChange() {
    DraftDiff diff = Drafts.diff(draft(INTELLIGENCE, AIR_DEFENCE), draft(AIR_DEFENCE, INTELLIGENCE));
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
    assertThat(diff.isEmpty()).isTrue();
  }

  @Test
  void anEditedCommitmentIsPairedWithTheMostAlike() {
    // the second backstop loses its ratification; the first one is untouched, whatever the order
    String edited = AIR_DEFENCE.replace("; requires Congress ratification", "");
    for (String[] after : List.of(new String[] {INTELLIGENCE, edited}, new String[] {edited, INTELLIGENCE})) {
      DraftDiff diff = Drafts.diff(draft(INTELLIGENCE, AIR_DEFENCE), draft(after));
      assertThat(diff.changes()).as(DiffText.render(diff)).extracting(Change::rule)
          .containsExactly(ImpactRule.RATIFICATION_REMOVED);
    }
  }

  @Test
  void theJsonCarriesTheSamePairing() {
    DraftDiff diff = Drafts.diff(draft(INTELLIGENCE, AIR_DEFENCE), draft(AIR_DEFENCE));
    String json = DiffJson.render(diff);
    assertThat(json).contains("\"rule\": \"commitment-removed\"").doesNotContain("\"kind\": \"changed\"");
    assertThat(json).contains("\"summary\": {\n    \"strengthens\": 0,\n    \"weakens\": 1,\n    \"neutral\": 0");
  }
}

package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.CommitmentMatchingTest.draft;
import static dev.surety.dsl.diff.CommitmentMatchingTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A ratification requirement moved between a commitment and the whole arrangement (which covers
 * the commitments of every party with that legislature): no change where it covers the same
 * commitments, its real impact where it covers more or fewer.
 */
class RequirementMoveTest {

  private static final String ON_COMMITMENT = "within 30 days; requires Parliament ratification.\n";
  private static final String ON_ARRANGEMENT = "within 30 days.\n  requires Parliament ratification.\n";
  private static final String UK_AID = "  UK military aid: training; annually GBP 1 billion.\n";

  @Test
  void movedToTheArrangementCoveringTheSameCommitmentsIsNoChange() {
    String v1 = draft();
    String v2 = v1.replace(ON_COMMITMENT, ON_ARRANGEMENT);
    DraftDiff diff = Drafts.diff(v1, v2);
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
    assertThat(Drafts.diff(v2, v1).changes()).isEmpty();
    assertThat(DiffJson.render(diff)).contains("\"changes\": []");
  }

  @Test
  void movedToTheArrangementCoveringOneMoreCommitmentStrengthensAndNamesIt() {
    String v1 = draft(UK_AID);
    DraftDiff diff = Drafts.diff(v1, v1.replace(ON_COMMITMENT, ON_ARRANGEMENT));
    assertThat(lines(diff)).as(DiffText.render(diff)).containsExactly(
        "+ requires Parliament ratification (strengthens: " + ImpactRule.RATIFICATION_ADDED.description()
            + "; now covers UK military aid)");
  }

  @Test
  void movedBackToOneCommitmentWeakensTheOthersAndNamesThem() {
    String v1 = draft(UK_AID).replace(ON_COMMITMENT, ON_ARRANGEMENT);
    DraftDiff diff = Drafts.diff(v1, draft(UK_AID));
    assertThat(lines(diff)).as(DiffText.render(diff)).containsExactly(
        "- requires Parliament ratification (weakens: " + ImpactRule.RATIFICATION_REMOVED.description()
            + "; no longer covers UK military aid)");
    assertThat(DiffJson.render(diff)).contains("\"reason\": \"" + ImpactRule.RATIFICATION_REMOVED.description()
        + "; no longer covers UK military aid\"");
  }

  @Test
  void aRequirementOnTheCommitmentAsWellAsTheArrangementIsNoChange() {
    String v1 = draft().replace(ON_COMMITMENT, ON_ARRANGEMENT);
    DraftDiff diff = Drafts.diff(v1, v1.replace("within 30 days.\n", ON_COMMITMENT));
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
  }

  @Test
  void aRequirementGoneFromBothIsOneWeakening() {
    String v1 = draft();
    DraftDiff diff = Drafts.diff(v1, v1.replace("; requires Parliament ratification", ""));
    assertThat(diff.changes()).extracting(Change::rule).containsExactly(ImpactRule.RATIFICATION_REMOVED);
  }
}

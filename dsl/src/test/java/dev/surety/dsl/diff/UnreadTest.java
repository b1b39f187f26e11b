package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.Drafts.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a version did not read (a syntax error) is not said to be unchanged, nor simply removed. */
class UnreadTest {

  /** A syntax error in a statement that is the same in both versions: read in neither. */
  private static final String BROKEN_CONDITION = "  condition \"No use against RU territory\" x.\n";
  private static final String CONDITION = "  condition \"No use against RU territory\".\n";

  @Test
  void noChangeInWhatWasReadWhenBothVersionsHaveAnUnreadPart() {
    String broken = BASE.replace(CONDITION, BROKEN_CONDITION);
    DraftDiff diff = Drafts.diff(broken, broken.replace("status draft.", "status  draft."));
    assertThat(diff.changes()).isEmpty();
    assertThat(diff.partlyUnread()).isTrue();
    assertThat(DiffText.render(diff)).contains("  no change in what was read\n").doesNotContain("no change in meaning");
    assertThat(DiffJson.tree(diff).get("summary").get("complete").asBoolean()).isFalse();
  }

  @Test
  void noChangeInWhatWasReadWhenOneVersionHasAnUnreadPart() {
    String statement = "  condition \"Only after a UN resolution\".\n";
    String before = BASE.replace(CONDITION, CONDITION + statement);
    // the statement added is broken: what the new version read has no change
    DraftDiff diff = Drafts.diff(BASE, before.replace(statement, "  condition \"Only after a UN resolution\" x.\n"));
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
    assertThat(DiffText.render(diff)).contains("  no change in what was read\n");
  }

  @Test
  void aCompleteDiffSaysSo() {
    DraftDiff diff = Drafts.diff(BASE, BASE);
    assertThat(diff.partlyUnread()).isFalse();
    assertThat(DiffText.render(diff)).contains("  no change in meaning\n");
    assertThat(DiffJson.tree(diff).get("summary").get("complete").asBoolean()).isTrue();
  }

  @Test
  void aStatementBrokenInTheNewVersionIsPerhapsNotRead() {
    String presence = "CoW presence: land, air; on attack; within 7 days.";
    DraftDiff diff = Drafts.diff(BASE, BASE.replace(presence, "CoW presence: land, air; on attack;; within 7 days."));
    List<Change> changes = diff.changes();
    assertThat(changes).as(DiffText.render(diff)).hasSize(1);
    Change c = changes.get(0);
    assertThat(c.rule()).isEqualTo(ImpactRule.COMMITMENT_REMOVED);
    int line = BASE.substring(0, BASE.indexOf(presence)).split("\n", -1).length;
    assertThat(c.reason()).contains("or not read: the new version has a syntax error at line " + line);
    // and fixed in the next version: added, or not read before
    diff = Drafts.diff(BASE.replace(presence, "CoW presence: land, air; on attack;; within 7 days."), BASE);
    assertThat(diff.changes()).hasSize(1);
    assertThat(diff.changes().get(0).reason()).contains("or not read before: the old version has a syntax error at line " + line);
  }

  @Test
  void aRemovalWithoutASyntaxErrorSaysNothingOfIt() {
    DraftDiff diff = Drafts.diff(BASE, BASE.replace("  CoW presence: land, air; on attack; within 7 days.\n", ""));
    assertThat(diff.changes()).hasSize(1);
    assertThat(diff.changes().get(0).reason()).isEqualTo(ImpactRule.COMMITMENT_REMOVED.description());
  }
}

package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.CommitmentMatchingTest.AIR_DEFENCE;
import static dev.surety.dsl.diff.CommitmentMatchingTest.draft;
import static dev.surety.dsl.diff.CommitmentMatchingTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A trigger renamed with its uses is one neutral change, never a weakening and a strengthening. */
class TriggerRenameTest {

  private static String renamed(String text) {
    return text.replace("trigger attack:", "trigger assault:").replace("on attack", "on assault");
  }

  @Test
  void aTriggerRenamedEverywhereIsOneNeutralChange() {
    String v1 = draft(AIR_DEFENCE);
    DraftDiff diff = Drafts.diff(v1, renamed(v1));
    assertThat(lines(diff)).as(DiffText.render(diff)).containsExactly(
        "~ trigger attack: id attack → assault (neutral: " + ImpactRule.TRIGGER_RENAMED.description() + ")");
    assertThat(DiffText.render(diff)).endsWith("1 change: 0 strengthening, 0 weakening, 1 neutral\n");
    assertThat(DiffJson.render(diff)).contains("\"rule\": \"trigger-renamed\"")
        .doesNotContain("\"impact\": \"weakens\"").doesNotContain("\"impact\": \"strengthens\"");
  }

  @Test
  void aUseThatDidNotFollowTheRenameIsStillReported() {
    String v1 = draft(AIR_DEFENCE);
    // the UK backstop is no longer activated at all: the rename, and that one trigger fewer
    String v2 = renamed(v1).replace("UK backstop: air defence; on assault;", "UK backstop: air defence;");
    DraftDiff diff = Drafts.diff(v1, v2);
    assertThat(diff.changes()).as(DiffText.render(diff)).extracting(Change::rule)
        .containsExactly(ImpactRule.TRIGGER_RENAMED, ImpactRule.TRIGGER_REMOVED);
    assertThat(diff.changes().get(1).before()).contains("assault");
  }

  @Test
  void aTriggerReplacedByOneWithAnotherDefinitionIsNoRename() {
    String v1 = draft(AIR_DEFENCE);
    String v2 = renamed(v1).replace("assault: armed attack", "assault: hybrid attack");
    DraftDiff diff = Drafts.diff(v1, v2);
    assertThat(diff.changes()).extracting(Change::rule).doesNotContain(ImpactRule.TRIGGER_RENAMED)
        .contains(ImpactRule.TRIGGER_REMOVED, ImpactRule.TRIGGER_ADDED);
  }
}

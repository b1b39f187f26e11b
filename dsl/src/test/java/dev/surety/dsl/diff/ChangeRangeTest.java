package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.Drafts.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a change points on the side where its value is written nowhere. */
class ChangeRangeTest {

  private static int line(String text, String statement) {
    return text.substring(0, text.indexOf(statement)).split("\n", -1).length;
  }

  @Test
  void aDomainRemovedPointsAtTheNewVersionsCovers() {
    String after = BASE.replace("covers land, air.", "covers land.");
    DraftDiff diff = Drafts.diff(BASE, after);
    assertThat(diff.changes()).hasSize(1);
    Change c = diff.changes().get(0);
    assertThat(c.rule()).isEqualTo(ImpactRule.DOMAIN_REMOVED);
    int line = line(after, "covers land.");
    assertThat(c.afterRange().start().line()).isEqualTo(line);
    assertThat(c.afterRange().end().line()).isEqualTo(line);
    assertThat(c.afterRange().start().column()).isEqualTo("  covers ".length() + 1);
    // and a domain added, at the old version's
    diff = Drafts.diff(after, BASE);
    assertThat(diff.changes().get(0).beforeRange().start().line()).isEqualTo(line);
  }

  @Test
  void withNoCoversLeftTheArrangement() {
    DraftDiff diff = Drafts.diff(BASE, BASE.replace("  covers land, air.\n", ""));
    assertThat(diff.changes()).allSatisfy(c -> assertThat(c.afterRange().start().line()).isEqualTo(1));
  }
}

package dev.surety.dsl.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A commitment with two modes or two response times (SUR302) is compared by all of them, not by
 * the first written: the weakest mode and the slowest time are what a guarantor would read.
 */
class SeveralQualifiersTest {

  private static String draft(String presence) {
    return String.join("\n",
        "arrangement \"UK\" {",
        "  kind guarantee.",
        "  instrument treaty.",
        "  beneficiary UA.",
        "  party UA \"Ukraine\".",
        "  party UK \"United Kingdom\"; legislature Parliament.",
        "  trigger attack: armed attack.",
        "  UK presence: " + presence + ".",
        "  duration 10 years.",
        "  withdrawal notice 12 months.",
        "}",
        "");
  }

  private static final String BASE = "land, air; on attack; immediate; automatic; requires Parliament ratification";

  @Test
  void aSecondModeThatLetsThePartyNotActWeakens() {
    String after = draft("land, air; on attack; immediate; automatic; at discretion; requires Parliament ratification");
    DraftDiff diff = Drafts.diff(draft(BASE), after);
    List<Change> changes = diff.changes();
    assertThat(changes).as(DiffText.render(diff)).hasSize(1);
    assertThat(changes.get(0).rule()).isEqualTo(ImpactRule.MODE_WEAKER);
    assertThat(changes.get(0).before()).contains("automatic");
    assertThat(changes.get(0).after()).contains("automatic; at discretion");
    // points at the mode added
    String line = after.split("\n")[7];
    assertThat(changes.get(0).afterRange().start().line()).isEqualTo(8);
    assertThat(changes.get(0).afterRange().start().column()).isEqualTo(line.indexOf("at discretion") + 1);
    assertThat(diff.weakens()).isTrue();
  }

  @Test
  void aSecondLaterResponseTimeWeakens() {
    DraftDiff diff = Drafts.diff(draft(BASE),
        draft("land, air; on attack; immediate; within 30 days; automatic; requires Parliament ratification"));
    List<Change> changes = diff.changes();
    assertThat(changes).as(DiffText.render(diff)).hasSize(1);
    assertThat(changes.get(0).rule()).isEqualTo(ImpactRule.RESPONSE_SLOWER);
    assertThat(changes.get(0).before()).contains("immediate");
    assertThat(changes.get(0).after()).contains("immediate; within 30 days");
    assertThat(diff.weakens()).isTrue();
  }

  @Test
  void theSameModeTwiceOrInAnotherOrderIsNoChange() {
    DraftDiff diff = Drafts.diff(draft("land, air; on attack; immediate; automatic; at discretion"),
        draft("land, air; on attack; immediate; at discretion; automatic; automatic"));
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
  }
}

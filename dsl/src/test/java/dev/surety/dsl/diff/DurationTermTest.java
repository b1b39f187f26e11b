package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.Drafts.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The arrangement's duration when its type changes: its length and its renewal, each a change. */
class DurationTermTest {

  private static List<ImpactRule> rules(String was, String is) {
    String before = BASE.replace("duration 15 years; renewable.", was);
    String after = BASE.replace("duration 15 years; renewable.", is);
    DraftDiff diff = Drafts.diff(before, after);
    return diff.changes().stream().map(Change::rule).collect(Collectors.toList());
  }

  @Test
  void renewalLostWithAFixedLengthIsReportedWhateverTheNewType() {
    assertThat(rules("duration 15 years; renewable.", "duration until \"a peace treaty\"."))
        .containsExactlyInAnyOrder(ImpactRule.DURATION_CHANGED, ImpactRule.RENEWABLE_REMOVED);
    assertThat(rules("duration 15 years; renewable.", "duration until 2050-01-01."))
        .containsExactlyInAnyOrder(ImpactRule.DURATION_LONGER, ImpactRule.RENEWABLE_REMOVED);
  }

  @Test
  void renewalGainedFromAnotherTypeIsReported() {
    assertThat(rules("duration until 2050-01-01.", "duration 15 years; renewable."))
        .containsExactlyInAnyOrder(ImpactRule.DURATION_SHORTER, ImpactRule.RENEWABLE_ADDED);
  }

  @Test
  void anIndefiniteDurationNeedsNoRenewal() {
    assertThat(rules("duration 15 years; renewable.", "duration indefinite."))
        .containsExactly(ImpactRule.DURATION_LONGER);
    assertThat(rules("duration indefinite.", "duration 15 years; renewable."))
        .containsExactly(ImpactRule.DURATION_SHORTER);
  }
}

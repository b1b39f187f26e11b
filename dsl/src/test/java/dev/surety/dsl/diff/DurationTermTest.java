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

  private static List<ImpactRule> edit(String anchor, String was, String is) {
    DraftDiff diff = Drafts.diff(BASE.replace(anchor, was), BASE.replace(anchor, is));
    return diff.changes().stream().map(Change::rule).collect(Collectors.toList());
  }

  @Test
  void aCalendarNoticeIsTheDaysItCanSpan() {
    String notice = "withdrawal notice 12 months.";
    assertThat(edit(notice, notice, "withdrawal notice 365 days.")).isEmpty();
    assertThat(edit(notice, notice, "withdrawal notice 366 days.")).isEmpty();
    assertThat(edit(notice, notice, "withdrawal notice 52 weeks.")).containsExactly(ImpactRule.NOTICE_SHORTER);
    assertThat(edit(notice, notice, "withdrawal notice 367 days.")).containsExactly(ImpactRule.NOTICE_LONGER);
    assertThat(edit(notice, notice, "withdrawal notice 13 months.")).containsExactly(ImpactRule.NOTICE_LONGER);
    assertThat(edit(notice, notice, "withdrawal notice 1 year.")).isEmpty();
  }

  @Test
  void aDurationIsLaidOnTheCalendarFromDated() {
    String duration = "duration 15 years; renewable.";
    String dated = "dated 2025-01-01.";
    // dated 2026-01-01: 10 years end on 2036-01-01
    DraftDiff diff = Drafts.diff(BASE.replace(dated, "dated 2026-01-01.").replace(duration, "duration 10 years."),
        BASE.replace(dated, "dated 2026-01-01.").replace(duration, "duration until 2036-01-01."));
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
    diff = Drafts.diff(BASE.replace(dated, "dated 2026-01-01.").replace(duration, "duration 10 years."),
        BASE.replace(dated, "dated 2026-01-01.").replace(duration, "duration until 2036-01-02."));
    assertThat(diff.changes()).extracting(Change::rule).containsExactly(ImpactRule.DURATION_LONGER);
    diff = Drafts.diff(BASE.replace(dated, "dated 2026-01-01.").replace(duration, "duration 10 years."),
        BASE.replace(dated, "dated 2026-01-01.").replace(duration, "duration until 2035-12-31."));
    assertThat(diff.changes()).extracting(Change::rule).containsExactly(ImpactRule.DURATION_SHORTER);
    // from a leap year's first day, 1 year is 366 days
    diff = Drafts.diff(BASE.replace(dated, "dated 2024-01-01.").replace(duration, "duration 1 year."),
        BASE.replace(dated, "dated 2024-01-01.").replace(duration, "duration 366 days."));
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
  }

  @Test
  void aCalendarResponseTimeIsTheDaysItCanSpan() {
    String time = "within 72 hours";
    assertThat(edit(time, "within 1 month", "within 30 days")).isEmpty();
    assertThat(edit(time, "within 1 month", "within 5 weeks")).containsExactly(ImpactRule.RESPONSE_SLOWER);
  }
}

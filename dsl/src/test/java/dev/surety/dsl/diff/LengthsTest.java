package dev.surety.dsl.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.model.Duration;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.TimeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LengthsTest {

  private static Duration d(String amount, TimeUnit unit) {
    return Duration.of(new BigDecimal(amount), unit, SourceRange.NONE);
  }

  private static double[] days(Lengths.Span s) {
    return new double[] {s.lo() / 24, s.hi() / 24};
  }

  @Test
  void aCalendarLengthIsTheRangeOfDaysItCanSpan() {
    assertThat(days(Lengths.span(d("1", TimeUnit.MONTH), Optional.empty()))).containsExactly(28, 31);
    assertThat(days(Lengths.span(d("12", TimeUnit.MONTH), Optional.empty()))).containsExactly(365, 366);
    assertThat(days(Lengths.span(d("1", TimeUnit.YEAR), Optional.empty()))).containsExactly(365, 366);
    // 2100 is no leap year: ten years across it can be 3651 days
    assertThat(days(Lengths.span(d("10", TimeUnit.YEAR), Optional.empty()))).containsExactly(3651, 3653);
    // beyond a cycle of the calendar: 400 years are always 146097 days
    assertThat(days(Lengths.span(d("400", TimeUnit.YEAR), Optional.empty()))).containsExactly(146097, 146097);
  }

  @Test
  void fromADateByTheCalendar() {
    assertThat(days(Lengths.span(d("1", TimeUnit.YEAR), Optional.of(LocalDate.of(2024, 1, 1)))))
        .containsExactly(366, 366);
    assertThat(days(Lengths.span(d("12", TimeUnit.MONTH), Optional.of(LocalDate.of(2025, 1, 1)))))
        .containsExactly(365, 365);
  }

  @Test
  void periodsAreEqualWhenTheirRangesMeet() {
    assertThat(Lengths.compare(d("12", TimeUnit.MONTH), d("365", TimeUnit.DAY))).isZero();
    assertThat(Lengths.compare(d("12", TimeUnit.MONTH), d("366", TimeUnit.DAY))).isZero();
    assertThat(Lengths.compare(d("12", TimeUnit.MONTH), d("364", TimeUnit.DAY))).isPositive();
    assertThat(Lengths.compare(d("12", TimeUnit.MONTH), d("367", TimeUnit.DAY))).isNegative();
    assertThat(Lengths.compare(d("1", TimeUnit.MONTH), d("4", TimeUnit.WEEK))).isZero();
    assertThat(Lengths.compare(d("1", TimeUnit.MONTH), d("32", TimeUnit.DAY))).isNegative();
  }

  @Test
  void calendarAgainstCalendarAndFixedAgainstFixedCompareExactly() {
    assertThat(Lengths.compare(d("13", TimeUnit.MONTH), d("12", TimeUnit.MONTH))).isPositive();
    assertThat(Lengths.compare(d("1", TimeUnit.YEAR), d("12", TimeUnit.MONTH))).isZero();
    assertThat(Lengths.compare(d("1.5", TimeUnit.YEAR), d("18", TimeUnit.MONTH))).isZero();
    assertThat(Lengths.compare(d("72", TimeUnit.HOUR), d("3", TimeUnit.DAY))).isZero();
    assertThat(Lengths.compare(d("73", TimeUnit.HOUR), d("3", TimeUnit.DAY))).isPositive();
    assertThat(Lengths.compare(d("1", TimeUnit.WEEK), d("7", TimeUnit.DAY))).isZero();
  }

  @Test
  void withAStartDateAgainstAFixedLength() {
    Optional<LocalDate> leap = Optional.of(LocalDate.of(2024, 1, 1));
    assertThat(Lengths.compare(d("1", TimeUnit.YEAR), leap, d("365", TimeUnit.DAY), leap)).isPositive();
    assertThat(Lengths.compare(d("1", TimeUnit.YEAR), leap, d("366", TimeUnit.DAY), leap)).isZero();
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.TimeUnit;
import java.math.BigDecimal;
import org.immutables.value.Value;

/** A length of time: {@code 72 hours}, {@code 15 years}. */
@Value.Immutable
public abstract class Duration implements Comparable<Duration> {

  public abstract BigDecimal amount();

  public abstract TimeUnit unit();

  @Value.Default
  @Value.Auxiliary
  public SourceRange range() {
    return SourceRange.NONE;
  }

  public static Duration of(long amount, TimeUnit unit) {
    return ImmutableDuration.builder().amount(BigDecimal.valueOf(amount)).unit(unit).build();
  }

  public static Duration of(BigDecimal amount, TimeUnit unit, SourceRange range) {
    return ImmutableDuration.builder().amount(amount).unit(unit).range(range).build();
  }

  @Value.Check
  protected void check() {
    if (amount().signum() < 0) {
      throw new IllegalArgumentException("a duration cannot be negative: " + amount());
    }
  }

  /** The mean length in hours (months and years by their calendar mean). */
  public double hours() {
    return amount().doubleValue() * unit().hours();
  }

  /** The mean length in days. */
  public double days() {
    return hours() / 24;
  }

  /**
   * Whether this length is at least {@code threshold}. A length written in hours, days or weeks
   * meets a threshold in months or years when it reaches the threshold's calendar mean in whole
   * days, rounded down: {@code 3652 days} is 10 years (whose mean is 3652.4 days; ten calendar
   * years are 3652 or 3653), {@code 13 weeks} (91 days) is 3 months (91.3 on average), {@code 90
   * days} is not. Between calendar units, and between fixed ones, the lengths compare exactly.
   */
  public boolean isAtLeast(Duration threshold) {
    double needed = threshold.hours();
    if (isCalendar(threshold.unit()) && !isCalendar(unit())) {
      needed = Math.floor(needed / 24 + 1e-9) * 24;
    }
    return hours() >= needed - 1e-6;
  }

  private static boolean isCalendar(TimeUnit unit) {
    return unit == TimeUnit.MONTH || unit == TimeUnit.YEAR;
  }

  @Override
  public int compareTo(Duration other) {
    return Double.compare(hours(), other.hours());
  }

  @Override
  public String toString() {
    String unit = unit().canonical();
    return amount().toPlainString() + " " + (amount().compareTo(BigDecimal.ONE) == 0 ? unit : unit + "s");
  }
}

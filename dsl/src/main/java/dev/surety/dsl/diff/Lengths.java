package dev.surety.dsl.diff;

import dev.surety.core.model.Duration;
import dev.surety.core.vocabulary.TimeUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the diff compares lengths of time (a duration, a notice, a response time, a commitment's
 * own term): the one home of the conversion between calendar periods and days.
 *
 * <ul>
 *   <li>Two calendar lengths (months, years) compare by their number of months, exactly: {@code
 *       12 months} is {@code 1 year}, {@code 13 months} is longer.
 *   <li>Two fixed lengths (hours, days, weeks) compare by their hours, exactly.
 *   <li>A calendar length against a fixed one: from a start date, when there is one (the
 *       arrangement's {@code dated}, for its duration), by the calendar ({@link
 *       LocalDate#plusYears}, {@link LocalDate#plusMonths}); otherwise as the range of days the
 *       calendar length can span, whatever month or year it starts in (a month 28 to 31 days, 12
 *       months 365 or 366, 10 years 3651 to 3653), and the two are the same length when their
 *       ranges meet ({@code 12 months} and {@code 365 days}, or {@code 366 days}).
 * </ul>
 */
final class Lengths {
  private Lengths() {}

  /** The hours a length can span, from {@code lo} to {@code hi}: exact when they are equal. */
  record Span(double lo, double hi) {
    static final Span INFINITE = new Span(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    static Span exact(double hours) {
      return new Span(hours, hours);
    }

    /** Below zero when this is shorter, above when longer, zero when the two can be as long. */
    int compareTo(Span other) {
      if (hi < other.lo - EPSILON) {
        return -1;
      }
      if (lo > other.hi + EPSILON) {
        return 1;
      }
      return 0;
    }

    /** The middle of the range, to pick the longest of several lengths. */
    double middle() {
      return lo == hi ? lo : (lo + hi) / 2;
    }
  }

  private static final double EPSILON = 1e-6;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  /** Months in a cycle of the Gregorian calendar (400 years), and its days. */
  private static final long CYCLE_MONTHS = 4800;
  private static final long CYCLE_DAYS = 146_097;
  /** Calendar lengths beyond this many months are not laid on the calendar from a date. */
  private static final long MAX_DATED_MONTHS = 12L * 10_000;
  /** Nor their range computed (some thousand million years): their mean is taken. */
  private static final BigDecimal MAX_MONTHS = BigDecimal.valueOf(1_000_000_000_000L);
  private static final LocalDate CYCLE_START = LocalDate.of(2000, 1, 1);
  /** The fewest and most days of a number of months below a cycle, computed once each. */
  private static final Map<Long, long[]> MONTH_DAYS = new ConcurrentHashMap<>();

  static boolean isCalendar(TimeUnit unit) {
    return unit == TimeUnit.MONTH || unit == TimeUnit.YEAR;
  }

  /**
   * Compares two lengths, each from its own start date when it has one (see the class comment):
   * below zero when {@code a} is shorter, above when longer, zero when they are the same length.
   */
  static int compare(Duration a, Optional<LocalDate> fromA, Duration b, Optional<LocalDate> fromB) {
    if (isCalendar(a.unit()) && isCalendar(b.unit())) {
      return months(a).compareTo(months(b));
    }
    if (!isCalendar(a.unit()) && !isCalendar(b.unit())) {
      return hours(a).compareTo(hours(b));
    }
    return span(a, fromA).compareTo(span(b, fromB));
  }

  /** {@link #compare(Duration, Optional, Duration, Optional)} with no start date. */
  static int compare(Duration a, Duration b) {
    return compare(a, Optional.empty(), b, Optional.empty());
  }

  /** The hours a length spans from {@code from}, or can span when it has no start date. */
  static Span span(Duration d, Optional<LocalDate> from) {
    if (!isCalendar(d.unit())) {
      return Span.exact(hours(d).doubleValue());
    }
    BigDecimal months = months(d);
    if (months.compareTo(MAX_MONTHS) > 0) {
      return Span.exact(d.hours());
    }
    BigDecimal whole = months.setScale(0, RoundingMode.FLOOR);
    double fraction = months.subtract(whole).doubleValue();
    long w = whole.longValueExact();
    if (from.isPresent() && fraction == 0 && w <= MAX_DATED_MONTHS) {
      LocalDate start = from.get();
      LocalDate end = d.unit() == TimeUnit.YEAR && w % 12 == 0 ? start.plusYears(w / 12) : start.plusMonths(w);
      return Span.exact(24.0 * ChronoUnit.DAYS.between(start, end));
    }
    long[] days = monthDays(w % CYCLE_MONTHS);
    long cycles = (w / CYCLE_MONTHS) * CYCLE_DAYS;
    // a part of a month: a part of 28 to 31 days
    return new Span(24 * (cycles + days[0] + 28 * fraction), 24 * (cycles + days[1] + 31 * fraction));
  }

  /** The hours from {@code from} to {@code until}. */
  static Span between(LocalDate from, LocalDate until) {
    return Span.exact(24.0 * ChronoUnit.DAYS.between(from, until));
  }

  /** A key equal for lengths written differently with the same value ({@code 1 year}, {@code 12 months}). */
  static String key(Duration d) {
    return isCalendar(d.unit()) ? months(d).stripTrailingZeros().toPlainString() + " months"
        : hours(d).stripTrailingZeros().toPlainString() + " hours";
  }

  private static BigDecimal months(Duration d) {
    return d.unit() == TimeUnit.YEAR ? d.amount().multiply(TWELVE) : d.amount();
  }

  private static BigDecimal hours(Duration d) {
    return d.amount().multiply(BigDecimal.valueOf((long) d.unit().hours()));
  }

  /**
   * The fewest and most days that {@code months} months span, over every month of a cycle of the
   * calendar they could start in (the calendar repeats every 400 years).
   */
  private static long[] monthDays(long months) {
    return MONTH_DAYS.computeIfAbsent(months, m -> {
      long lo = Long.MAX_VALUE;
      long hi = Long.MIN_VALUE;
      for (int i = 0; i < CYCLE_MONTHS; i++) {
        LocalDate start = CYCLE_START.plusMonths(i);
        long days = ChronoUnit.DAYS.between(start, start.plusMonths(m));
        lo = Math.min(lo, days);
        hi = Math.max(hi, days);
      }
      return new long[] {lo, hi};
    });
  }
}

package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.validation.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.Duration;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.Located;
import dev.surety.core.source.SourceRange;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** SUR303: a date is not after {@code dated}, or a commitment outlasts the fixed duration. */
@Rule(
    code = "SUR303",
    name = "date-order",
    summary = "An `until` or `by` date is not after the `dated` date, or a commitment's `for`/`until` outlasts the arrangement's fixed duration.",
    explanation = """
        A deadline that has passed when the text is dated, or a term that ends before it \
        begins, is a drafting error; a commitment promised for longer than the arrangement \
        itself lasts (`duration 15 years`, or `duration until 2040-01-01`) ends with the \
        arrangement regardless. Correct the dates, or extend the arrangement's `duration`.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          dated 2025-12-29.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence; until 2024-12-31.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          dated 2025-12-29.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence; until 2030-12-31.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = DateOrder.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DateOrder {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compares every date with {@code dated} and every commitment term with the duration. */
  final class Validator extends Check<DateOrder, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      Optional<LocalDate> dated = a.dated().map(Located::value);
      SourceRange datedRange = a.dated().map(Located::range).orElse(SourceRange.NONE);
      for (DurationTerm d : a.durations()) {
        if (dated.isPresent() && d.untilDate().isPresent() && !d.untilDate().get().isAfter(dated.get())) {
          out.accept(Finding.at(d.range(), "arrangement \"" + a.title() + "\" lasts until "
                  + d.untilDate().get() + ", which is not after its date " + dated.get())
              .help("write a date after " + dated.get())
              .related(datedRange, "dated " + dated.get()));
        }
      }
      Optional<DurationTerm> fixed = fixedDuration(a, dated);
      for (Commitment c : a.allCommitments()) {
        for (CommitmentPeriod p : c.periods()) {
          if (dated.isPresent() && p.date().isPresent() && !p.date().get().isAfter(dated.get())) {
            out.accept(Finding.at(p.range().isKnown() ? p.range() : c.range(),
                    Check.named(c) + ": `"
                    + p.type().keyword() + " " + p.date().get() + "` is not after the arrangement's date "
                    + dated.get())
                .help("write a date after " + dated.get())
                .related(datedRange, "dated " + dated.get()));
            continue;
          }
          if (fixed.isPresent()) {
            outlasts(c, p, fixed.get(), dated).ifPresent(out);
          }
        }
      }
    }

    /**
     * The arrangement's fixed term: the first {@code duration} with a length ({@code duration 15
     * years}) or an end date ({@code duration until 2030-01-01}) after {@code dated} (one that is
     * not has been reported, and ends nothing).
     */
    private static Optional<DurationTerm> fixedDuration(Arrangement a, Optional<LocalDate> dated) {
      for (DurationTerm d : a.durations()) {
        if (d.type() == DurationTerm.Type.FIXED && d.length().isPresent()
            || d.type() == DurationTerm.Type.UNTIL && d.untilDate().isPresent()
                && (dated.isEmpty() || d.untilDate().get().isAfter(dated.get()))) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }

    /**
     * Whether the term {@code p} of {@code c} outlasts the arrangement's fixed term: a length longer
     * than its length, or an end after its end. Dates and lengths meet from {@code dated}; without
     * it, only what needs no start is compared.
     */
    private static Optional<Finding> outlasts(Commitment c, CommitmentPeriod p, DurationTerm fixed,
        Optional<LocalDate> dated) {
      if (p.type() == CommitmentPeriod.Type.BY) {
        return Optional.empty(); // a deadline, not a term
      }
      SourceRange at = p.range().isKnown() ? p.range() : c.range();
      if (fixed.length().isPresent() && p.length().isPresent()) {
        Duration length = fixed.length().get();
        if (p.length().get().compareTo(length) <= 0) {
          return Optional.empty();
        }
        return Optional.of(Finding.at(at, Check.named(c) + " runs `" + p.type().keyword() + " "
                + p.length().get() + "`, longer than the arrangement's duration of " + length)
            .help("shorten the commitment's term to at most " + length
                + ", or extend the arrangement's `duration`")
            .related(fixed.range(), "duration " + length));
      }
      // the day the arrangement ends, and the commitment (null when it cannot be told)
      LocalDate start = dated.orElse(null);
      LocalDate end = fixed.untilDate().isPresent() ? fixed.untilDate().get()
          : start == null ? null : after(start, fixed.length().get());
      LocalDate ends = p.length().isPresent()
          ? start == null ? null : after(start, p.length().get())
          : p.date().orElse(null);
      if (end == null || ends == null || !ends.isAfter(end)) {
        return Optional.empty();
      }
      String duration = fixed.untilDate().isPresent() ? "duration until " + end
          : "duration " + fixed.length().get();
      String term = p.length().isPresent()
          ? "`for " + p.length().get() + "`, to " + ends + " from the arrangement's date " + start
          : "`until " + ends + "`";
      return Optional.of(Finding.at(at, Check.named(c) + " runs " + term
              + ", past the arrangement's end on " + end + " (`" + duration + "`"
              + (fixed.untilDate().isPresent() ? "" : " from " + start) + ")")
          .help("end the commitment by " + end + " (`until " + end
              + "`), or extend the arrangement's `duration`")
          .related(fixed.range(), duration));
    }

    /**
     * The day {@code length} after {@code start}, by the calendar for a whole number of days,
     * weeks, months or years ({@code 2025-01-01} and 5 years: {@code 2030-01-01}); otherwise by the
     * mean length, rounded up to a whole day.
     */
    private static LocalDate after(LocalDate start, Duration length) {
      BigDecimal amount = length.amount();
      if (amount.stripTrailingZeros().scale() <= 0) {
        try {
          long whole = amount.longValueExact();
          switch (length.unit()) {
            case DAY:
              return start.plusDays(whole);
            case WEEK:
              return start.plusWeeks(whole);
            case MONTH:
              return start.plusMonths(whole);
            case YEAR:
              return start.plusYears(whole);
            default:
              break;
          }
        } catch (ArithmeticException | DateTimeException e) {
          // too long for the calendar: by the mean length
        }
      }
      double days = Math.ceil(length.days());
      return days >= ChronoUnit.DAYS.between(start, LocalDate.MAX) ? LocalDate.MAX
          : start.plusDays((long) days);
    }
  }
}

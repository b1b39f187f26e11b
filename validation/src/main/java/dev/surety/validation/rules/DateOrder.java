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
import java.time.LocalDate;
import java.util.Optional;

/** SUR303: a date is not after {@code dated}, or a commitment outlasts the fixed duration. */
@Rule(
    code = "SUR303",
    name = "date-order",
    summary = "An `until` or `by` date is not after the `dated` date, or a commitment's `for`/`until` outlasts the arrangement's fixed duration.",
    explanation = """
        A deadline that has passed when the text is dated, or a term that ends before it \
        begins, is a drafting error; a commitment promised for longer than the arrangement \
        itself lasts ends with the arrangement regardless. Correct the dates, or extend the \
        arrangement's `duration`.""",
    failingExample = """
        dated 2025-12-29.
        EU accession: membership; by 2024-01-01.""",
    passingExample = """
        dated 2025-12-29.
        EU accession: membership; by 2030-01-01.""")
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
      Optional<DurationTerm> fixed = a.durations().stream()
          .filter(d -> d.type() == DurationTerm.Type.FIXED && d.length().isPresent()).findFirst();
      for (DurationTerm d : a.durations()) {
        if (dated.isPresent() && d.untilDate().isPresent() && !d.untilDate().get().isAfter(dated.get())) {
          out.accept(Finding.at(d.range(), "arrangement \"" + a.title() + "\" lasts until "
                  + d.untilDate().get() + ", which is not after its date " + dated.get())
              .help("write a date after " + dated.get())
              .related(datedRange, "dated " + dated.get()));
        }
      }
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
          if (fixed.isEmpty()) {
            continue;
          }
          Duration length = fixed.get().length().get();
          boolean outlasts = false;
          if (p.type() == CommitmentPeriod.Type.FOR && p.length().isPresent()) {
            outlasts = p.length().get().compareTo(length) > 0;
          } else if (p.type() == CommitmentPeriod.Type.UNTIL && p.date().isPresent() && dated.isPresent()) {
            LocalDate end = dated.get().plusDays((long) Math.ceil(length.days()));
            outlasts = p.date().get().isAfter(end);
          }
          if (outlasts) {
            out.accept(Finding.at(p.range().isKnown() ? p.range() : c.range(),
                    Check.named(c) + " runs `"
                    + p.type().keyword() + " " + p.length().map(Object::toString)
                        .orElseGet(() -> p.date().map(Object::toString).orElse(""))
                    + "`, longer than the arrangement's duration of " + length)
                .help("shorten the commitment's term, or extend the arrangement's `duration`")
                .related(fixed.get().range(), "duration " + length));
          }
        }
      }
    }
  }
}

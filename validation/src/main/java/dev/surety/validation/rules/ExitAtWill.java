package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.validation.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;
import dev.surety.core.model.Duration;
import dev.surety.core.model.WithdrawalTerm;
import dev.surety.core.vocabulary.TimeUnit;

/** SUR208: {@code withdrawal at will}, or a notice shorter than 3 months. */
@Rule(
    code = "SUR208",
    name = "exit-at-will",
    summary = "`withdrawal at will`, or a withdrawal notice shorter than 3 months.",
    explanation = """
        A guarantee that a guarantor may leave at once, or within weeks, is void exactly when \
        a crisis makes leaving attractive. NATO's Article 13 requires a year's notice. Give a \
        notice of at least 3 months.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
          duration 10 years.
          withdrawal at will.
        }
        """,
    passingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = ExitAtWill.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExitAtWill {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The shortest acceptable notice. */
  Duration MINIMUM_NOTICE = Duration.of(3, TimeUnit.MONTH);

  /** Judges one withdrawal term. */
  final class Validator extends Check<ExitAtWill, WithdrawalTerm> {
    @Override
    protected void check(WithdrawalTerm w, Consumer<Finding> out) {
      if (w.isAtWill()) {
        out.accept(Finding.at(w.range(), "`withdrawal at will` lets any party leave at once")
            .help("write `withdrawal notice 12 months.` (at least 3 months)"));
      } else if (!w.notice().get().isAtLeast(MINIMUM_NOTICE)) {
        out.accept(Finding.at(w.range(), "a withdrawal notice of " + w.notice().get()
                + " is shorter than 3 months")
            .help("write `withdrawal notice 3 months.` or longer"));
      }
    }
  }
}

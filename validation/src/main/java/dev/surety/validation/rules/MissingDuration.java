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
import dev.surety.core.model.Arrangement;

/** SUR107: the arrangement has no {@code duration}. */
@Rule(
    code = "SUR107",
    name = "missing-duration",
    summary = "The arrangement has no `duration`.",
    explanation = """
        A promise without a term leaves open whether it still holds when it is needed. The \
        Budapest Memorandum of 1994 had no duration and no withdrawal clause. NATO's Article 5 \
        has no end date: write `duration indefinite.` when that is what is meant.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
          withdrawal notice 12 months.
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
@Constraint(validatedBy = MissingDuration.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingDuration {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** No {@code duration} term. */
  final class Validator extends Check<MissingDuration, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.durations().isEmpty() && !a.unread().contains("duration")) {
        out.accept(Finding.at(a.headerRange(), "arrangement \"" + a.title() + "\" has no duration")
            .help("add `duration indefinite.`, `duration 10 years.` or `duration until \"...\".`"));
      }
    }
  }
}

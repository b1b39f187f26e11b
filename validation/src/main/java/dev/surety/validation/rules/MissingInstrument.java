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

/** SUR116: no {@code instrument}. */
@Rule(
    code = "SUR116",
    name = "missing-instrument",
    summary = "No `instrument`.",
    explanation = """
        The legal form decides whether a promise binds in law (`treaty`, `agreement`, \
        `executive agreement`) or only politically (`memorandum`, `joint statement`, ...). A \
        missing instrument counts as not binding, so no commitment can be guarantee-grade.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
          duration 10 years.
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
@Constraint(validatedBy = MissingInstrument.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingInstrument {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** No {@code instrument}. */
  final class Validator extends Check<MissingInstrument, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.instrument().isEmpty() && !a.unread().contains("instrument")) {
        out.accept(Finding.at(a.headerRange(), "arrangement \"" + a.title()
                + "\" has no instrument, so none of its commitments binds in law")
            .help("add `instrument treaty.` (binding in law) or the political form it really has"));
      }
    }
  }
}

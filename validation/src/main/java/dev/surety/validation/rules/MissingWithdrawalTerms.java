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

/** SUR115: no {@code withdrawal} term. */
@Rule(
    code = "SUR115",
    name = "missing-withdrawal-terms",
    summary = "No `withdrawal` term.",
    explanation = """
        Without withdrawal terms nothing says how a party may leave, or how much warning the \
        beneficiary gets. NATO's Article 13 allows a party to leave one year after its notice. \
        Write `withdrawal notice 12 months.`""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
          duration 10 years.
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
@Constraint(validatedBy = MissingWithdrawalTerms.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingWithdrawalTerms {
  Severity severity() default Severity.INFO;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** No {@code withdrawal} term. */
  final class Validator extends Check<MissingWithdrawalTerms, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.withdrawals().isEmpty() && !a.unread().contains("withdrawal")) {
        out.accept(Finding.at(a.headerRange(), "arrangement \"" + a.title() + "\" has no withdrawal terms")
            .help("add `withdrawal notice 12 months.`"));
      }
    }
  }
}

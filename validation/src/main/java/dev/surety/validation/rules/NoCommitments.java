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
import dev.surety.validation.analysis.Analysis;

/** SUR105: the arrangement has no commitment. */
@Rule(
    code = "SUR105",
    name = "no-commitments",
    summary = "The arrangement has no commitment.",
    explanation = """
        An arrangement without a commitment promises nothing: it has no guarantor, and its \
        verdict can only be `declaration`. Write at least one commitment (`US backstop: air \
        defence; on attack.`), at the top level or in a layer.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
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
@Constraint(validatedBy = NoCommitments.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoCommitments {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Looks for a commitment at the top level and in every layer. */
  final class Validator extends Check<NoCommitments, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.allCommitments().isEmpty() && !Analysis.hasUnreadCommitment(a)) {
        out.accept(Finding.at(a.headerRange(), "arrangement \"" + a.title() + "\" makes no commitment")
            .help("add a commitment such as `US military aid: air defence.`"));
      }
    }
  }
}

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
import dev.surety.core.model.Commitment;
import dev.surety.validation.analysis.Analysis;

/** SUR106: a response commitment has no {@code on}. Checked on each element of {@code commitments()}. */
@Rule(
    code = "SUR106",
    name = "missing-trigger",
    summary = "A response commitment has no `on`.",
    explanation = """
        A response commitment (`mutual defence`, `backstop`, `presence`) says that the \
        guarantor's own forces act. Without a trigger nothing says *when* they must act, and \
        the commitment cannot be guarantee-grade. Declare a trigger and name it with `on`.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK backstop: air defence; immediate.
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
          trigger attack: armed attack.
          UK backstop: air defence; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = MissingTrigger.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingTrigger {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A response commitment without trigger. */
  final class Validator extends Check<MissingTrigger, Commitment> {
    @Override
    protected void check(Commitment c, Consumer<Finding> out) {
      if (c.isResponse() && c.triggers().isEmpty() && !c.unread().contains("on")) {
        out.accept(Finding.at(c.range(), Check.named(c)
                + " is a response commitment with no trigger: nothing says when "
                + Analysis.parties(c, "anyone") + " must act")
            .help("add `; on <trigger>` naming the event that activates it"));
      }
    }
  }
}

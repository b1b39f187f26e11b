package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.validation.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.function.Consumer;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Phrase;
import dev.surety.validation.analysis.Analysis;

/** SUR113: a triggered response commitment has neither {@code within} nor {@code immediate}. */
@Rule(
    code = "SUR113",
    name = "missing-response-time",
    summary = "A response commitment with a trigger has neither `within` nor `immediate`.",
    explanation = """
        NATO's Article 5 commits each party to act "forthwith". A response commitment that \
        says when it is triggered but not how soon the guarantor must act leaves the \
        beneficiary to wait. Add `within 72 hours` or `immediate`.""",
    failingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK backstop: air defence; on attack.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK backstop: air defence; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = MissingResponseTime.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingResponseTime {
  Severity severity() default Severity.INFO;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Judges one commitment. */
  final class Validator extends Check<MissingResponseTime, Commitment> {
    @Override
    protected void check(Commitment c, Consumer<Finding> out) {
      if (c.isResponse() && !c.triggers().isEmpty() && c.responseTimes().isEmpty()
          && !c.unread().contains("within")) {
        Finding finding = Finding.at(c.range(), Check.named(c) + " is triggered (on "
            + Analysis.ids(Analysis.once(c.triggers())) + ") but does not say how soon "
            + Analysis.parties(c, "anyone") + " must act");
        Optional<Phrase<?>> item = Check.qualifierAsItem(c, "immediate", "within");
        out.accept(item.isPresent() ? Check.qualifierAsItem(finding, item.get())
            : finding.help("add `; within 72 hours` (or another time) or `; immediate`"));
      }
    }
  }
}

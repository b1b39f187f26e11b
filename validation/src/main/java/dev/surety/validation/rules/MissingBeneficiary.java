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
import dev.surety.core.model.Reference;
import dev.surety.validation.analysis.Analysis;

/** SUR104: no beneficiary, or more than one. */
@Rule(
    code = "SUR104",
    name = "missing-beneficiary",
    summary = "No `beneficiary`, or more than one.",
    explanation = """
        A security arrangement protects exactly one party: the beneficiary. Without one, no \
        rule can tell a guarantor from the protected party; with two, the promises no longer \
        say whom they protect. Write one `beneficiary` and draft a second arrangement for a \
        second beneficiary.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
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
@Constraint(validatedBy = MissingBeneficiary.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingBeneficiary {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Counts the {@code beneficiary} headers. */
  final class Validator extends Check<MissingBeneficiary, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.beneficiaries().isEmpty()) {
        if (!a.unread().contains("beneficiary")) {
          out.accept(Finding.at(a.headerRange(), "arrangement \"" + a.title() + "\" names no beneficiary")
              .help("add `beneficiary <id>.` naming the protected party"));
        }
      } else if (a.beneficiaries().size() > 1) {
        Reference second = a.beneficiaries().get(1);
        Finding f = Finding.at(second.range(), "arrangement \"" + a.title() + "\" names "
                + a.beneficiaries().size() + " beneficiaries (" + Analysis.ids(a.beneficiaries())
                + "); exactly one is expected")
            .help("keep one `beneficiary` and draft a separate arrangement for the others");
        Reference first = a.beneficiaries().get(0);
        out.accept(f.related(first.range(), "first beneficiary " + first.id()));
      }
    }
  }
}

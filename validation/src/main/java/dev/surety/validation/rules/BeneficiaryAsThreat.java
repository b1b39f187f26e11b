package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.validation.Rule;
import dev.surety.validation.analysis.Analysis;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;
import dev.surety.core.model.Reference;
import dev.surety.core.model.Trigger;

/** SUR304: the beneficiary is named a threat. */
@Rule(
    code = "SUR304",
    name = "beneficiary-as-threat",
    summary = "The beneficiary is named in `against` or in a trigger's `by`.",
    explanation = """
        The arrangement protects its beneficiary; naming the beneficiary as the threat turns \
        the protection against the party it is meant for. This is almost always a wrong id in \
        `against` or in a trigger's `by`.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          against UA.
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
          against RU.
          party UA "Ukraine".
          party UK "United Kingdom".
          party RU "Russian Federation".
          UK military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = BeneficiaryAsThreat.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BeneficiaryAsThreat {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Each threat reference that names the beneficiary. */
  final class Validator extends Check<BeneficiaryAsThreat, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.beneficiary().isEmpty()) {
        return;
      }
      Reference beneficiary = a.beneficiary().get();
      String b = beneficiary.id();
      for (Reference r : a.against()) {
        if (r.id().equals(b)) {
          out.accept(finding(a, r, "`against`").related(beneficiary.range(),
              r.id() + " is the beneficiary"));
        }
      }
      for (Trigger t : a.triggers()) {
        for (Reference r : t.by()) {
          if (r.id().equals(b)) {
            Finding f = finding(a, r, "the `by` of trigger " + t.id());
            // a file-level trigger is judged with each arrangement that sees it, and reported once
            // (docs/validation.md): without the note on this arrangement's own `beneficiary`, the
            // findings of arrangements that share the beneficiary are equal, and one is kept
            out.accept(t.shared() ? f
                : f.related(beneficiary.range(), r.id() + " is the beneficiary"));
          }
        }
      }
    }

    private static Finding finding(Arrangement a, Reference r, String where) {
      return Finding.at(r.range(), "the beneficiary " + a.describe(r.id()) + " is named a threat in "
              + where + " (" + Check.line(r.range()) + ")")
          .help("name the party that threatens " + r.id() + " instead");
    }
  }
}

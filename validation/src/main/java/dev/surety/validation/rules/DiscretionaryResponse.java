package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.validation.Rule;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Located;
import dev.surety.core.vocabulary.Mode;
import dev.surety.validation.analysis.Analysis;

/** SUR207: a military commitment is {@code after consultation} or {@code at discretion}. */
@Rule(
    code = "SUR207",
    name = "discretionary-response",
    summary = "A military commitment is `after consultation` or `at discretion`.",
    explanation = """
        `after consultation` and `at discretion` leave the guarantor free not to act at all: \
        the 2024 bilateral agreements promised consultations within 24 hours, not aid. NATO's \
        Article 5 obliges each party to act and leaves it only the choice of means: write `as \
        deemed necessary` (or `automatic`) instead.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence; after consultation.
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
          UK military aid: air defence; as deemed necessary.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = DiscretionaryResponse.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DiscretionaryResponse {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Judges one commitment. */
  final class Validator extends Check<DiscretionaryResponse, Commitment> {
    @Override
    protected void check(Commitment c, Consumer<Finding> out) {
      if (!c.isMilitary()) {
        return;
      }
      Set<Mode> reported = EnumSet.noneOf(Mode.class);
      for (Located<Mode> mode : c.modes()) {
        // a mode written twice is one finding, at the first (`at discretion; at discretion`)
        if (!mode.value().isObligation() && reported.add(mode.value())) {
          out.accept(Finding.at(mode.range().isKnown() ? mode.range() : c.range(),
                  Check.named(c) + " is `" + mode.value().canonical()
                      + "`: " + (c.parties().isEmpty() ? "no one need act"
                          : Analysis.ids(c.parties()) + " need not act") + " at all")
              .help("replace `" + mode.value().canonical() + "` by `as deemed necessary` (must act, "
                  + "chooses the means) or `automatic`"));
        }
      }
    }
  }
}

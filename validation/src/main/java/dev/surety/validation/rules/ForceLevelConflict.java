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
import dev.surety.core.model.ForceLevel;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.Vocabulary;
import java.util.List;

/** SUR301: a {@code limit} is lower than a {@code sustain} for the same party, force and unit. */
@Rule(
    code = "SUR301",
    name = "force-level-conflict",
    summary = "A `limit` is lower than a `sustain` for the same party, force and unit; both places are shown.",
    explanation = """
        `sustain UA armed forces: 800000 personnel.` promises support for a force of at least \
        that size; `limit UA armed forces: 600000 personnel.` caps it. Both cannot hold: the \
        adversary's demand for a smaller army contradicts the partners' promise. Raise the \
        limit or lower the sustained level.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
          sustain UA armed forces: 800000 personnel.
          limit UA armed forces: 600000 personnel.
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
          sustain UA armed forces: 800000 personnel.
          limit UA armed forces: 850000 personnel.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = ForceLevelConflict.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ForceLevelConflict {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compares each limit with each sustain of the same party, force and unit. */
  final class Validator extends Check<ForceLevelConflict, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      List<ForceLevel> all = a.allForceLevels();
      for (ForceLevel limit : all) {
        if (limit.type() != ForceLevelType.LIMIT) {
          continue;
        }
        for (ForceLevel sustain : all) {
          if (sustain.type() == ForceLevelType.SUSTAIN
              && sustain.party().id().equals(limit.party().id())
              && Vocabulary.normalize(sustain.force()).equals(Vocabulary.normalize(limit.force()))
              && Vocabulary.normalize(sustain.unit()).equals(Vocabulary.normalize(limit.unit()))
              && limit.amount().compareTo(sustain.amount()) < 0) {
            String p = limit.party().id();
            out.accept(Finding.at(limit.range(), "the limit of " + p + " " + limit.force() + " to "
                    + limit.amount().toPlainString() + " " + limit.unit() + " (" + Check.line(limit.range())
                    + ") is lower than the " + sustain.amount().toPlainString() + " " + sustain.unit()
                    + " promised to be sustained (" + Check.line(sustain.range()) + ")")
                .help("raise the limit to at least " + sustain.amount().toPlainString()
                    + " or lower the sustained level")
                .related(sustain.range(), "sustain " + p + " " + sustain.force() + ": "
                    + sustain.amount().toPlainString() + " " + sustain.unit()));
          }
        }
      }
    }
  }
}

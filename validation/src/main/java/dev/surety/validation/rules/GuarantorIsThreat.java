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
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Reference;

/** SUR203: a guarantor is also a threat. */
@Rule(
    code = "SUR203",
    name = "guarantor-is-threat",
    summary = "A guarantor is also a threat (the Budapest Memorandum's flaw). Restraints alone do not make a party a guarantor.",
    explanation = """
        The Russian Federation was one of the three states that gave Ukraine "assurances" in \
        1994, and later attacked it. A guarantor that is also the threat guarantees nothing: \
        it will not defend the beneficiary against itself, and in an organisation it can \
        block the others. A threat may promise restraints (`non-aggression`), which do not \
        make it a guarantor; it must not be counted on for anything else.""",
    failingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          against RU.
          party UA "Ukraine".
          party UK "United Kingdom".
          party RU "Russian Federation".
          trigger attack: armed attack.
          UK, RU backstop: air defence; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          against RU.
          party UA "Ukraine".
          party UK "United Kingdom".
          party RU "Russian Federation".
          trigger attack: armed attack.
          UK backstop: air defence; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = GuarantorIsThreat.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface GuarantorIsThreat {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Each guarantor named as a threat. */
  final class Validator extends Check<GuarantorIsThreat, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      Analysis analysis = Analysis.of(a);
      for (String g : analysis.guarantors()) {
        if (!analysis.isThreat(g)) {
          continue;
        }
        Commitment first = analysis.commitmentsOf(g).stream()
            .filter(c -> !c.isRestraint()).findFirst().orElseThrow();
        Reference threat = analysis.threatReference(g).orElseThrow();
        String clause = analysis.threatTrigger(g).map(t -> "the `by` of trigger " + t.id())
            .orElse("`against`");
        // a trigger declared in an included file: its line is in that file, not in this one
        String where = threat.range().isKnown()
            && !threat.range().file().equals(first.range().file())
            ? Check.line(threat.range()) + " of " + threat.range().file()
            : Check.line(threat.range());
        out.accept(Finding.at(first.range(), analysis.describe(g) + " is a guarantor ("
                + first.kind().text() + ", " + Check.line(first.range())
                + ") and also a threat (" + clause + ", " + where + ")")
            .help("remove " + g + " from the commitments that are not restraints; a threat can "
                + "promise restraints such as `non-aggression` only")
            .related(threat.range(), g + " is named a threat here"));
      }
    }

  }
}

package dev.surety.validation.rules;

import dev.surety.core.diagnostic.RelatedLocation;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SUR204: every commitment of a guarantor is weak. */
@Rule(
    code = "SUR204",
    name = "assurance-only-guarantor",
    summary = "Every commitment of a guarantor is weak.",
    explanation = """
        A guarantor whose commitments are all political or vague (consultation, diplomatic \
        support, seeking Security Council action, solidarity, ...) gives an assurance, not a \
        guarantee: in 1994 the United States, the United Kingdom and the Russian Federation \
        promised no more than to seek Security Council action. Commitments of unknown kind \
        count as weak, except a misspelt one (SUR111: `backstpo`), which may be the strong \
        commitment meant: the guarantor is judged again once it is corrected.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK diplomatic support: sovereignty.
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
          UK diplomatic support: sovereignty.
          UK military aid: air defence.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = AssuranceOnlyGuarantor.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AssuranceOnlyGuarantor {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Each guarantor with only weak commitments. */
  final class Validator extends Check<AssuranceOnlyGuarantor, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (Analysis.hasUnreadCommitment(a)) {
        return; // a commitment that could not be read may be a guarantor's strong one
      }
      Analysis analysis = Analysis.of(a);
      for (String g : analysis.guarantors()) {
        List<Commitment> all = analysis.commitmentsOf(g);
        if (!all.stream().allMatch(Analysis::isWeak)
            || all.stream().anyMatch(UnknownTerm.Validator::misspeltKind)) {
          continue; // a misspelt kind (SUR111) may be the strong commitment meant
        }
        Commitment first = all.stream().filter(c -> !c.isRestraint()).findFirst().orElseThrow();
        // each kind once, as written: "`support` is ...", "`respect` and `consultation` are ..."
        Set<String> seen = new HashSet<>(); // a set beside the list: linear in the commitments
        List<String> kinds = new ArrayList<>();
        for (Commitment c : all) {
          String kind = "`" + c.kind().text() + "`";
          if (seen.add(kind)) {
            kinds.add(kind);
          }
        }
        String named = kinds.size() == 1 ? kinds.get(0)
            : String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and "
                + kinds.get(kinds.size() - 1);
        Finding f = Finding.at(first.range(), analysis.describe(g) + " gives only assurances: "
                + named + (kinds.size() == 1 ? " is political or vague, not military or economic"
                    : " are political or vague, none military or economic"))
            .help(analysis.isThreat(g)
                // a threat is not to be counted on for more (SUR203): no commitment to add
                ? "do not count " + g + " as a guarantor: it is named a threat, and can promise "
                    + "restraints such as `non-aggression` only"
                : "add a military or economic commitment by " + g
                    + " (`" + g + " military aid: air defence.`), or do not count " + g
                    + " as a guarantor");
        List<RelatedLocation> others = new ArrayList<>(all.size());
        for (Commitment c : all) {
          if (c != first) {
            others.add(RelatedLocation.of(c.range(), g + " " + c.kind().text()));
          }
        }
        out.accept(f.related(others));
      }
    }
  }
}

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
import dev.surety.core.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** SUR206: a commitment runs through an organisation where a threat holds a veto. */
@Rule(
    code = "SUR206",
    name = "veto-exposed",
    summary = "A commitment runs `through` an organisation where a threat holds a veto.",
    explanation = """
        A promise to act through the UN Security Council is a promise the aggressor can veto \
        when it is a permanent member: the Budapest Memorandum's promise to seek Security \
        Council action could be blocked by the Russian Federation. Commit to act directly, or \
        through a body where no threat holds a veto.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          against RU.
          party UA "Ukraine".
          party UK "United Kingdom".
          party RU "Russian Federation".
          organisation UNSC "UN Security Council"; veto UK, RU.
          UK sanctions: energy, finance; through UNSC.
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
          UK sanctions: energy, finance.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = VetoExposed.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VetoExposed {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Each channel of each commitment where a threat holds a veto. */
  final class Validator extends Check<VetoExposed, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      Analysis analysis = Analysis.of(a);
      for (Commitment c : a.allCommitments()) {
        for (Map.Entry<Reference, List<Reference>> exposure : analysis.vetoExposure(c).entrySet()) {
          Reference channel = exposure.getKey();
          List<Reference> vetoes = exposure.getValue();
          String org = a.describe(channel.id());
          Finding f = Finding.at(channel.range().isKnown() ? channel.range() : c.range(),
                  Check.named(c) + " runs through " + org + ", where "
                      + (vetoes.size() == 1 ? "the threat " : "the threats ")
                      + Analysis.holdAVeto(vetoes))
              .help(help(c, channel, analysis));
          List<RelatedLocation> holders = new ArrayList<>(vetoes.size());
          for (Reference v : vetoes) {
            holders.add(RelatedLocation.of(v.range(), v.id() + " holds a veto in " + channel.id()));
          }
          out.accept(f.related(holders));
        }
      }
    }

    /**
     * Commit the parties of {@code c} that are no threat to act directly: a threat among them is
     * not to be counted on (SUR203), so the help does not ask it to act.
     */
    private static String help(Commitment c, Reference channel, Analysis analysis) {
      List<Reference> acting = new ArrayList<>(c.parties().size());
      for (Reference p : c.parties()) {
        if (!analysis.isThreat(p.id())) {
          acting.add(p);
        }
      }
      String instead = " to act directly, not `through " + channel.id() + "`";
      return acting.isEmpty()
          ? "commit a party that is no threat" + instead
          : "commit " + Analysis.ids(acting) + instead;
    }
  }
}

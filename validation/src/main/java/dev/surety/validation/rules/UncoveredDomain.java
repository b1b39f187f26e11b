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
import dev.surety.core.model.Phrase;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.ItemTerm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SUR112: a domain in {@code covers} appears in the items of no military commitment. */
@Rule(
    code = "SUR112",
    name = "uncovered-domain",
    summary = "A domain in `covers` appears in the items of no military commitment.",
    explanation = """
        `covers land, air, sea.` promises protection in those domains. A domain that no \
        military commitment names among its items is promised by nobody: either a guarantor \
        commits forces or means there, or the arrangement should not claim to cover it. A \
        commitment whose kind is misspelt (SUR111: `militry aid`) counts, since it may be the \
        military commitment meant.""",
    failingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          covers land, sea.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK presence: land; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          covers land, sea.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK presence: land, sea; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = UncoveredDomain.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UncoveredDomain {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Compares {@code covers} with the items of military commitments. */
  final class Validator extends Check<UncoveredDomain, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (Analysis.hasUnreadCommitment(a)) {
        return; // a commitment that could not be read may name the domain
      }
      Set<Domain> covered = EnumSet.noneOf(Domain.class);
      for (Commitment c : a.allCommitments()) {
        // a misspelt kind (SUR111: `militry aid`) may be the military commitment meant
        if (c.isMilitary() || UnknownTerm.Validator.misspeltKind(c)) {
          for (Phrase<ItemTerm> item : c.items()) {
            Optional<Domain> domain = item.term().flatMap(ItemTerm::domain);
            if (domain.isPresent()) {
              covered.add(domain.get());
            }
          }
        }
      }
      // each domain once, at its first mention (one fix answers them all), the next one related
      Map<Domain, List<Phrase<Domain>>> mentions = new LinkedHashMap<>();
      for (Phrase<Domain> p : a.covers()) {
        if (p.term().isPresent() && !covered.contains(p.term().get())) {
          mentions.computeIfAbsent(p.term().get(), k -> new ArrayList<>(1)).add(p);
        }
      }
      for (List<Phrase<Domain>> written : mentions.values()) {
        Phrase<Domain> first = written.get(0);
        String d = first.term().get().canonical();
        Finding f = Finding.at(first.range(), "arrangement \"" + a.title() + "\" covers " + d
                + ", but no military commitment names " + d + " among its items")
            .help("add `" + d + "` to the items of a military commitment, or remove it from `covers`"
                + (written.size() > 1 ? " (it is written there " + written.size() + " times)" : ""));
        if (written.size() > 1) {
          f = f.related(written.get(1).range(), d + " is written again here");
        }
        out.accept(f);
      }
    }
  }
}

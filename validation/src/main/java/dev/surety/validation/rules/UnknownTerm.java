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
import dev.surety.core.model.Trigger;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Term;
import dev.surety.core.vocabulary.TriggerEvent;
import dev.surety.core.vocabulary.Vocabulary;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** SUR111: a kind, item, event or domain phrase is unknown but close to a known term. */
@Rule(
    code = "SUR111",
    name = "unknown-term",
    summary = "A kind, item, event or domain phrase is not known but is within edit distance 2 of a known term.",
    explanation = """
        An unknown phrase is kept as written, but a misspelt term silently loses its meaning: \
        `backstpo` is not a response commitment and `armed atack` is not an attack. When a \
        phrase is within two edits (Levenshtein distance) of a known spelling, the message \
        offers the term. Quoted strings are taken as meant and never reported.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defnce.
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
@Constraint(validatedBy = UnknownTerm.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnknownTerm {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** How far a misspelling may be from a known spelling. */
  int MAX_DISTANCE = 2;

  /** Looks at every kind, item, event and {@code covers} phrase. */
  final class Validator extends Check<UnknownTerm, Arrangement> {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(MAX_DISTANCE);

    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      for (Phrase<Domain> p : a.covers()) {
        if (unknown(p)) {
          judge(p, Domain.class, "domain", "covers", out);
        }
      }
      for (Trigger t : a.triggers()) {
        if (unknown(t.event())) { // file-level ones too: the message names no arrangement
          judge(t.event(), TriggerEvent.class, "event", "trigger " + t.id(), out);
        }
      }
      for (Commitment c : a.allCommitments()) {
        if (unknown(c.kind())) {
          judge(c.kind(), CommitmentKind.class, "kind", Analysis.name(c), out);
        }
        for (Phrase<ItemTerm> item : c.items()) {
          if (unknown(item)) {
            judge(item, ItemTerm.class, "item", Analysis.name(c), out);
          }
        }
      }
    }

    /** Written as a word that is not a term (a quoted phrase is meant as written). */
    private static boolean unknown(Phrase<?> p) {
      return !p.isKnown() && !p.quoted();
    }

    /** Reports {@code p}, an {@link #unknown} phrase, when a term is near enough to suggest. */
    private static <E extends Enum<E> & Term> void judge(
        Phrase<?> p, Class<E> vocabulary, String what, String where, Consumer<Finding> out) {
      String term = nearest(p, vocabulary);
      if (term != null) {
        out.accept(Finding.at(p.range(), "unknown " + what + " `" + p.text() + "` in " + where
                + " (" + Check.line(p.range()) + "); did you mean `" + term + "`?")
            .help("write `" + term + "`"));
      }
    }

    /**
     * Whether a commitment's kind is a misspelling this rule reports: unknown, not quoted, and
     * near a known kind. The rules that judge what a kind promises (SUR108, SUR204) leave such a
     * kind to this rule: `backstpo` is most likely a backstop, not a vague promise.
     */
    static boolean misspeltKind(Commitment c) {
      return unknown(c.kind()) && !c.kind().text().isBlank()
          && nearest(c.kind(), CommitmentKind.class) != null;
    }

    /**
     * Whether this rule reports {@code p} as a misspelling of a term of {@code vocabulary}:
     * unknown, not quoted, and within {@link #MAX_DISTANCE} of a known spelling. The compiler
     * leaves such a {@code covers} domain to this rule, and reports one near no domain as a value
     * outside its list (SUR005).
     */
    public static <E extends Enum<E> & Term> boolean misspelt(Phrase<?> p, Class<E> vocabulary) {
      return unknown(p) && nearest(p, vocabulary) != null;
    }

    /** The canonical form of the term nearest to {@code p}, or null when none is near enough. */
    private static <E extends Enum<E> & Term> String nearest(Phrase<?> p, Class<E> vocabulary) {
      String written = Vocabulary.normalize(p.text());
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String spelling : Vocabulary.spellings(vocabulary)) {
        int d = DISTANCE.apply(written, spelling);
        if (d >= 0 && d < bestDistance) {
          best = spelling;
          bestDistance = d;
        }
      }
      return best == null ? null
          : Vocabulary.lookup(vocabulary, best).map(Term::canonical).orElse(best);
    }
  }
}

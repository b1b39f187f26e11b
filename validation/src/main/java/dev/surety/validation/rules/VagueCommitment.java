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
import dev.surety.core.model.Commitment;
import dev.surety.validation.analysis.Analysis;

/** SUR108: a commitment's kind is vague, or it names no item and no money. */
@Rule(
    code = "SUR108",
    name = "vague-commitment",
    summary = "A commitment's kind is in the vague category, or it names no item and no money.",
    explanation = """
        "A vague promise of support is far less valuable than a clear commitment to provide \
        specific military assistance." A commitment of kind `support`, `assistance`, \
        `solidarity` or `cooperation`, or of a kind the language does not know, says nothing \
        a guarantor can be held to; nor does a commitment that names neither items (`: air \
        defence, training`) nor money (`; annually EUR 3 billion`). Restraints (`respect`, \
        `non-aggression`, ...) promise to refrain and need no item, so only their kind is judged. \
        A kind within two edits of a known one (`backstpo`) is left to SUR111, which offers the \
        kind meant.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid.
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
@Constraint(validatedBy = VagueCommitment.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface VagueCommitment {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Judges one commitment. Unknown kinds count as vague. */
  final class Validator extends Check<VagueCommitment, Commitment> {
    @Override
    protected void check(Commitment c, Consumer<Finding> out) {
      if (c.kind().text().isBlank()) {
        // a commitment built in Java without a kind
        out.accept(Finding.at(c.range(), Check.named(c) + " names no kind, so it promises nothing "
                + "specific")
            .help("give it a known kind such as `military aid`, `backstop` or `financial support`"));
      } else if (c.kind().term().isEmpty()) {
        String kind = c.kind().text();
        // `UK and FR military aid`: the parties are listed with `,`, not `and`
        boolean and = kind.regionMatches(true, 0, "and ", 0, 4) && kind.length() > 4
            && !c.parties().isEmpty();
        if (!and && UnknownTerm.Validator.misspeltKind(c)) {
          return; // SUR111 offers the kind meant (`backstpo`: `backstop`)
        }
        out.accept(Finding.at(c.kind().range().isKnown() ? c.kind().range() : c.range(),
                Check.named(c) + ": `" + kind
                    + "` is not a known kind, so it promises nothing specific")
            .help(and
                ? "list the parties with `,`, not `and`: `" + Analysis.ids(c.parties()) + ", "
                    + kind.substring(4) + "`"
                : "use a known kind such as `military aid`, `backstop` or `financial support`"));
      } else if (Analysis.isVague(c)) {
        out.accept(Finding.at(c.kind().range().isKnown() ? c.kind().range() : c.range(),
                Check.named(c) + " is vague: `" + c.kind().text() + "` promises nothing specific")
            .help("name what is promised: a kind such as `military aid` with items (`: air defence`)"));
      } else if (!c.isRestraint() && c.items().isEmpty() && c.funding().isEmpty()) {
        out.accept(Finding.at(c.range(), Check.named(c) + " names no item and no money")
            .help("name what is promised after a colon (`: air defence, training`) or an amount "
                + "(`; annually EUR 1 billion`)"));
      }
    }
  }
}

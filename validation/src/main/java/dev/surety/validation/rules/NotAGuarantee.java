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
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ArrangementKind;
import java.util.List;
import java.util.Optional;

/** SUR205: the kind is {@code guarantee} but the verdict is not. */
@Rule(
    code = "SUR205",
    name = "not-a-guarantee",
    summary = "The kind is `guarantee` but the verdict is not; the message lists what the nearest military commitment lacks.",
    explanation = """
        A text is a guarantee only if some guarantor commits its own forces (`mutual \
        defence`, `backstop`, `presence`) on a trigger, as an obligation, bindingly, and not \
        through an organisation where a threat holds a veto. The 2024 bilateral "security \
        agreements" were assurances because no one committed to come to Ukraine's military \
        aid. The message lists what the nearest military commitment lacks; fix those, or \
        write `kind assurance.`""",
    failingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK military aid: air defence; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """,
    passingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK backstop: air defence; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = NotAGuarantee.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAGuarantee {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A claimed guarantee without a guarantee-grade commitment. */
  final class Validator extends Check<NotAGuarantee, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.kind().isEmpty() || a.kind().get().value() != ArrangementKind.GUARANTEE
          || Analysis.hasUnreadCommitment(a)) {
        return; // a commitment that could not be read may be the guarantee
      }
      Analysis analysis = Analysis.of(a);
      if (analysis.hasGuaranteeGrade()) {
        return;
      }
      SourceRange kind = a.kind().get().range().isKnown() ? a.kind().get().range() : a.headerRange();
      String claim = "arrangement \"" + a.title() + "\" claims to be a guarantee, but ";
      Optional<Analysis.Pledge> nearest = analysis.nearestMilitary();
      if (nearest.isEmpty()) {
        out.accept(Finding.at(kind, claim + "no guarantor makes any military commitment")
            .help("add a response commitment (`mutual defence`, `backstop`, `presence`) on a "
                + "trigger, or write `kind assurance.`"));
        return;
      }
      Analysis.Pledge p = nearest.get();
      Commitment c = p.commitment();
      List<String> lacks = analysis.notGuaranteeGrade(p.guarantor(), c);
      if (analysis.instrumentUnread() && lacks.size() == 1) {
        return; // it lacks only the instrument that could not be read, whose error is reported
      }
      // a joint commitment is named as written, and the list is what it lacks for one guarantor
      String nearestName = c.parties().size() > 1
          ? Check.named(c) + ", lacks for " + p.guarantor() + ": "
          : p.guarantor() + " " + c.kind().text() + " (" + Check.line(c.range()) + "), lacks: ";
      out.accept(Finding.at(c.range(), claim + "no commitment is guarantee-grade; the nearest, "
              + nearestName + String.join("; ", lacks))
          .help("fix what the nearest commitment lacks, or write `kind assurance.`")
          .related(kind, "`kind guarantee` is claimed here"));
    }
  }
}

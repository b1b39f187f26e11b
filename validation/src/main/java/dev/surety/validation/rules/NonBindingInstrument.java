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
import dev.surety.core.model.Located;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.InstrumentType;

/** SUR202: the kind is {@code guarantee} but the instrument binds only politically. */
@Rule(
    code = "SUR202",
    name = "non-binding-instrument",
    summary = "The kind is `guarantee` and the instrument is political only (memorandum, declaration, joint statement, communique).",
    explanation = """
        A memorandum, a political declaration, a joint statement or a communique binds no \
        one in law: the Budapest Memorandum of 1994 was a memorandum of "security \
        assurances". Calling such a text a guarantee misleads its beneficiary. Make it a \
        `treaty` or an `agreement`, or call it what it is: `kind assurance.`""",
    failingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument memorandum.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK backstop: air defence; on attack; immediate.
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
@Constraint(validatedBy = NonBindingInstrument.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NonBindingInstrument {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A claimed guarantee on a political instrument. */
  final class Validator extends Check<NonBindingInstrument, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.kind().isEmpty() || a.kind().get().value() != ArrangementKind.GUARANTEE
          || a.instrument().isEmpty() || a.instrument().get().value().isBindingInLaw()) {
        return;
      }
      Located<InstrumentType> instrument = a.instrument().get();
      out.accept(Finding.at(instrument.range().isKnown() ? instrument.range() : a.headerRange(),
              "arrangement \"" + a.title() + "\" claims to be a guarantee, but its instrument "
                  + Analysis.instrument(instrument) + " binds only politically")
          .help("write `instrument treaty.` or `instrument agreement.`, or `kind assurance.`")
          .related(a.kind().get().range(), "`kind guarantee` is claimed here"));
    }
  }
}

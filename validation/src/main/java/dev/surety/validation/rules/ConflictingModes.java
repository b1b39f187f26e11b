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
import dev.surety.core.model.Located;
import dev.surety.core.model.ResponseTime;
import dev.surety.core.vocabulary.Mode;

/**
 * SUR302: one commitment has two different modes, both {@code immediate} and {@code within}, or
 * two {@code within}s of different lengths.
 */
@Rule(
    code = "SUR302",
    name = "conflicting-modes",
    summary = "One commitment has two different modes, or both `immediate` and `within`, or two "
        + "`within`s of different lengths.",
    explanation = """
        A commitment has at most one mode: `automatic`, `as deemed necessary`, `after \
        consultation` or `at discretion` contradict each other, and the weaker reading is the \
        one a reluctant guarantor will choose. Likewise `immediate` and `within` cannot both \
        hold, nor `within 3 days` and `within 30 days`: a guarantor would read the longer. Keep \
        one.""",
    failingExample = """
        arrangement "Security Guarantee for Ukraine" {
          kind guarantee.
          instrument treaty.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack.
          UK backstop: air defence; on attack; immediate; automatic; as deemed necessary.
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
          UK backstop: air defence; on attack; immediate; automatic.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = ConflictingModes.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConflictingModes {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Judges one commitment. */
  final class Validator extends Check<ConflictingModes, Commitment> {
    @Override
    protected void check(Commitment c, Consumer<Finding> out) {
      if (!c.modes().isEmpty()) {
        Located<Mode> first = c.modes().get(0);
        for (Located<Mode> other : c.modes()) {
          if (other.value() != first.value()) {
            out.accept(Finding.at(other.range().isKnown() ? other.range() : c.range(),
                    Check.named(c) + " is both `" + first.value().canonical() + "` and `"
                        + other.value().canonical() + "`")
                .help("keep one mode")
                .related(first.range(), "`" + first.value().canonical() + "` is written here"));
            break;
          }
        }
      }
      ResponseTime immediate = null;
      ResponseTime within = null;
      ResponseTime otherWithin = null;
      for (ResponseTime t : c.responseTimes()) {
        if (t.isImmediate() && immediate == null) {
          immediate = t;
        } else if (!t.isImmediate() && within == null) {
          within = t;
        } else if (!t.isImmediate() && otherWithin == null
            && t.within().get().compareTo(within.within().get()) != 0) {
          otherWithin = t;
        }
      }
      if (otherWithin != null) {
        String first = "`within " + within.within().get() + "`";
        String second = "`within " + otherWithin.within().get() + "`";
        out.accept(Finding.at(otherWithin.range().isKnown() ? otherWithin.range() : c.range(),
                Check.named(c) + " is both " + first + " and " + second)
            .help("keep one response time: " + first + " or " + second)
            .related(within.range(), "the other response time is written here"));
      }
      if (immediate != null && within != null) {
        ResponseTime later = immediate.range().compareTo(within.range()) > 0 ? immediate : within;
        ResponseTime earlier = later == immediate ? within : immediate;
        out.accept(Finding.at(later.range().isKnown() ? later.range() : c.range(),
                Check.named(c) + " is both `immediate` and `within " + within.within().get() + "`")
            .help("keep either `immediate` or `within " + within.within().get() + "`")
            .related(earlier.range(), "the other response time is written here"));
      }
    }
  }
}

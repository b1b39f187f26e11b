package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Phrase;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.validation.Rule;
import dev.surety.validation.analysis.Analysis;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SUR106: a response commitment has no {@code on}. Checked on each element of {@code commitments()}. */
@Rule(
    code = "SUR106",
    name = "missing-trigger",
    summary = "A response commitment has no `on`.",
    explanation = """
        A response commitment (`mutual defence`, `backstop`, `presence`) says that the \
        guarantor's own forces act. Without a trigger nothing says *when* they must act, and \
        the commitment cannot be guarantee-grade. Declare a trigger and name it with `on`.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          kind assurance.
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK backstop: air defence; immediate.
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
          trigger attack: armed attack.
          UK backstop: air defence; on attack; immediate.
          duration 10 years.
          withdrawal notice 12 months.
        }
        """)
@Constraint(validatedBy = MissingTrigger.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingTrigger {
  Severity severity() default Severity.WARNING;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** A response commitment without trigger. */
  final class Validator extends Check<MissingTrigger, Commitment> {
    @Override
    protected void check(Commitment c, Consumer<Finding> out) {
      if (c.isResponse() && c.triggers().isEmpty() && !c.unread().contains("on")) {
        Finding finding = Finding.at(c.range(), Check.named(c)
            + " is a response commitment with no trigger: nothing says when "
            + Analysis.parties(c, "anyone") + " must act");
        Optional<Phrase<?>> item = Check.qualifierAsItem(c, "on");
        out.accept(item.isPresent() ? Check.qualifierAsItem(finding, item.get())
            : finding.help(help(c)));
      }
    }

    /** An item that ends in {@code on <one word>}: a trigger written without its {@code ;}. */
    private static final Pattern ON_AT_END =
        Pattern.compile("^(.+)\\s+on\\s+([\\p{L}][\\p{L}\\p{M}\\p{Nd}_-]*)$");

    /**
     * The usual help, or, when an item ends in {@code on <word>} ({@code air defence on attack}),
     * the {@code ;} that the drafter likely left out: the qualifier was read as part of the item.
     */
    private static String help(Commitment c) {
      for (Phrase<ItemTerm> item : c.items()) {
        Matcher m = ON_AT_END.matcher(item.text().strip());
        if (m.matches()) {
          return "if `on " + m.group(2) + "` names its trigger, write `" + m.group(1) + "; on "
              + m.group(2) + "`: without the `;` it is read as part of the item `"
              + item.text().strip() + "`";
        }
      }
      return "add `; on <trigger>` naming the event that activates it";
    }
  }
}

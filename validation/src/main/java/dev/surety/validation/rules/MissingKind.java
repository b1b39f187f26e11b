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
import dev.surety.core.model.Arrangement;

/** SUR103: the arrangement has no {@code kind}. */
@Rule(
    code = "SUR103",
    name = "missing-kind",
    summary = "The arrangement has no `kind`.",
    explanation = """
        What the drafters claim the text is (`guarantee`, `assurance`, `partnership`, \
        `declaration`) is the yardstick the other rules hold it against: SUR202 and SUR205 \
        compare a claimed guarantee with what the text really binds. Without a `kind` the \
        claim is left to the reader.""",
    failingExample = """
        arrangement "UK-Ukraine Security Agreement" {
          instrument agreement.
          beneficiary UA.
          party UA "Ukraine".
          party UK "United Kingdom".
          UK military aid: air defence.
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
@Constraint(validatedBy = MissingKind.Validator.class)
@Target({ElementType.TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MissingKind {
  Severity severity() default Severity.ERROR;

  String message() default Check.TEMPLATE;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Reports an arrangement without {@code kind}. */
  final class Validator extends Check<MissingKind, Arrangement> {
    @Override
    protected void check(Arrangement a, Consumer<Finding> out) {
      if (a.kind().isEmpty() && !a.unread().contains("kind")) {
        out.accept(Finding.at(a.headerRange(), "arrangement \"" + a.title() + "\" has no `kind`")
            .help("add `kind guarantee.`, `kind assurance.`, `kind partnership.` or `kind declaration.`"));
      }
    }
  }
}

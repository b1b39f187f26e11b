package dev.surety.validation.rules;

import dev.surety.core.diagnostic.Severity;
import dev.surety.validation.Rule;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * SUR004: the home of a rule that is not a constraint. Suppressions are comments of the file, not
 * part of the arrangement, so {@link dev.surety.validation.Suppressions} applies this rule after
 * validation; it reads the code, name and severity from here.
 */
@Rule(
    code = "SUR004",
    name = "unused-suppression",
    summary = "A `surety:disable` comment suppresses nothing, or names an unknown code.",
    explanation = """
        A suppression that suppresses nothing hides nothing today, but it will silently hide a \
        real finding once the draft changes under it; a suppression that names an unknown code \
        is a typo. Remove the suppression, or correct its code. A comment that starts as a \
        suppression but names no directive of the language (`// surety:disable-line`, as \
        another linter spells it) suppresses nothing either, and is reported: the two \
        directives are `surety:disable-next-line` and `surety:disable-file`. Directives are \
        case-sensitive, as ESLint's are: one written in another case (`// SURETY:disable-file \
        SUR114`) is none, suppresses nothing, and is reported with the comment as the \
        directive is written, in lower case. A directive must name the codes it suppresses \
        (`// surety:disable-file -- reason` names none and is reported), and cannot name \
        SUR004 itself: what is said about suppression comments is not suppressed by one (turn \
        SUR004 off in the configuration instead).""",
    failingExample = """
        // surety:disable-next-line SUR107 -- duration is negotiated separately
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
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UnusedSuppression {
  Severity severity() default Severity.INFO;
}

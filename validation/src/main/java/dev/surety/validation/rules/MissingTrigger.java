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

    /** The word after {@code on} at the end of an item: an id. */
    private static final Pattern ID = Pattern.compile("[\\p{L}][\\p{L}\\p{M}\\p{Nd}_-]*");

    /**
     * The usual help, or, when an item ends in {@code on <word>} ({@code air defence on attack}),
     * the {@code ;} that the drafter likely left out: the qualifier was read as part of the item.
     */
    private static String help(Commitment c) {
      for (Phrase<ItemTerm> item : c.items()) {
        String text = item.text().strip();
        String[] parts = onAtEnd(text);
        if (parts != null) {
          return "if `on " + parts[1] + "` names its trigger, write `" + parts[0] + "; on "
              + parts[1] + "`: without the `;` it is read as part of the item `" + text + "`";
        }
      }
      return "add `; on <trigger>` naming the event that activates it";
    }

    /**
     * An item that ends in {@code on <one word>}, as {@code ^(.+)\\s+on\\s+(ID)$} matches it: what
     * precedes the {@code on} (but its last blank) and the word; null when it does not end so.
     * Read from the end: the regular expression backtracked over a run of blanks in the item, in
     * time quadratic in its length (an item in quotes of 80,000 spaces took 31 s).
     */
    static String[] onAtEnd(String text) {
      int word = text.length();
      while (word > 0 && !blank(text.charAt(word - 1))) {
        word--;
      }
      int on = word;
      while (on > 0 && blank(text.charAt(on - 1))) {
        on--;
      }
      on -= 2;
      // the blanks between `on` and the word, `on`, at least one blank and one character before
      if (on == word - 2 || on < 2 || !text.startsWith("on", on) || !blank(text.charAt(on - 1))
          || !ID.matcher(text).region(word, text.length()).matches()) {
        return null;
      }
      // `.+` takes all it can, but no line end: the blanks before `on` from the first line end
      // among them are left to `\\s+`
      int runStart = on - 1;
      while (runStart > 0 && blank(text.charAt(runStart - 1))) {
        runStart--;
      }
      int end = on - 1;
      for (int i = 0; i < on - 1; i++) {
        char ch = text.charAt(i);
        if (ch == '\n' || ch == '\r' || ch == '\u0085' || ch == '\u2028' || ch == '\u2029') {
          if (i < runStart) {
            return null;
          }
          end = i;
          break;
        }
      }
      if (end == 0) {
        return null;
      }
      String before = text.substring(0, end);
      return new String[] {before, text.substring(word)};
    }

    /** A character of {@code \\s}. */
    private static boolean blank(char ch) {
      return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\u000B' || ch == '\f' || ch == '\r';
    }
  }
}

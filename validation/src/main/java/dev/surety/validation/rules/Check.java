package dev.surety.validation.rules;

import dev.surety.core.model.Commitment;
import dev.surety.core.model.Phrase;
import dev.surety.core.source.SourceRange;
import dev.surety.validation.analysis.Analysis;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The base of every rule's validator: {@link #check} reports findings to a sink; each finding
 * becomes one constraint violation whose template is a constant and whose content is the dynamic
 * payload. The value may be the arrangement (class-level rules) or one element of it (rules on an
 * accessor's container elements).
 */
public abstract class Check<A extends Annotation, T> implements ConstraintValidator<A, T> {
  /**
   * The only message template ever used: a constant whose one parameter is the finding's serial
   * number ({@link #SERIAL}). The message itself is never interpolated: it travels as the dynamic
   * payload.
   */
  public static final String TEMPLATE = "surety finding {index}";

  /**
   * A number of its own for every finding, the {@code index} of its violation's message. Hibernate
   * Validator keeps a validation's violations in a hash set, and the hash of a violation's path
   * leaves out the index of a list element: the findings of one element that a list holds many
   * times (a commitment built once and added to many layers) would otherwise be equal in all that
   * is hashed, and each one added compared with all before it (8,000 such commitments took 26
   * seconds to validate rather than a third of one). A process-wide counter rather than an index
   * per check, which restarts at 0 for each element.
   */
  private static final AtomicLong SERIAL = new AtomicLong();

  /** Find what is wrong with {@code value} and hand each finding to {@code out}. */
  protected abstract void check(T value, Consumer<Finding> out);

  @Override
  public final boolean isValid(T value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Findings findings = new Findings();
    check(value, findings);
    if (findings.list == null) {
      return true;
    }
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    hibernate.disableDefaultConstraintViolation();
    for (int i = 0; i < findings.list.size(); i++) {
      hibernate.withDynamicPayload(findings.list.get(i));
      hibernate.addMessageParameter("index", SERIAL.getAndIncrement());
      hibernate.buildConstraintViolationWithTemplate(TEMPLATE).addConstraintViolation();
    }
    return false;
  }

  /**
   * The findings of one check, in order; no list until the first (most checks find nothing). A
   * class rather than {@code list::add}: the command line runs C1, which creates a capturing lambda
   * through a call into the VM (docs/decisions.md).
   */
  private static final class Findings implements Consumer<Finding> {
    List<Finding> list;

    @Override
    public void accept(Finding finding) {
      if (list == null) {
        list = new ArrayList<>(2);
      }
      list.add(finding);
    }
  }

  /**
   * {@code US, UK backstop (line 12)}: how a commitment is named in messages. Built only when a
   * message is: most commitments have no finding.
   */
  public static String named(Commitment c) {
    return Analysis.name(c) + " (" + line(c.range()) + ")";
  }

  /**
   * An item that is a qualifier written after a {@code ,} where a {@code ;} belongs ({@code air
   * defence, on attack}): keywords are contextual, so the grammar reads {@code on attack} as an
   * item, and only the rule that misses the qualifier can say why. The first unquoted item that is
   * one of {@code keywords} or begins with one.
   */
  public static Optional<Phrase<?>> qualifierAsItem(Commitment c, String... keywords) {
    for (Phrase<?> item : c.items()) {
      if (item.quoted()) {
        continue;
      }
      String text = item.text();
      for (String k : keywords) {
        if (text.startsWith(k) && (text.length() == k.length() || text.charAt(k.length()) == ' ')) {
          return Optional.of(item);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code finding} with the help for a {@link #qualifierAsItem}: the {@code ;} for the {@code ,},
   * and the item's place as its first related location (where the language server's quick fix
   * finds the {@code ,}).
   */
  public static Finding qualifierAsItem(Finding finding, Phrase<?> item) {
    return finding
        .help("write `; " + item.text() + "` for `, " + item.text() + "`: a qualifier follows a `;`;"
            + " after a `,` it is read as an item")
        .related(item.range(), "`" + item.text() + "` is read as an item here");
  }

  /** {@code line 24}, or {@code no line} for elements built in Java without a range. */
  public static String line(SourceRange range) {
    return range.isKnown() ? "line " + range.startLine() : "no line";
  }
}

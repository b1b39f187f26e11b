package dev.surety.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's identity and documentation, written once on the rule's own annotation type, in the
 * manner of Error Prone's {@code @BugPattern}. The default severity is not here: it is the default
 * of the constraint's {@code severity()} attribute, so the constraint itself carries it at run time.
 * {@link ValidationRules#all()} turns each home into a {@link dev.surety.core.diagnostic.RuleDescriptor}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.ANNOTATION_TYPE)
public @interface Rule {
  /** Stable code, {@code SUR201}. */
  String code();

  /** Kebab-case name, {@code missing-legislative-approval}. */
  String name();

  /** One sentence: when the rule reports. */
  String summary();

  /** Why it matters and how to fix it (Markdown). */
  String explanation();

  /** A draft that the rule reports. */
  String failingExample();

  /** The same draft, fixed. */
  String passingExample();
}

package dev.surety.validation.assessment;

import java.util.Locale;

/** What the arrangement really is, whatever its {@code kind} claims. */
public enum Verdict {
  /** At least one guarantee-grade commitment exists. */
  GUARANTEE,
  /** Some guarantor commits something neither vague nor political, or some military commitment exists. */
  ASSURANCE,
  /** Nothing more than words. */
  DECLARATION;

  /** {@code guarantee}, {@code assurance}, {@code declaration}. */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.surety.dsl.diff;

import java.util.Locale;

/** What a change does for the beneficiary. */
public enum Impact {
  /** The beneficiary is better protected after the change. */
  STRENGTHENS,
  /** The beneficiary is less protected after the change. */
  WEAKENS,
  /** The protection is neither stronger nor weaker (or the change cannot be ordered). */
  NEUTRAL;

  /** {@code strengthens}, {@code weakens}, {@code neutral}. */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }
}

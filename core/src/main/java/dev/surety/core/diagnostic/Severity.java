package dev.surety.core.diagnostic;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Declared from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case spelling used in every output format ({@code error}, {@code warning}, ...). */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether this severity is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.spelling().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}

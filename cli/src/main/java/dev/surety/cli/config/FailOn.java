package dev.surety.cli.config;

import dev.surety.core.diagnostic.Severity;
import java.util.Locale;
import java.util.Optional;

/** {@code --fail-on}: the lowest severity that makes the exit status 1, or never. */
public enum FailOn {
  ERROR(Severity.ERROR),
  WARNING(Severity.WARNING),
  INFO(Severity.INFO),
  NEVER(null);

  public static final String SPELLINGS = "error, warning, info or never";

  private final Severity threshold;

  FailOn(Severity threshold) {
    this.threshold = threshold;
  }

  /** Whether a finding of this severity fails the run. */
  public boolean fails(Severity severity) {
    return threshold != null && severity.isAtLeast(threshold);
  }

  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FailOn> parse(String text) {
    for (FailOn f : values()) {
      if (f.spelling().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}

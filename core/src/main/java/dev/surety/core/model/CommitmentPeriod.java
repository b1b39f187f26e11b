package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A commitment's own term or deadline: {@code for 10 years}, {@code until 2030-01-01}, {@code until
 * "the end of hostilities"}, {@code by 2030-01-01}.
 */
@Value.Immutable
public interface CommitmentPeriod {

  enum Type {
    FOR("for"),
    UNTIL("until"),
    BY("by");

    private final String keyword;

    Type(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  Type type();

  /** For {@code for}. */
  Optional<Duration> length();

  /** For {@code until} a date, and {@code by}. */
  Optional<LocalDate> date();

  /** For {@code until "an event"}. */
  Optional<String> event();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableCommitmentPeriod.Builder builder() {
    return ImmutableCommitmentPeriod.builder();
  }
}

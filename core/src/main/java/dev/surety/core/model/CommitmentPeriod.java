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

  /**
   * Refuses what can never be legal, as {@link DurationTerm} does: {@code for} takes a length and
   * nothing else, {@code until} a date or an event (one of them), {@code by} a date.
   */
  @Value.Check
  default void check() {
    boolean needsLength = type() == Type.FOR;
    if (needsLength != length().isPresent()) {
      throw new IllegalArgumentException(needsLength
          ? "a FOR period needs a length"
          : "only a FOR period has a length; this one is " + type());
    }
    switch (type()) {
      case FOR:
        if (date().isPresent() || event().isPresent()) {
          throw new IllegalArgumentException("a FOR period has a length, not a date or an event");
        }
        break;
      case UNTIL:
        if (date().isPresent() == event().isPresent()) {
          throw new IllegalArgumentException("an UNTIL period needs a date or an event, and only one");
        }
        break;
      case BY:
        if (date().isEmpty() || event().isPresent()) {
          throw new IllegalArgumentException("a BY period needs a date, and no event");
        }
        break;
      default:
        throw new IllegalStateException("unknown period type " + type());
    }
  }

  static ImmutableCommitmentPeriod.Builder builder() {
    return ImmutableCommitmentPeriod.builder();
  }
}

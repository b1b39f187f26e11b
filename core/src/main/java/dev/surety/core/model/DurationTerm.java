package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long the arrangement lasts: {@code duration 15 years; renewable.}, {@code duration
 * indefinite.}, {@code duration until 2040-01-01.} or {@code duration until "a peace treaty".}
 */
@Value.Immutable
public interface DurationTerm {

  enum Type {
    FIXED,
    INDEFINITE,
    UNTIL
  }

  Type type();

  /** For {@link Type#FIXED}. */
  Optional<Duration> length();

  @Value.Default
  default boolean renewable() {
    return false;
  }

  /** For {@link Type#UNTIL} a date. */
  Optional<LocalDate> untilDate();

  /** For {@link Type#UNTIL} an event. */
  Optional<String> untilEvent();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  /**
   * The fields of the type and only those: a fixed term has a length, a term until something a
   * date or an event (one), an indefinite term neither. A term without what its type needs can
   * never be legal, and the scorecard would print it as "duration  is shorter than 10 years".
   */
  @Value.Check
  default void check() {
    boolean fixed = type() == Type.FIXED;
    boolean until = type() == Type.UNTIL;
    if (fixed != length().isPresent()) {
      throw new IllegalArgumentException(fixed
          ? "a FIXED duration term needs a length"
          : "only a FIXED duration term has a length; this one is " + type());
    }
    if (until != (untilDate().isPresent() ^ untilEvent().isPresent())) {
      throw new IllegalArgumentException(until
          ? "an UNTIL duration term needs a date or an event, and only one"
          : "only an UNTIL duration term has a date or an event; this one is " + type());
    }
  }

  static ImmutableDurationTerm.Builder builder() {
    return ImmutableDurationTerm.builder();
  }

  static DurationTerm fixed(Duration length) {
    return builder().type(Type.FIXED).length(length).build();
  }

  static DurationTerm indefinite() {
    return builder().type(Type.INDEFINITE).build();
  }
}

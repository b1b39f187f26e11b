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

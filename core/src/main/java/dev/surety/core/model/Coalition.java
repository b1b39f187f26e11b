package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group of parties acting together: {@code coalition CoW "Coalition of the Willing": UK, FR; led
 * by UK, FR; size 30.} {@code size} is the intended number of members when not all are named yet.
 */
@Value.Immutable
public interface Coalition extends Actor {

  @Override
  String id();

  @Override
  String name();

  List<Reference> members();

  List<Reference> leaders();

  Optional<Located<BigInteger>> size();

  /** A negative number of members can never be legal (zero is reported by the compiler, SUR005). */
  @Value.Check
  default void check() {
    if (size().isPresent() && size().get().value().signum() < 0) {
      throw new IllegalArgumentException("a coalition cannot have a negative size: " + size().get().value());
    }
  }

  @Override
  @Value.Default
  default boolean shared() {
    return false;
  }

  @Override
  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableCoalition.Builder builder() {
    return ImmutableCoalition.builder();
  }

  default boolean hasMember(String id) {
    return members().stream().anyMatch(r -> r.id().equals(id));
  }

  @Override
  default String keyword() {
    return "coalition";
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A state: {@code party US "United States"; legislature Congress.} A declared legislature is the
 * body whose approval makes the party's commitments binding on future governments.
 */
@Value.Immutable
public interface Party extends Actor {

  @Override
  String id();

  @Override
  String name();

  /** The legislatures as written; normally none or one. */
  List<Located<String>> legislatures();

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

  static ImmutableParty.Builder builder() {
    return ImmutableParty.builder();
  }

  /** The (first) declared legislature. */
  default Optional<String> legislature() {
    return legislatures().stream().findFirst().map(Located::value);
  }

  @Override
  default String keyword() {
    return "party";
  }
}

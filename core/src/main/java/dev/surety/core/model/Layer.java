package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.List;
import org.immutables.value.Value;

/** A named group of commitments and force levels: {@code layer "European Union membership" { ... }}. */
@Value.Immutable
public interface Layer {

  String title();

  List<Commitment> commitments();

  List<ForceLevel> forceLevels();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableLayer.Builder builder() {
    return ImmutableLayer.builder();
  }

  default boolean isEmpty() {
    return commitments().isEmpty() && forceLevels().isEmpty();
  }
}

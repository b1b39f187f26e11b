package dev.surety.core.diagnostic;

import dev.surety.core.source.SourceRange;
import org.immutables.value.Value;

/** Another place that a two-place finding involves, with what happens there. */
@Value.Immutable(builder = false)
public interface RelatedLocation {
  @Value.Parameter
  SourceRange range();

  @Value.Parameter
  String message();

  static RelatedLocation of(SourceRange range, String message) {
    return ImmutableRelatedLocation.of(range, message);
  }
}

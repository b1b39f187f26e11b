package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ForceLevelType;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * {@code sustain UA armed forces: 800000 personnel.} (at least that size) or {@code limit UA armed
 * forces: 600000 personnel.} (at most). Two compare when party, force and unit are equal.
 */
@Value.Immutable
public interface ForceLevel {

  ForceLevelType type();

  Reference party();

  /** The force phrase, single-spaced ({@code armed forces}). */
  String force();

  BigDecimal amount();

  /** The unit phrase, single-spaced ({@code personnel}). */
  String unit();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableForceLevel.Builder builder() {
    return ImmutableForceLevel.builder();
  }
}

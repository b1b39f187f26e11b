package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.TriggerEvent;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event that activates commitments: {@code trigger attack: armed attack; by RU.} {@code by}
 * names who would commit it; {@code against} defaults to the beneficiary.
 */
@Value.Immutable
public interface Trigger extends Declaration {

  @Override
  String id();

  Phrase<TriggerEvent> event();

  List<Reference> by();

  Optional<Reference> against();

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

  static ImmutableTrigger.Builder builder() {
    return ImmutableTrigger.builder();
  }

  @Override
  default String keyword() {
    return "trigger";
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a commitment must begin after its trigger: {@code within 72 hours}, or {@code immediate}
 * ("forthwith") when {@link #within()} is empty.
 */
@Value.Immutable
public interface ResponseTime {

  Optional<Duration> within();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ResponseTime immediate() {
    return ImmutableResponseTime.builder().build();
  }

  static ResponseTime within(Duration duration) {
    return ImmutableResponseTime.builder().within(duration).build();
  }

  default boolean isImmediate() {
    return within().isEmpty();
  }
}

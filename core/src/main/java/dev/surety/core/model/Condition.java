package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import org.immutables.value.Value;

/** {@code condition "..."}: a caveat kept as text. */
@Value.Immutable
public interface Condition {

  String text();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static Condition of(String text) {
    return ImmutableCondition.builder().text(text).build();
  }

  static ImmutableCondition.Builder builder() {
    return ImmutableCondition.builder();
  }
}

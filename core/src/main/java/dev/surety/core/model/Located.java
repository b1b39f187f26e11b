package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import org.immutables.value.Value;

/** A value with the range it was written at: a header's value, a legislature's name, ... */
@Value.Immutable(builder = false, copy = false)
public interface Located<T> {
  @Value.Parameter
  T value();

  @Value.Parameter
  @Value.Auxiliary
  SourceRange range();

  static <T> Located<T> of(T value, SourceRange range) {
    return ImmutableLocated.of(value, range);
  }

  static <T> Located<T> of(T value) {
    return ImmutableLocated.of(value, SourceRange.NONE);
  }
}

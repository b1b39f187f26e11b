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

  /**
   * The value as the draft wrote it, where that is not how the value is named: {@code declaration}
   * for the instrument {@code political declaration}, so that messages quote what was written.
   * Empty when it is written as named, or not known (built in Java, read from JSON); not part of
   * equality.
   */
  @Value.Parameter
  @Value.Auxiliary
  String written();

  static <T> Located<T> of(T value, SourceRange range) {
    return ImmutableLocated.of(value, range, "");
  }

  /** {@code value} at {@code range}, written as {@code written} (see {@link #written()}). */
  static <T> Located<T> of(T value, SourceRange range, String written) {
    return ImmutableLocated.of(value, range, written);
  }

  static <T> Located<T> of(T value) {
    return ImmutableLocated.of(value, SourceRange.NONE, "");
  }
}

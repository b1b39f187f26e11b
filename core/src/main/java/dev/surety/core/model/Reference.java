package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import org.immutables.value.Value;

/** A use of an id (a party, organisation, coalition or trigger), where it is written. */
@Value.Immutable(builder = false, copy = false)
public interface Reference {
  @Value.Parameter
  String id();

  @Value.Parameter
  @Value.Auxiliary
  SourceRange range();

  static Reference of(String id, SourceRange range) {
    return ImmutableReference.of(id, range);
  }

  static Reference of(String id) {
    return ImmutableReference.of(id, SourceRange.NONE);
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code include "parties/europe.surety".}: the path as written and, once found, as reported. */
@Value.Immutable
public interface Include {

  /** The path as written in the draft. */
  String path();

  /** The included file as the toolchain reports it (relative to the root), when it was found. */
  Optional<String> resolved();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableInclude.Builder builder() {
    return ImmutableInclude.builder();
  }
}

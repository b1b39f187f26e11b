package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
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

  /**
   * What was written in the layer but could not be read, as {@link Arrangement#unread()} names it
   * ({@code commitment}, {@code force level}): a rule that would report the layer empty does not.
   * The arrangement's {@code unread()} names them too. Empty for a layer built in Java or read from
   * JSON; not part of equality. Sorted.
   */
  @Value.Default
  @Value.Auxiliary
  default SortedSet<String> unread() {
    return Collections.emptySortedSet();
  }

  /** {@link #unread()} as a read-only snapshot of the set given ({@link StatementNames}). */
  @Value.Check
  default Layer snapshotUnread() {
    SortedSet<String> snapshot = StatementNames.snapshot(unread());
    return snapshot == unread() ? this : ImmutableLayer.copyOf(this).withUnread(snapshot);
  }

  static ImmutableLayer.Builder builder() {
    return ImmutableLayer.builder();
  }

  default boolean isEmpty() {
    return commitments().isEmpty() && forceLevels().isEmpty();
  }
}

package dev.surety.dsl.diff;

import dev.surety.core.source.SourceRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One change in meaning: an element added, removed, or one of its fields changed, judged by an
 * entry of the impact table.
 *
 * <p>{@link #field()} is empty for a whole element added or removed; {@link #before()} and {@link
 * #after()} hold the element or the field's value as text (empty where there is none).
 */
@Value.Immutable
public interface Change {

  ChangeKind kind();

  Element element();

  /** A readable identity: {@code commitment US backstop}, {@code party US}, {@code duration}. */
  String identity();

  /**
   * The line of the element in the version whose wording {@link #identity()} shows (the new one,
   * the old one for an element removed), when the identity alone does not tell which element it is
   * (three commitments {@code US military aid}); the text output adds {@code (line N)}.
   */
  Optional<Integer> line();

  /** What changed: {@code mode}, {@code item}, {@code veto}, ...; empty for a whole element. */
  Optional<String> field();

  Optional<String> before();

  Optional<String> after();

  /** The impact-table entry that judges the change. */
  ImpactRule rule();

  /**
   * What the change does in this draft, when the entry's description alone does not say: the
   * commitments it affects ({@code now covers UK military aid}). Shown after the reason.
   */
  Optional<String> detail();

  /** Where the element (or value) was written before; {@link SourceRange#NONE} if nowhere. */
  @Value.Default
  @Value.Auxiliary
  default SourceRange beforeRange() {
    return SourceRange.NONE;
  }

  /** Where the element (or value) is written after; {@link SourceRange#NONE} if nowhere. */
  @Value.Default
  @Value.Auxiliary
  default SourceRange afterRange() {
    return SourceRange.NONE;
  }

  default Impact impact() {
    return rule().impact();
  }

  /** The table entry's description, then the {@link #detail()} if any. */
  default String reason() {
    return rule().description() + detail().map(d -> "; " + d).orElse("");
  }

  static ImmutableChange.Builder builder() {
    return ImmutableChange.builder();
  }
}

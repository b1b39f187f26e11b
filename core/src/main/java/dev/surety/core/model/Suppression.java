package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A suppression comment: {@code // surety:disable-next-line SUR107 -- negotiated separately} or
 * {@code // surety:disable-file SUR114}.
 */
@Value.Immutable
public interface Suppression {

  enum Scope {
    NEXT_LINE("disable-next-line"),
    FILE("disable-file");

    private final String directive;

    Scope(String directive) {
      this.directive = directive;
    }

    public String directive() {
      return directive;
    }
  }

  Scope scope();

  /** The codes as written; they may name unknown codes (SUR004). */
  List<String> codes();

  /** The reason after {@code --}, kept in reports. */
  Optional<String> reason();

  /** The file it is written in (as reported). */
  String file();

  /** For {@link Scope#NEXT_LINE}: the line whose findings it suppresses. */
  @Value.Default
  default int line() {
    return 0;
  }

  /** The comment. */
  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableSuppression.Builder builder() {
    return ImmutableSuppression.builder();
  }

  /** Whether this suppression covers a finding of {@code code} at {@code range}. */
  default boolean covers(String code, SourceRange range) {
    if (!codes().contains(code) || !range.file().equals(file())) {
      return false;
    }
    return scope() == Scope.FILE || range.start().line() == line();
  }
}

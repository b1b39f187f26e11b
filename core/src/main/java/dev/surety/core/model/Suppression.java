package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A suppression comment: {@code // surety:disable-next-line SUR107 -- negotiated separately} or
 * {@code // surety:disable-file SUR114}; or a comment that starts as one but names no directive of
 * the language ({@link Scope#UNKNOWN}: {@code // surety:disable-line SUR107}), which suppresses
 * nothing and is reported (SUR004).
 */
@Value.Immutable
public interface Suppression {

  /**
   * What every directive begins with, as LANGUAGE.md section 5 writes it: in lower case, like the
   * directives themselves ({@link Scope#directive()}). Directives are case-sensitive, as ESLint's
   * are: {@code // SURETY:disable-file SUR114} is none ({@link #lowerCase()}).
   */
  String PREFIX = "surety:";

  enum Scope {
    NEXT_LINE("disable-next-line"),
    FILE("disable-file"),
    /** {@code surety:} and a word that is not a directive: {@link #directive()} as written. */
    UNKNOWN("");

    private final String directive;

    Scope(String directive) {
      this.directive = directive;
    }

    public String directive() {
      return directive;
    }
  }

  Scope scope();

  /**
   * The directive as written: the scope's, or for {@link Scope#UNKNOWN} the word after it; for a
   * directive written in another case ({@link #lowerCase()}), the prefix and the word as written
   * ({@code SURETY:disable-file}).
   */
  @Value.Default
  default String directive() {
    return scope().directive();
  }

  /**
   * Whether it is written in a block comment ({@code /* surety:disable-next-line SUR107 *}{@code /}):
   * then it is {@link Scope#UNKNOWN}, since directives are read only in line comments, and SUR004
   * says so rather than leaving the drafter to wonder why the finding stays.
   */
  @Value.Default
  default boolean inBlockComment() {
    return false;
  }

  /**
   * For a directive written in another case ({@code // SURETY:disable-next-line SUR113}, {@code //
   * surety:Disable-File SUR114}), which is {@link Scope#UNKNOWN} and suppresses nothing
   * (directives are case-sensitive): the comment as the directive is written, in lower case
   * ({@code // surety:disable-next-line SUR113}), for SUR004's help. Empty otherwise.
   */
  Optional<String> lowerCase();

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
    return scope() == Scope.FILE || scope() == Scope.NEXT_LINE && range.start().line() == line();
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.Term;
import dev.surety.core.vocabulary.Vocabulary;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A phrase as the drafter wrote it ({@code air defence}, {@code "SAFE defence programme"}), and the
 * vocabulary term it spells when it spells one. Unknown phrases are kept as written.
 */
@Value.Immutable
public interface Phrase<T> {

  /** The words as written, single-spaced; for a quoted phrase, the string's content. */
  String text();

  /** The vocabulary term the phrase spells, if any. */
  Optional<T> term();

  /** Whether it was written as a string literal. */
  @Value.Default
  default boolean quoted() {
    return false;
  }

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static <T> ImmutablePhrase.Builder<T> builder() {
    return ImmutablePhrase.builder();
  }

  /** A phrase looked up in {@code vocabulary}: known if it spells one of its terms. */
  static <E extends Enum<E> & Term> Phrase<E> of(Class<E> vocabulary, String text, SourceRange range) {
    return ImmutablePhrase.<E>builder()
        .text(text)
        .term(Vocabulary.lookup(vocabulary, text))
        .range(range)
        .build();
  }

  /** A phrase for a known term, written in its canonical spelling, e.g. for models built in Java. */
  static <E extends Enum<E> & Term> Phrase<E> of(E term) {
    java.util.Objects.requireNonNull(term, "term");
    return ImmutablePhrase.<E>builder().text(term.canonical()).term(term).build();
  }

  default boolean isKnown() {
    return term().isPresent();
  }
}

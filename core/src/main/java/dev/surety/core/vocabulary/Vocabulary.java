package dev.surety.core.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks written phrases up in the closed vocabularies. Matching ignores case and the amount of
 * whitespace between words, and treats British and American spellings as the same word.
 */
public final class Vocabulary {

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** American spellings and the British form the vocabularies are written in. */
  private static final Map<String, String> SPELLINGS =
      Map.of(
          "defense", "defence",
          "defenses", "defences",
          "offense", "offence",
          "organization", "organisation",
          "initialed", "initialled",
          "armor", "armour",
          "armored", "armoured");

  private static final ClassValue<Map<String, Term>> INDEX =
      new ClassValue<>() {
        @Override
        protected Map<String, Term> computeValue(Class<?> type) {
          Map<String, Term> index = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            Term term = (Term) constant;
            index.put(normalize(term.canonical()), term);
            for (String alias : term.aliases()) {
              index.put(normalize(alias), term);
            }
          }
          return Collections.unmodifiableMap(index);
        }
      };

  private Vocabulary() {}

  /**
   * The form a phrase is compared in: lower case, single spaces between words, British spelling.
   */
  public static String normalize(String phrase) {
    // WHITESPACE is compiled once: String.split compiles a pattern of more than one character at
    // every call, and this runs for every phrase of every rule (BENCHMARKS.md)
    String[] words = WHITESPACE.split(phrase.trim().toLowerCase(Locale.ROOT));
    StringBuilder out = new StringBuilder(phrase.length());
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(SPELLINGS.getOrDefault(word, word));
    }
    return out.toString();
  }

  /** The constant of {@code vocabulary} that {@code phrase} spells, if any. */
  public static <E extends Enum<E> & Term> Optional<E> lookup(Class<E> vocabulary, String phrase) {
    Term term = INDEX.get(vocabulary).get(normalize(phrase));
    return Optional.ofNullable(term).map(vocabulary::cast);
  }

  /** Every spelling the vocabulary accepts, normalised, canonical spellings first. */
  public static <E extends Enum<E> & Term> List<String> spellings(Class<E> vocabulary) {
    List<String> all = new ArrayList<>();
    for (E constant : vocabulary.getEnumConstants()) {
      all.add(normalize(constant.canonical()));
    }
    for (E constant : vocabulary.getEnumConstants()) {
      for (String alias : constant.aliases()) {
        all.add(normalize(alias));
      }
    }
    return List.copyOf(all);
  }
}

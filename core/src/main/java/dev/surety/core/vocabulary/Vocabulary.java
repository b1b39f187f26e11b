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

  private static final String[] AMERICAN = SPELLINGS.keySet().toArray(new String[0]);

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
   * It runs for every phrase the compiler reads and the rules judge, so a phrase already in that
   * form (the usual case: the compiler joins words with single spaces) is recognised in one pass
   * over its characters and returned as it is.
   */
  public static String normalize(String phrase) {
    return isNormal(phrase) ? phrase : normalizeWords(phrase);
  }

  /**
   * Whether {@code phrase} is already normalised: printable ASCII without capitals, words
   * separated by single spaces, nothing before the first or after the last, and no American
   * spelling. Anything else (non-ASCII text included) takes the general path.
   */
  static boolean isNormal(String phrase) {
    int length = phrase.length();
    if (length == 0) {
      return true;
    }
    int wordStart = 0;
    for (int i = 0; i < length; i++) {
      char c = phrase.charAt(i);
      if (c == ' ') {
        if (i == wordStart || isAmerican(phrase, wordStart, i)) {
          return false; // leading or double space, or a word to respell
        }
        wordStart = i + 1;
      } else if (c < '!' || c > '~' || (c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return wordStart < length && !isAmerican(phrase, wordStart, length);
  }

  /**
   * The definition, in one pass: what {@code trim()} trims is dropped at both ends, words are split
   * where {@code \\s} matches, each is lowered ({@code Locale.ROOT}) and given its British
   * spelling, and they are joined by single spaces.
   */
  private static String normalizeWords(String phrase) {
    int start = 0;
    int end = phrase.length();
    while (start < end && phrase.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && phrase.charAt(end - 1) <= ' ') {
      end--;
    }
    StringBuilder out = new StringBuilder(end - start);
    int i = start;
    while (i < end) {
      while (i < end && isSpace(phrase.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < end && !isSpace(phrase.charAt(i))) {
        i++;
      }
      if (i > wordStart) {
        String word = phrase.substring(wordStart, i).toLowerCase(Locale.ROOT);
        out.append(out.length() > 0 ? " " : "").append(SPELLINGS.getOrDefault(word, word));
      }
    }
    return out.toString();
  }

  /** What the regular expression {@code \\s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isAmerican(String phrase, int start, int end) {
    for (String american : AMERICAN) {
      if (american.length() == end - start && phrase.startsWith(american, start)) {
        return true;
      }
    }
    return false;
  }

  /** The constant of {@code vocabulary} that {@code phrase} spells, if any. */
  public static <E extends Enum<E> & Term> Optional<E> lookup(Class<E> vocabulary, String phrase) {
    Term term = INDEX.get(vocabulary).get(normalize(phrase));
    return term == null ? Optional.empty() : Optional.of(vocabulary.cast(term));
  }

  /** Every spelling the vocabulary accepts, normalised, canonical spellings first. */
  @SuppressWarnings("unchecked")
  public static <E extends Enum<E> & Term> List<String> spellings(Class<E> vocabulary) {
    return SPELLINGS_OF.get(vocabulary);
  }

  private static final ClassValue<List<String>> SPELLINGS_OF =
      new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
          List<String> all = new ArrayList<>();
          for (Object constant : type.getEnumConstants()) {
            all.add(normalize(((Term) constant).canonical()));
          }
          for (Object constant : type.getEnumConstants()) {
            for (String alias : ((Term) constant).aliases()) {
              all.add(normalize(alias));
            }
          }
          return List.copyOf(all);
        }
      };
}

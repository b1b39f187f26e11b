package dev.surety.dsl.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Did-you-mean: the closest candidate within a small edit distance. */
public final class Suggestions {

  private static final int MAX_LENGTH = 200;

  private Suggestions() {}

  /**
   * The candidate nearest to {@code written} by edit distance, ignoring case; a candidate that
   * differs from it only in case ({@code eur} and {@code EUR}) before any other. Never {@code
   * written} itself.
   */
  public static Optional<String> closest(String written, Collection<String> candidates) {
    if (written.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    for (String candidate : candidates) {
      if (candidate.equalsIgnoreCase(written) && !candidate.equals(written)) {
        return Optional.of(candidate);
      }
    }
    int threshold = written.length() <= 3 ? 1 : written.length() <= 6 ? 2 : 3;
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    String key = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(key, candidate.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance && !candidate.equals(written)) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * For a unit or a scale written short ({@code yrs}, {@code h}, {@code bn}): the longest candidate
   * that begins with the same letter and holds the letters written, in order; else {@link
   * #closest}. Only for small closed lists, where an abbreviation can mean one word.
   */
  public static Optional<String> closestOrExpanded(String written, Collection<String> candidates) {
    Optional<String> close = closest(written, candidates);
    if (close.isPresent() || written.isEmpty() || written.length() > 6) {
      return close;
    }
    String key = written.toLowerCase(Locale.ROOT);
    String best = null;
    for (String candidate : candidates) {
      String c = candidate.toLowerCase(Locale.ROOT);
      if (c.charAt(0) == key.charAt(0) && isSubsequence(key, c)
          && (best == null || c.length() > best.length())) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isSubsequence(String part, String whole) {
    int at = 0;
    for (int i = 0; i < whole.length() && at < part.length(); i++) {
      if (whole.charAt(i) == part.charAt(at)) {
        at++;
      }
    }
    return at == part.length();
  }

  /** {@code "; did you mean `x`?"} or nothing. */
  public static String didYouMean(String written, Collection<String> candidates) {
    return closest(written, candidates).map(c -> "; did you mean `" + c + "`?").orElse("");
  }
}

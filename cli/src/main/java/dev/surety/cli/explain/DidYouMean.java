package dev.surety.cli.explain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The nearest of some candidates to a mistyped word, when one is near enough to suggest. */
public final class DidYouMean {

  private DidYouMean() {}

  /**
   * The candidate at the smallest edit distance (ignoring case) that is at most 2, or a third of
   * the word's length for longer words; the first such candidate on a tie.
   */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    String typed = word.toLowerCase(Locale.ROOT);
    int threshold = Math.max(2, typed.length() / 3);
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance.apply(typed, candidate.toLowerCase(Locale.ROOT));
      if (d >= 0 && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }
}

package dev.surety.maven;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File names for compiled arrangements, as the CLI's {@code compile --out} names them: a slug of
 * the title (lower-case ASCII letters, digits, single hyphens; at most 80 characters), {@code -2},
 * {@code -3}, ... for titles with the same slug, and {@code .json}. (Phase 1: the CLI's {@code
 * OutputNames} takes its place once it is in main.)
 */
final class JsonNames {

  private static final int MAX_SLUG = 80;

  private JsonNames() {}

  static List<String> allocate(List<String> titles) {
    Set<String> taken = new HashSet<>();
    List<String> names = new ArrayList<>(titles.size());
    for (String title : titles) {
      String base = slug(title);
      String candidate = base;
      for (int n = 2; !taken.add(candidate); n++) {
        candidate = base + "-" + n;
      }
      names.add(candidate + ".json");
    }
    return names;
  }

  static String slug(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < ascii.length() && slug.length() < MAX_SLUG; i++) {
      char c = ascii.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && slug.length() > 0) {
          slug.append('-');
        }
        hyphen = false;
        slug.append(c);
      } else {
        hyphen = true;
      }
    }
    String result = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG) : slug.toString();
    while (result.endsWith("-")) {
      result = result.substring(0, result.length() - 1);
    }
    return result.isEmpty() ? "arrangement" : result;
  }
}

package dev.surety.cli.compile;

import dev.surety.core.model.Arrangement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * File names for {@code compile --out}, derived from arrangement titles. A name is a slug of the
 * title (lower-case ASCII letters, digits and single hyphens; accents dropped), so it can never
 * hold {@code ..}, {@code /}, {@code \}, NUL or a control character, never start with a dot or a
 * hyphen, and is never one of Windows' reserved device names. Titles that give the same slug get
 * {@code -2}, {@code -3}, ... in the order of the arrangements.
 */
public final class OutputNames {

  static final int MAX_SLUG = 80;
  static final String EMPTY_TITLE = "arrangement";
  static final String EXTENSION = ".json";

  private static final Set<String> RESERVED = reserved();

  private OutputNames() {}

  /**
   * One file name per title, in order, all different (ignoring case). The first arrangement of
   * each slug gets it; the others get {@code -2}, {@code -3}, ..., skipping any name that is
   * another title's own slug, so that a title {@code clean-2} is written as {@code clean-2.json}
   * whatever other titles give {@code clean}.
   */
  public static List<String> allocate(List<String> titles) {
    List<String> slugs = titles.stream().map(OutputNames::slug).toList();
    Set<String> taken = new HashSet<>();
    String[] names = new String[titles.size()];
    for (int i = 0; i < slugs.size(); i++) {
      if (taken.add(slugs.get(i))) {
        names[i] = slugs.get(i);
      }
    }
    for (int i = 0; i < slugs.size(); i++) {
      if (names[i] == null) {
        String candidate;
        int n = 2;
        do {
          candidate = slugs.get(i) + "-" + n++;
        } while (!taken.add(candidate));
        names[i] = candidate;
      }
    }
    List<String> out = new ArrayList<>(names.length);
    for (String name : names) {
      out.add(name + EXTENSION);
    }
    return out;
  }

  /**
   * A warning for each group of arrangements whose titles give the same name (and so get {@code
   * -2}, {@code -3}, ... in the order written): a reader that loads an arrangement by its
   * name gets whichever came first, and deleting one draft silently changes which. {@code names}
   * are {@link #allocate}'s for the same arrangements; {@code shown} turns an arrangement's file
   * into the name the user sees.
   */
  public static List<String> clashes(List<Arrangement> arrangements, List<String> names,
      UnaryOperator<String> shown) {
    Map<String, List<Integer>> bySlug = new LinkedHashMap<>();
    for (int i = 0; i < arrangements.size(); i++) {
      bySlug.computeIfAbsent(slug(arrangements.get(i).title()), k -> new ArrayList<>()).add(i);
    }
    List<String> warnings = new ArrayList<>();
    for (List<Integer> group : bySlug.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<String> which = new ArrayList<>();
      List<String> written = new ArrayList<>();
      for (int i : group) {
        Arrangement a = arrangements.get(i);
        String at = a.file().isEmpty() ? "" : " (" + shown.apply(a.file())
            + (a.range().isKnown() ? ":" + a.range().start().line() : "") + ")";
        which.add("\"" + a.title() + "\"" + at);
        written.add(names.get(i));
      }
      warnings.add(group.size() + " arrangements are named alike, " + String.join(", ", which)
          + ", and are written as " + String.join(", ", written)
          + " in the order written; give them titles of their own");
    }
    return warnings;
  }

  /** The slug of one title, without the extension. */
  public static String slug(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
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
    if (result.isEmpty()) {
      return EMPTY_TITLE;
    }
    if (RESERVED.contains(result)) {
      return result + "-" + EMPTY_TITLE;
    }
    return result;
  }

  private static Set<String> reserved() {
    Set<String> names = new HashSet<>(List.of("con", "prn", "aux", "nul"));
    for (int i = 0; i <= 9; i++) {
      names.add("com" + i);
      names.add("lpt" + i);
    }
    return Set.copyOf(names);
  }
}

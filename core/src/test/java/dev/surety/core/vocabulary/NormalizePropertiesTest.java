package dev.surety.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Vocabulary#normalize} recognises text that is already normal without rebuilding it; that
 * shortcut must never change a result. The reference is the plain definition: trim, lower-case,
 * split at whitespace, British spelling per word, join with single spaces.
 */
class NormalizePropertiesTest {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Property(tries = 3000)
  void normalizeIsThePlainDefinition(@ForAll("phrases") String phrase) {
    String expected = plain(phrase);
    assertThat(Vocabulary.normalize(phrase)).isEqualTo(expected);
    assertThat(Vocabulary.normalize(expected)).isEqualTo(expected);
    if (expected.chars().allMatch(c -> c >= ' ' && c <= '~')) {
      // printable ASCII, already normal: recognised, not rebuilt
      assertThat(Vocabulary.normalize(expected)).isSameAs(expected);
    }
  }

  /** The definition with the spellings written out. */
  private static String plain(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : WHITESPACE.split(phrase.trim().toLowerCase(Locale.ROOT))) {
      if (word.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(british(word));
    }
    return out.toString();
  }

  private static String british(String word) {
    switch (word) {
      case "defense": return "defence";
      case "defenses": return "defences";
      case "offense": return "offence";
      case "organization": return "organisation";
      case "initialed": return "initialled";
      case "armor": return "armour";
      case "armored": return "armoured";
      default: return word;
    }
  }

  @Provide
  Arbitrary<String> phrases() {
    Arbitrary<String> words = Arbitraries.oneOf(
        Arbitraries.of("air", "defence", "defense", "Defense", "armor", "ARMORED", "armour", "offense",
            "organization", "initialed", "military", "aid", "UN", "İstanbul", "ΣΟΦΟΣ", "e\u0301", "x-ray"),
        Arbitraries.strings().withChars("aZ \t\n\r\u000B\f\u0001\u00A0\u2003é-_").ofMaxLength(6));
    Arbitrary<String> separators = Arbitraries.of(" ", " ", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "");
    return Arbitraries.lazy(() -> Arbitraries.oneOf(words,
        Arbitraries.just(""),
        words.list().ofMaxSize(5).flatMap(ws -> separators.list().ofSize(ws.size() + 1).map(ss -> {
          StringBuilder b = new StringBuilder(ss.get(0));
          for (int i = 0; i < ws.size(); i++) {
            b.append(ws.get(i)).append(ss.get(i + 1));
          }
          return b.toString();
        }))));
  }
}

package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.validation.analysis.Analysis;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link Analysis#bodyKey} in one pass is its plain definition with regular expressions. */
class BodyKeyPropertiesTest {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  @Property(tries = 2000)
  void bodyKeyIsThePlainDefinition(@ForAll("names") String name) {
    String plain = WHITESPACE.matcher(name.replace("\"", "").trim()).replaceAll(" ")
        .toLowerCase(Locale.ROOT);
    assertThat(Analysis.bodyKey(name)).isEqualTo(plain);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings()
        .withChars("aZ\" \t\n\r\u000B\f\u0001\u00A0İΣ-")
        .withChars("Congress Verkhovna Rada")
        .ofMaxLength(24);
  }
}

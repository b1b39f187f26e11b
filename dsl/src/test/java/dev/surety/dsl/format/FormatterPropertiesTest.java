package dev.surety.dsl.format;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Issue #7 point 3 over drafts generated at random ({@link Drafts}): idempotence, the same model,
 * the same comments, and no line over 100 columns that could still be broken.
 */
class FormatterPropertiesTest {

  private static final Path ROOT = Path.of("").toAbsolutePath();

  @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
  void formattingKeepsMeaningAndCommentsAndIsIdempotent(@ForAll("drafts") String draft) {
    FormatChecks.check(draft, "generated.surety", ROOT);
  }

  @Provide
  Arbitrary<String> drafts() {
    return Arbitraries.randomValue(Drafts::generate);
  }
}

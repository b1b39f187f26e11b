package dev.surety.cli.format;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Renders {@link FormatFixtures#report()} in every format and compares it with {@code
 * cli/src/test/resources/format/golden/<format>.txt} (and {@code text-color.txt} for colour).
 * {@code -Dsurety.golden.update=true} rewrites the files; see {@link Golden}.
 */
class GoldenFormatTest {

  @ParameterizedTest
  @EnumSource(OutputFormat.class)
  void matchesTheGoldenFile(OutputFormat format) throws IOException {
    String actual = format.renderer().renderToString(FormatFixtures.report());
    Golden.assertMatches(format.spelling(), actual);
  }

  @org.junit.jupiter.api.Test
  void colouredTextMatchesTheGoldenFile() throws IOException {
    LintReport report = LintReport.builder().from(FormatFixtures.report()).color(true).build();
    Golden.assertMatches("text-color", OutputFormat.TEXT.renderer().renderToString(report));
  }
}

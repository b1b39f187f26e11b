package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code cli/src/test/resources/format/golden/}, in the manner of cel-java's
 * {@code .baseline} files: {@link #assertMatches} compares a rendering with its file and shows the
 * difference. Run the tests with {@code -Dsurety.golden.update=true} (for example {@code mvn -pl
 * cli -am verify -Dsurety.golden.update=true}) to rewrite the files from the current output, then
 * review the change with {@code git diff}.
 */
final class Golden {

  static final Path DIRECTORY = Path.of("src", "test", "resources", "format", "golden");

  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("surety.golden.update");
  }

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIRECTORY.resolve(name + ".txt");
    if (updating()) {
      Files.createDirectories(DIRECTORY);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(file)) {
      fail("no golden file %s; run with -Dsurety.golden.update=true to create it", file);
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("%s differs from the golden file (-Dsurety.golden.update=true rewrites it)", file)
        .isEqualTo(expected);
  }
}

package dev.surety.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files (cel-java's baselines): compares output with a file under {@code src/test/resources}
 * and, run with {@code -Dsurety.golden.update=true}, rewrites the file instead.
 */
public final class Golden {

  private static final Path RESOURCES = Path.of("src/test/resources");

  private Golden() {}

  public static void assertMatches(String resource, String actual) {
    Path file = RESOURCES.resolve(resource);
    try {
      if (Boolean.getBoolean("surety.golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (rewrite with -Dsurety.golden.update=true)", file)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual).as("output against golden file %s (rewrite with "
          + "-Dsurety.golden.update=true)", file).isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.surety.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every draft of the repository: each {@code .surety} file keeps the properties and is already in
 * the canonical layout, without exception (what CI's {@code surety fmt --check} checks).
 *
 * <p>Test inputs that must not be in the canonical layout carry another extension, which says
 * why (docs/formatting.md), and are checked for it here, so that no file hides under the wrong
 * one: a {@code .surety-broken} file holds syntax errors (the formatter refuses it); a
 * {@code .surety-unformatted} file is valid but laid out otherwise on purpose (the properties
 * hold for it, and formatting changes it).
 */
class RepositoryFormatTest {

  static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

  static final String DRAFT = ".surety";
  static final String BROKEN = ".surety-broken";
  static final String UNFORMATTED = ".surety-unformatted";

  static List<String> files(String extension) throws IOException {
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
          .map(p -> REPOSITORY.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.contains("/target/") && !p.startsWith(".") && !p.contains("/."))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  static Stream<String> drafts() throws IOException {
    return files(DRAFT).stream();
  }

  static Stream<String> broken() throws IOException {
    return files(BROKEN).stream();
  }

  static Stream<String> unformatted() throws IOException {
    return files(UNFORMATTED).stream();
  }

  @Test
  void findsTheRepositorysDrafts() throws IOException {
    assertThat(files(DRAFT))
        .contains("dsl/src/test/resources/golden/framework.surety",
            "examples/drafts/history/us-ukraine-v1.surety")
        .hasSizeGreaterThan(30);
    assertThat(files(BROKEN)).contains("dsl/src/test/resources/golden/syntax-errors.surety-broken",
        "dsl/src/test/resources/golden/crlf-bom.surety-broken");
    assertThat(files(UNFORMATTED)).contains("dsl/src/test/resources/diff/us-v1.surety-unformatted");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drafts")
  void isFormattedAndKeepsTheProperties(String name) throws IOException {
    Path file = REPOSITORY.resolve(name);
    String source = Files.readString(file, StandardCharsets.UTF_8);
    String formatted = FormatChecks.check(source, file.getFileName().toString(), file.getParent());
    assertThat(formatted).as("%s is in the canonical layout (run surety fmt --write)", name)
        .isEqualTo(source);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void aBrokenInputHasSyntaxErrors(String name) throws IOException {
    String source = Files.readString(REPOSITORY.resolve(name), StandardCharsets.UTF_8);
    FormatResult result = SuretyFormatter.create().format(source, name);
    assertThat(result.formatted()).as("%s formats: it is not broken; name it .surety", name)
        .isEmpty();
    assertThat(result.diagnostics()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.code()).isEqualTo("SUR001"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unformatted")
  void anUnformattedInputKeepsThePropertiesAndIsNotFormatted(String name) throws IOException {
    Path file = REPOSITORY.resolve(name);
    String source = Files.readString(file, StandardCharsets.UTF_8);
    String formatted = FormatChecks.check(source, file.getFileName().toString(), file.getParent());
    assertThat(formatted).as("%s is formatted: name it .surety", name).isNotEqualTo(source);
  }
}

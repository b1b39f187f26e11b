package dev.surety.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code .surety} file of the repository: the properties hold, and each is already in the
 * canonical layout (what {@code surety fmt --check} checks).
 *
 * <p>Left out, each for a reason: golden inputs that hold syntax errors on purpose (the formatter
 * refuses them, which is checked here too), and inputs kept in a layout on purpose (the properties
 * are still checked for them; only "already formatted" is not).
 */
class RepositoryFormatTest {

  static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

  /** Inputs that hold syntax errors on purpose: the golden suite reads them as they are. */
  static final Map<String, String> SYNTAX_ERRORS_ON_PURPOSE = Map.of(
      "dsl/src/test/resources/golden/syntax-errors.surety", "three independent syntax errors",
      "dsl/src/test/resources/golden/lexical.surety", "lexical errors of every kind",
      "dsl/src/test/resources/golden/crlf-bom.surety", "a statement without its `.`",
      "dsl/src/test/resources/golden/missing-dot.surety", "statements without their `.`");

  /**
   * Inputs kept as they are written, on purpose. {@code framework.surety} is the example of
   * LANGUAGE.md section 1 character for character, and CompilerTest and SuretyTest pin its
   * positions; the example indents its continuation line two spaces deeper where section 6 asks
   * for four. Format it (and update those tests) once the example in LANGUAGE.md is.
   */
  static final Map<String, String> LAYOUT_ON_PURPOSE = Map.of(
      "dsl/src/test/resources/golden/framework.surety",
      "the LANGUAGE.md section 1 example, verbatim; its positions are pinned by other tests");

  static Stream<String> drafts() throws IOException {
    try (Stream<Path> files = Files.walk(REPOSITORY)) {
      return files
          .filter(p -> p.toString().endsWith(".surety") && Files.isRegularFile(p))
          .map(p -> REPOSITORY.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.contains("/target/") && !p.startsWith(".") && !p.contains("/."))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @Test
  void findsTheRepositorysDrafts() throws IOException {
    assertThat(drafts().collect(Collectors.toList()))
        .contains("dsl/src/test/resources/golden/framework.surety")
        .containsAll(SYNTAX_ERRORS_ON_PURPOSE.keySet());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drafts")
  void isFormattedAndKeepsTheProperties(String name) throws IOException {
    Path file = REPOSITORY.resolve(name);
    String source = Files.readString(file, StandardCharsets.UTF_8);
    if (SYNTAX_ERRORS_ON_PURPOSE.containsKey(name)) {
      FormatResult result = SuretyFormatter.create().format(source, name);
      assertThat(result.formatted()).isEmpty();
      assertThat(result.diagnostics()).isNotEmpty()
          .allSatisfy(d -> assertThat(d.code()).isEqualTo("SUR001"));
      return;
    }
    String formatted = FormatChecks.check(source, file.getFileName().toString(), file.getParent());
    // the semantic diff's inputs vary layout on purpose: a layout-only change must diff to nothing
    if (!LAYOUT_ON_PURPOSE.containsKey(name) && !name.startsWith("dsl/src/test/resources/diff/")) {
      assertThat(formatted).as("%s is in the canonical layout (run surety fmt --write)", name)
          .isEqualTo(source);
    }
  }

}

package dev.surety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.validation.assessment.Assessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares what Surety reports for every example draft with the {@code .expected} file beside it.
 * Run with {@code -Dsurety.expected.update=true} to rewrite the files after a deliberate change.
 */
class ExpectedResultsTest {

  /** The drafts, relative to the examples module (Maven runs tests there). */
  static final Path DRAFTS = Path.of("drafts");

  /** Codes that mean a draft does not compile: none may appear. */
  static final Set<String> COMPILE_ERRORS = Set.of("SUR001", "SUR002", "SUR005", "SUR101", "SUR102");

  static final boolean UPDATE =
      Boolean.getBoolean("surety.expected.update") || Boolean.getBoolean("surety.golden.update");

  private static Report report;

  @BeforeAll
  static void checkAllDrafts() {
    // One compilation of the whole directory: the root is `drafts`, so the includes of the
    // drafts in `history/` (../parties/common.surety) stay inside it.
    report = Surety.create().check(List.of(DRAFTS));
  }

  static Stream<String> drafts() throws IOException {
    try (Stream<Path> files = Files.walk(DRAFTS)) {
      return files
          .filter(p -> p.toString().endsWith(".surety"))
          .map(p -> DRAFTS.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drafts")
  void draftMatchesItsExpectedResult(String draft) throws IOException {
    String actual = render(draft);
    Path expectedFile = DRAFTS.resolve(draft.replaceAll("\\.surety$", ".expected"));
    if (UPDATE || !Files.exists(expectedFile)) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      assertThat(UPDATE)
          .as("%s had no expected file; it was written, review and commit it", expectedFile)
          .isTrue();
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertThat(actual)
        .as("%s differs from %s (rewrite with -Dsurety.expected.update=true)", draft, expectedFile)
        .isEqualTo(expected);
  }

  @Test
  void everyDraftCompiles() {
    assertThat(report.diagnostics())
        .filteredOn(d -> COMPILE_ERRORS.contains(d.code()))
        .extracting(d -> ResultRendering.diagnostic("", d))
        .isEmpty();
  }

  @Test
  void everyDraftHasExactlyOneArrangementAndTheSharedFileNone() throws IOException {
    for (String draft : drafts().collect(Collectors.toList())) {
      long count = report.assessments().stream().filter(a -> a.file().equals(draft)).count();
      assertThat(count).as(draft).isEqualTo(draft.startsWith("parties/") ? 0 : 1);
    }
  }

  @Test
  void theReferenceIsAGuarantee() {
    Assessment nato =
        report.assessments().stream()
            .filter(a -> a.file().equals("north-atlantic-treaty-article-5.surety"))
            .findFirst()
            .orElseThrow();
    assertThat(nato.verdict().spelling()).isEqualTo("guarantee");
    assertThat(nato.score()).isGreaterThanOrEqualTo(6);
  }

  private static String render(String draft) {
    List<Diagnostic> diagnostics =
        report.diagnostics().stream()
            .filter(d -> d.range().file().equals(draft))
            .collect(Collectors.toList());
    List<Assessment> assessments =
        report.assessments().stream()
            .filter(a -> a.file().equals(draft))
            .collect(Collectors.toList());
    return ResultRendering.render(draft, diagnostics, assessments);
  }
}

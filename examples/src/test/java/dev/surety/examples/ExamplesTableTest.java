package dev.surety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.validation.assessment.Assessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tables of the root README ("The examples: seven real arrangements") say what Surety reports:
 * every row's verdict and score are those of the draft it links, and every draft has a row.
 */
class ExamplesTableTest {

  static final Path README = Path.of("..", "README.md");
  static final String SECTION = "## The examples: seven real arrangements";

  /** A row: the linked draft, then the verdict and the score among its cells. */
  private static final Pattern ROW = Pattern.compile("^\\| \\[[^\\]]+\\]\\(examples/drafts/([^)]+\\.surety)\\) \\|(.*)$");
  private static final Pattern SCORE = Pattern.compile("^(\\d)/7$");

  private static Map<String, Assessment> assessments;

  @BeforeAll
  static void checkAllDrafts() {
    Report report = Surety.create().check(List.of(ExpectedResultsTest.DRAFTS));
    assessments = new TreeMap<>();
    report.assessments().forEach(a -> assessments.put(a.file(), a));
  }

  record Row(String draft, String verdict, int score) {}

  static List<Row> rows() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(SECTION);
    assertThat(start).as("README has the section %s", SECTION).isNotNegative();
    int end = readme.indexOf("\n## ", start + SECTION.length());
    List<Row> rows = new ArrayList<>();
    for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      List<String> cells = List.of(row.group(2).split("\\|")).stream().map(String::trim).toList();
      String verdict = cells.stream().filter(c -> List.of("guarantee", "assurance", "declaration")
          .contains(c)).findFirst().orElseThrow(() -> new AssertionError("no verdict in " + line));
      int score = cells.stream().map(SCORE::matcher).filter(Matcher::matches)
          .map(m -> Integer.parseInt(m.group(1))).findFirst()
          .orElseThrow(() -> new AssertionError("no score in " + line));
      rows.add(new Row(row.group(1), verdict, score));
    }
    return rows;
  }

  @Test
  void everyRowShowsWhatSuretyReports() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSize(11);
    for (Row row : rows) {
      Assessment a = assessments.get(row.draft());
      assertThat(a).as("README links %s, which has an arrangement", row.draft()).isNotNull();
      assertThat(a.verdict().spelling()).as("verdict of %s in the README", row.draft())
          .isEqualTo(row.verdict());
      assertThat(a.score()).as("score of %s in the README", row.draft()).isEqualTo(row.score());
    }
  }

  @Test
  void everyDraftHasARow() throws IOException {
    assertThat(rows().stream().map(Row::draft).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(assessments.keySet());
  }
}

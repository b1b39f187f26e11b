package dev.surety.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftGeneratorTest {

  private static final List<String> READING = List.of("SUR001", "SUR002", "SUR003", "SUR005");

  @Test
  void theSameSeedGivesTheSameDraft() {
    assertThat(DraftGenerator.draft(7, 20_000)).isEqualTo(DraftGenerator.draft(7, 20_000));
    assertThat(DraftGenerator.draft(7, 20_000)).isNotEqualTo(DraftGenerator.draft(8, 20_000));
  }

  @Test
  void aDraftHasAboutTheSizeAsked() {
    int bytes = DraftGenerator.draft(3, 100_000).getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isBetween(100_000, 110_000);
  }

  @Test
  void generatedDraftsCompileWithoutReadingErrors() {
    Surety surety = Surety.create();
    for (long seed = 0; seed < 20; seed++) {
      Report report = surety.check(DraftGenerator.draft(seed, 8_000), "draft.surety");
      assertThat(reading(report)).as("seed " + seed).isEmpty();
      assertThat(report.arrangements()).isNotEmpty();
    }
    assertThat(reading(surety.check(DraftGenerator.manyParties(50), "p.surety"))).isEmpty();
    assertThat(reading(surety.check(DraftGenerator.manyCommitments(50), "c.surety"))).isEmpty();
    assertThat(reading(surety.check(DraftGenerator.manyTriggers(50), "t.surety"))).isEmpty();
    Report threats = surety.check(DraftGenerator.manyThreats(50), "g.surety");
    assertThat(reading(threats)).isEmpty();
    assertThat(threats.diagnostics()).filteredOn(d -> d.code().equals("SUR203")).hasSize(50);
  }

  @Test
  void theCorpusAndTheIncludesResolve(@TempDir Path dir) throws Exception {
    Surety surety = Surety.create();
    List<Path> corpus = DraftGenerator.corpus(dir.resolve("corpus"), 5, 1);
    assertThat(corpus).hasSize(5);
    // the corpus is linted as a whole: its root holds the shared parties/ beside the drafts
    Report report = surety.check(List.of(dir.resolve("corpus")));
    assertThat(reading(report)).isEmpty();
    assertThat(report.files()).hasSize(6);
    Path includes = DraftGenerator.manyIncludes(dir.resolve("inc"), 20);
    Report included = surety.check(List.of(includes));
    assertThat(reading(included)).isEmpty();
    assertThat(included.files()).hasSize(21);
  }

  @Test
  void aDraftOfLinesHasThem() {
    long lines = BenchRun.draftOfLines(2000).lines().count();
    assertThat(lines).isBetween(2000L, 2100L);
  }

  private static List<Diagnostic> reading(Report report) {
    return report.diagnostics().stream().filter(d -> READING.contains(d.code()))
        .collect(Collectors.toList());
  }
}

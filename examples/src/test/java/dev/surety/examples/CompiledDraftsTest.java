package dev.surety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.dsl.json.ArrangementJson;
import dev.surety.validation.assessment.Assessment;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The build of this module runs the Maven plugin's {@code compile} goal on the sound drafts
 * (pom.xml): a draft is sound when Surety reports an arrangement and no error for it, as its
 * {@code .expected} file says ({@link ExpectedResultsTest}). This test reads what the build put on
 * the class path, with the public reader, and holds it against the drafts as they are: every
 * sound draft is there, nothing else is, and each is the arrangement its draft compiles to. A sound
 * draft left out of pom.xml, or the plugin taken out of it, fails here; a sound draft that gains an
 * error fails the build before any test runs (the invoker case examples-drift shows it).
 */
class CompiledDraftsTest {

  /** The sound drafts' arrangements, by title; the draft's file in {@link #files}. */
  private static final Map<String, Arrangement> sound = new TreeMap<>();
  private static final Map<String, String> files = new TreeMap<>();

  @BeforeAll
  static void compileTheDrafts() {
    Report report = Surety.create().check(List.of(ExpectedResultsTest.DRAFTS));
    assertThat(report.assessments()).hasSameSizeAs(report.arrangements());
    for (int i = 0; i < report.arrangements().size(); i++) {
      Arrangement arrangement = report.arrangements().get(i);
      Assessment assessment = report.assessments().get(i);
      assertThat(assessment.title()).isEqualTo(arrangement.title());
      boolean hasErrors = report.diagnostics().stream()
          .anyMatch(d -> d.severity() == Severity.ERROR && d.range().file().equals(assessment.file()));
      if (!hasErrors) {
        sound.put(arrangement.title(), arrangement);
        files.put(arrangement.title(), assessment.file());
      }
    }
  }

  @Test
  void theReferenceAndTheTwoUkUkraineAgreementsAreSound() {
    assertThat(files.values()).contains("north-atlantic-treaty-article-5.surety",
        "uk-ukraine-security-cooperation-2024.surety", "uk-ukraine-100-year-partnership-2025.surety");
  }

  @Test
  void theBuildPutEverySoundDraftOnTheClassPathAsItCompilesToday() throws Exception {
    Map<String, Arrangement> compiled = new TreeMap<>();
    for (String resource : EmbeddingDemo.compiledResources()) {
      Arrangement arrangement = ArrangementJson.readResource(resource);
      compiled.put(arrangement.title(), arrangement);
    }
    assertThat(compiled.keySet())
        .as("the arrangements under %s/ on the class path are those of the sound drafts %s "
            + "(the surety-maven-plugin includes of examples/pom.xml)", EmbeddingDemo.COMPILED,
            files.values())
        .containsExactlyElementsOf(sound.keySet());
    for (Map.Entry<String, Arrangement> entry : sound.entrySet()) {
      assertThat(compiled.get(entry.getKey()))
          .as("%s as the build compiled it", files.get(entry.getKey()))
          .isEqualTo(entry.getValue());
    }
  }
}

package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Declarations at file level are visible to every arrangement of the file (LANGUAGE.md, section 3)
 * and judged with each of them; a finding about one is reported once, where it is declared.
 */
class FileLevelDeclarationsTest {

  private static final String ARRANGEMENT = """
      arrangement "%s" {
        kind guarantee.
        dated 2025-01-01.
        instrument treaty.
        beneficiary UA.
        party UA "Ukraine".
        party UK "United Kingdom".
        UK backstop: air; on attack; immediate.
        duration 15 years.
        withdrawal notice 12 months.
      }
      """;

  private static List<Diagnostic> findings(Report report, String code) {
    return report.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
  }

  @Test
  void aMisspeltEventOfAFileLevelTriggerIsReportedWhereItIsDeclared() {
    Report report = Surety.create().check("party RU \"Russia\".\n"
        + "trigger attack: armed atack; by RU.\n" + ARRANGEMENT.formatted("T"), "draft.surety");
    assertThat(findings(report, "SUR111")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo(
          "unknown event `armed atack` in trigger attack (line 2); did you mean `armed attack`?");
      assertThat(d.help()).contains("write `armed attack`");
      assertThat(d.range().startLine()).isEqualTo(2);
    });
  }

  @Test
  void aFileLevelFindingIsReportedOnceHoweverManyArrangementsSeeTheDeclaration() {
    Report report = Surety.create().check("party RU \"Russia\".\n"
        + "trigger attack: armed atack; by RU.\n"
        + "coalition CW \"Coalition\"; size 3.\n"
        + ARRANGEMENT.formatted("First") + ARRANGEMENT.formatted("Second"), "draft.surety");
    assertThat(report.arrangements()).hasSize(2);
    assertThat(findings(report, "SUR111")).hasSize(1);
    assertThat(findings(report, "SUR109")).hasSize(1);
  }

  /**
   * A file-level trigger whose {@code by} names the beneficiary of the arrangements that see it is
   * one SUR304, at the {@code by}: it was one per arrangement, the same message at the same place,
   * told apart only by the note on each arrangement's {@code beneficiary}.
   */
  @Test
  void theBeneficiaryNamedInTheByOfAFileLevelTriggerIsReportedOnce() {
    String arrangement = """
        arrangement "%s" {
          kind assurance.
          dated 2025-01-01.
          instrument treaty.
          beneficiary UA.
          party UK "United Kingdom".
          UK presence: air; on attack; immediate.
          duration 15 years.
          withdrawal notice 12 months.
        }
        """;
    Report report = Surety.create().check("party UA \"Ukraine\".\nparty RU \"Russia\".\n"
        + "trigger attack: armed attack; by RU, UA.\n"
        + arrangement.formatted("First") + arrangement.formatted("Second"), "draft.surety");
    assertThat(findings(report, "SUR304")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo(
          "the beneficiary Ukraine (UA) is named a threat in the `by` of trigger attack (line 3)");
      assertThat(d.range().startLine()).isEqualTo(3);
      assertThat(d.help()).hasValue("name the party that threatens UA instead");
    });
  }

  /**
   * A file of shared declarations, with no arrangement, is not validated: its declarations are
   * judged where they are seen. So are its suppressions of the validation's codes: checked alone
   * (as {@code surety lint parties/} checks it) each was SUR004, "suppresses nothing", though it
   * suppresses the finding in every draft that includes the file.
   */
  @Test
  void aSuppressionInAFileWithNoArrangementIsJudgedWhereTheFileIsIncluded(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String shared = "party PL \"Poland\".\n"
        + "// surety:disable-next-line SUR109 -- the other members join later\n"
        + "coalition CW \"Coalition\": PL; size 3.\n"
        + "// surety:disable-next-line SUR107, SUR999\n"
        + "party FR \"France\".\n";
    java.nio.file.Files.writeString(dir.resolve("shared.surety"), shared);
    java.nio.file.Files.writeString(dir.resolve("draft.surety"), "include \"shared.surety\".\n"
        + "party RU \"Russia\".\ntrigger attack: armed attack; by RU.\n"
        + ARRANGEMENT.formatted("T"));
    Report alone = Surety.create().check(List.of(dir.resolve("shared.surety")));
    assertThat(alone.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "`surety:disable-next-line SUR999` names the unknown code SUR999");
    Report included = Surety.create().check(List.of(dir.resolve("draft.surety")));
    assertThat(included.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "`surety:disable-next-line SUR107` suppresses nothing: no SUR107 is reported on line 5",
        "`surety:disable-next-line SUR999` names the unknown code SUR999");
    assertThat(included.suppressed()).extracting(d -> d.diagnostic().code())
        .containsExactly("SUR109");
  }

  @Test
  void aMisspeltEventOfATriggerInAnIncludedFileIsReportedInThatFile(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("threats.surety"),
        "party RU \"Russia\".\ntrigger attack: armed atack; by RU.\n");
    java.nio.file.Files.writeString(dir.resolve("draft.surety"),
        "include \"threats.surety\".\n" + ARRANGEMENT.formatted("T"));
    Report report = Surety.create().check(List.of(dir.resolve("draft.surety")));
    assertThat(findings(report, "SUR111")).singleElement()
        .satisfies(d -> assertThat(d.range().file()).endsWith("threats.surety"));
  }
}

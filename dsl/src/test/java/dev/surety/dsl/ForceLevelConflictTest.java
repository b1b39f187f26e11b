package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SUR301 on drafts: which limits and sustains compare, and the findings' order. */
class ForceLevelConflictTest {

  private static List<Diagnostic> conflicts(String forceLevels) {
    Report report = Surety.create().check("arrangement \"A\" {\n  kind assurance.\n"
        + "  beneficiary UA.\n  party UA \"Ukraine\".\n  party UK \"United Kingdom\".\n"
        + "  UK military aid: air defence.\n" + forceLevels + "}\n", "draft.surety");
    return report.diagnostics().stream().filter(d -> d.code().equals("SUR301")).toList();
  }

  @Test
  void aUnitInTheSingularIsTheSameUnitAsInThePlural() {
    // `1 brigade` is how a drafter writes one of them; it caps the `brigades` sustained
    assertThat(conflicts("  sustain UA armed forces: 10 brigades.\n"
        + "  limit UA armed forces: 1 brigade.\n")).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("the limit of UA armed forces to 1 brigade"
            + " (line 8) is lower than the 10 brigades promised to be sustained (line 7)"));
    assertThat(conflicts("  sustain UA air defence: 4 batteries.\n"
        + "  limit UA air defence: 1 battery.\n")).hasSize(1);
    assertThat(conflicts("  sustain UA armed forces: 10 brigades.\n"
        + "  limit UA armed forces: 1 division.\n")).isEmpty();
  }

  @Test
  void aLimitIsComparedWithEverySustainAboveItInTheOrderOfTheFile() {
    List<Diagnostic> found = conflicts("  sustain UA armed forces: 800000 personnel.\n"
        + "  sustain UA armed forces: 500000 personnel.\n"
        + "  sustain UA armed forces: 900000 personnel.\n"
        + "  sustain UA armed forces: 600000 personnel.\n"
        + "  limit UA armed forces: 600000 personnel.\n"
        + "  sustain UA navy: 900000 personnel.\n");
    // the limit equals the fourth sustain (no conflict), is above the second, below the first and
    // the third; the navy is another force
    assertThat(found).extracting(d -> d.related().get(0).range().startLine())
        .containsExactly(7, 9);
  }
}

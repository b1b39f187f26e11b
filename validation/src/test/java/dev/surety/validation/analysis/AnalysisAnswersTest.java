package dev.surety.validation.analysis;

import static dev.surety.validation.Drafts.arrangement;
import static dev.surety.validation.Drafts.commitment;
import static dev.surety.validation.Drafts.on;
import static dev.surety.validation.Drafts.party;
import static dev.surety.validation.Drafts.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Located;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An analysis remembers its answers about a commitment per guarantor: the first guarantor's in
 * place, the others' beside it. Asked in any order, each guarantor gets its own answer.
 */
class AnalysisAnswersTest {

  @Test
  void eachGuarantorOfOneCommitmentHasItsOwnAnswersWhateverTheOrderAsked() {
    Commitment c = commitment(10, "mutual defence", "US", "land")
        .addParties(ref("UK", 10), ref("DE", 10))
        .addTriggers(on("attack", 10)).build();
    Arrangement a = arrangement("Three guarantors", 1)
        .addParties(party("US", "United States", 2, "Congress"), party("UK", "United Kingdom", 3),
            party("DE", "Germany", 4, "Bundestag"), party("UA", "Ukraine", 5))
        .addBeneficiaries(ref("UA", 6))
        .addCommitments(c).build();
    Analysis analysis = new Analysis(a);

    for (String first : List.of("UK", "US", "DE")) {
      Analysis fresh = new Analysis(a);
      fresh.missingApprovals(first, c); // whichever is asked first is held in place
      for (Analysis x : List.of(fresh, analysis)) {
        assertThat(names(x.missingApprovals("US", c))).containsExactly("Congress");
        assertThat(names(x.missingApprovals("UK", c))).isEmpty();
        assertThat(names(x.missingApprovals("DE", c))).containsExactly("Bundestag");
        assertThat(x.notBinding("US", c)).anyMatch(r -> r.contains("Congress"));
        assertThat(x.notBinding("UK", c)).noneMatch(r -> r.contains("legislature")
            || r.contains("Congress") || r.contains("Bundestag"));
        assertThat(x.notBinding("DE", c)).anyMatch(r -> r.contains("Bundestag"));
        assertThat(x.notGuaranteeGrade("DE", c)).anyMatch(r -> r.contains("DE's future"));
        assertThat(x.notGuaranteeGrade("US", c)).anyMatch(r -> r.contains("US's future"));
        // asked again: the same answer, remembered
        assertThat(x.notGuaranteeGrade("US", c)).isSameAs(x.notGuaranteeGrade("US", c));
      }
    }
  }

  private static List<String> names(List<Located<String>> missing) {
    return missing.stream().map(Located::value).toList();
  }
}

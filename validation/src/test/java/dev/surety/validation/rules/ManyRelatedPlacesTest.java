package dev.surety.validation.rules;

import static dev.surety.validation.Drafts.arrangement;
import static dev.surety.validation.Drafts.commitment;
import static dev.surety.validation.Drafts.organisation;
import static dev.surety.validation.Drafts.party;
import static dev.surety.validation.Drafts.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.ImmutableArrangement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A rule that relates one place per element (SUR204: each weak commitment of a guarantor; SUR206:
 * each threat holding a veto in a channel) relates them all at once. Adding them one by one
 * copied the list each time: one guarantor with 150,000 commitments took 40 s to check, 300,000
 * here would take minutes. The rules are called directly, without Hibernate Validator, so the
 * time limit is a guard against that quadratic alone.
 */
class ManyRelatedPlacesTest {

  private static final int MANY = 300_000;

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aGuarantorWithOnlyAssurancesHasEachOtherCommitmentRelatedInOrder() {
    ImmutableArrangement.Builder a = arrangement("Many assurances", 1)
        .addParties(party("UK", "United Kingdom", 2), party("UA", "Ukraine", 3))
        .addBeneficiaries(ref("UA", 4));
    for (int i = 0; i < MANY; i++) {
      a.addCommitments(commitment(10 + i, "consultation", "UK", "sovereignty").build());
    }
    List<Finding> found = new ArrayList<>();
    new AssuranceOnlyGuarantor.Validator().check(a.build(), found::add);

    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.range().startLine()).isEqualTo(10);
    assertThat(f.message()).contains("UK").contains("`consultation` is political or vague");
    List<RelatedLocation> related = f.related();
    assertThat(related).hasSize(MANY - 1);
    assertThat(related.get(0).range().startLine()).isEqualTo(11);
    assertThat(related.get(MANY - 2).range().startLine()).isEqualTo(10 + MANY - 1);
    assertThat(related.get(0).message()).isEqualTo("UK consultation");
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aChannelWhereManyThreatsHoldAVetoHasEachOfThemRelatedInOrder() {
    int threats = MANY;
    String[] vetoes = new String[threats];
    ImmutableArrangement.Builder a = arrangement("Many vetoes", 1)
        .addParties(party("US", "United States", 2), party("UA", "Ukraine", 3))
        .addBeneficiaries(ref("UA", 4))
        .addCommitments(commitment(5, "mutual defence", "US", "land")
            .addChannels(ref("BODY", 5)).build());
    for (int i = 0; i < threats; i++) {
      vetoes[i] = "T" + i;
      a.addParties(party(vetoes[i], "Threat " + i, 10 + i));
      a.addAgainst(ref(vetoes[i], 10 + i));
    }
    a.addOrganisations(organisation("BODY", "A body", 6, vetoes));
    Arrangement built = a.build();
    List<Finding> found = new ArrayList<>();
    new VetoExposed.Validator().check(built, found::add);

    assertThat(found).hasSize(1);
    List<RelatedLocation> related = found.get(0).related();
    assertThat(related).hasSize(threats);
    assertThat(related.get(0).message()).isEqualTo("T0 holds a veto in BODY");
    assertThat(related.get(threats - 1).message())
        .isEqualTo("T" + (threats - 1) + " holds a veto in BODY");
  }
}

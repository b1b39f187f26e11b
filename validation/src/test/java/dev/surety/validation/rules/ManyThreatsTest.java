package dev.surety.validation.rules;

import static dev.surety.validation.Drafts.arrangement;
import static dev.surety.validation.Drafts.commitment;
import static dev.surety.validation.Drafts.party;
import static dev.surety.validation.Drafts.ref;
import static dev.surety.validation.Drafts.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.model.ImmutableArrangement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * SUR203 names the clause that makes each guarantor a threat. It searched every trigger (and every
 * `against`) for it, once per guarantor: quadratic when every guarantor is named a threat, as in
 * the bench's shape of guarantors named threats (40,000 of them took 4 s to check, mostly here).
 * The rule is called directly, without Hibernate Validator, so the time limit guards that alone.
 */
class ManyThreatsTest {

  private static final int MANY = 200_000;

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void eachGuarantorNamedAThreatByATriggerOfItsOwnIsToldWhichTrigger() {
    List<Finding> found = check(true);

    assertThat(found).hasSize(MANY);
    Finding last = found.get(MANY - 1);
    assertThat(last.message())
        .contains("the `by` of trigger t" + (MANY - 1) + ", line " + (10 + 2 * MANY - 1));
    assertThat(last.related().get(0).range().startLine()).isEqualTo(10 + 2 * MANY - 1);
  }

  @Test
  @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void eachGuarantorNamedInAgainstIsToldItIsTheAgainst() {
    List<Finding> found = check(false);

    assertThat(found).hasSize(MANY);
    assertThat(found.get(MANY - 1).message())
        .contains("also a threat (`against`, line " + (10 + 2 * MANY - 1) + ")");
  }

  /**
   * SUR203 on {@link #MANY} guarantors (lines 10 on), each named a threat on the lines after them,
   * by a trigger of its own or in {@code against}, each with a backstop on the lines after those.
   * Named in {@code against}, the last is also in the {@code by} of a trigger: {@code against}
   * comes first, as RULES.md reads it.
   */
  private static List<Finding> check(boolean byTriggers) {
    ImmutableArrangement.Builder a = arrangement("Many threats", 1)
        .addParties(party("UA", "Ukraine", 2))
        .addBeneficiaries(ref("UA", 3));
    for (int i = 0; i < MANY; i++) {
      a.addParties(party("G" + i, "Guarantor " + i, 10 + i));
      if (byTriggers) {
        a.addTriggers(trigger("t" + i, "armed attack", 10 + MANY + i, "G" + i));
      } else {
        a.addAgainst(ref("G" + i, 10 + MANY + i));
      }
      a.addCommitments(commitment(10 + 2 * MANY + i, "backstop", "G" + i, "air defence").build());
    }
    if (!byTriggers) {
      a.addTriggers(trigger("t", "armed attack", 5, "G" + (MANY - 1)));
    }
    List<Finding> found = new ArrayList<>();
    new GuarantorIsThreat.Validator().check(a.build(), found::add);
    return found;
  }
}

package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.ImmutableArrangement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reference that names an id no declaration has (reported undeclared, SUR101, by the compiler)
 * may mean any declaration of its kind: SUR114 reports none of that kind unused, and still reports
 * the other kind. Decided from the model alone, so that a model built in Java is judged the same.
 */
class UndeclaredReferencesTest {

  /** The clean draft with an unused party PL (line 16) and an unused trigger blockade (line 17). */
  private static ImmutableArrangement unused() {
    return ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.party("PL", "Poland", 16))
        .addTriggers(Drafts.trigger("blockade", "blockade", 17, "RU"))
        .build();
  }

  private static List<String> unusedIds(Arrangement a) {
    return SuretyValidator.shared().validate(a).stream().filter(d -> d.code().equals("SUR114"))
        .map(Diagnostic::message).map(m -> m.split(" ")[1]).toList();
  }

  @Test
  void everyUnusedDeclarationIsReportedWhenEveryReferenceIsDeclared() {
    assertThat(unusedIds(unused())).containsExactlyInAnyOrder("PL", "blockade");
  }

  @Test
  void aMistypedTriggerHoldsBackTheTriggersOnly() {
    // US mutual defence: land; on atack. (neither attack nor blockade is reported unused)
    Arrangement typo = RuleCases.withUs(onlyOn("atack"))
        .withParties(unused().parties()).withTriggers(unused().triggers());
    assertThat(unusedIds(typo)).containsExactly("PL");
    // `on UA`, a party where a trigger belongs, names no trigger either
    Arrangement party = RuleCases.withUs(onlyOn("UA"))
        .withParties(unused().parties()).withTriggers(unused().triggers());
    assertThat(unusedIds(party)).containsExactly("PL");
    // with the trigger's id right, the unused ones are reported again
    assertThat(unusedIds(RuleCases.withUs(onlyOn("attack"))
        .withParties(unused().parties()).withTriggers(unused().triggers())))
        .containsExactlyInAnyOrder("PL", "blockade");
  }

  private static dev.surety.core.model.ImmutableCommitment.Builder onlyOn(String trigger) {
    return Drafts.commitment(12, "mutual defence", "US", "land").addTriggers(Drafts.on(trigger, 12))
        .addResponseTimes(Drafts.immediate(12)).addRequirements(Drafts.requires("Congress", 12));
  }

  @Test
  void anUndeclaredPartyHoldsBackTheActorsOnly() {
    // beneficiary UK., with UA declared: UA is not reported unused, the trigger still is
    Arrangement beneficiary = unused().withBeneficiaries(Drafts.ref("UK", 5));
    assertThat(unusedIds(beneficiary)).containsExactly("blockade");
    for (var commitment : List.of(
        Drafts.commitment(15, "military aid", "DE", "air defence"),
        Drafts.commitment(15, "military aid", "US", "air defence").addRecipients(Drafts.ref("PK", 15)),
        Drafts.commitment(15, "military aid", "US", "air defence").addChannels(Drafts.ref("NATO", 15)))) {
      assertThat(unusedIds(RuleCases.plus(unused(), commitment))).containsExactly("blockade");
    }
    Arrangement by = unused().withTriggers(Drafts.trigger("attack", "armed attack", 11, "RUS"),
        Drafts.trigger("blockade", "blockade", 17, "RU"));
    assertThat(unusedIds(by)).containsExactly("blockade");
  }

  @Test
  void anUndeclaredIdInAFileLevelDeclarationHoldsNothingBack() {
    // a shared coalition cannot have meant a party declared inside the arrangement
    Arrangement shared = ImmutableArrangement.builder().from(unused())
        .addCoalitions(dev.surety.core.model.ImmutableCoalition.copyOf(Drafts.coalition("CoW",
            "Coalition of the Willing", 2, new String[] {"UK", "FR"}, new String[] {"UK"}, null))
            .withShared(true))
        .build();
    assertThat(unusedIds(shared)).containsExactlyInAnyOrder("PL", "blockade");
  }

  @Test
  void aTriggerAndAPartyWithOneIdAreUsedEachByItsOwnKindOfReference() {
    // triggers have a namespace of their own: a trigger PL is not used because party PL is
    Arrangement sameId = ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.party("PL", "Poland", 16))
        .addTriggers(Drafts.trigger("PL", "blockade", 17, "RU"))
        .build();
    assertThat(unusedIds(sameId)).containsExactlyInAnyOrder("PL", "PL");
    Arrangement partyUsed = ImmutableArrangement.copyOf(sameId)
        .withAgainst(java.util.List.of(Drafts.ref("RU", 6), Drafts.ref("PL", 6)));
    assertThat(SuretyValidator.shared().validate(partyUsed)).filteredOn(d -> d.code().equals("SUR114"))
        .singleElement().satisfies(d -> assertThat(d.message()).startsWith("trigger PL "));
  }
}

package dev.surety.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void britishAndAmericanSpellingsAreTheSameTerm() {
    assertThat(Vocabulary.lookup(ItemTerm.class, "air defense")).contains(ItemTerm.AIR_DEFENCE);
    assertThat(Vocabulary.lookup(ItemTerm.class, "air defence")).contains(ItemTerm.AIR_DEFENCE);
    assertThat(Vocabulary.lookup(CommitmentKind.class, "collective defense"))
        .contains(CommitmentKind.MUTUAL_DEFENCE);
  }

  @Test
  void matchingIgnoresCaseAndSpacing() {
    assertThat(Vocabulary.lookup(CommitmentKind.class, "  Military   AID "))
        .contains(CommitmentKind.MILITARY_AID);
    assertThat(Vocabulary.lookup(Status.class, "in  force")).contains(Status.IN_FORCE);
  }

  @Test
  void aliasesMapToTheirTerm() {
    assertThat(Vocabulary.lookup(CommitmentKind.class, "troops")).contains(CommitmentKind.PRESENCE);
    assertThat(Vocabulary.lookup(CommitmentKind.class, "weapons"))
        .contains(CommitmentKind.MILITARY_AID);
    assertThat(Vocabulary.lookup(InstrumentType.class, "mou"))
        .contains(InstrumentType.MEMORANDUM_OF_UNDERSTANDING);
  }

  @Test
  void unknownPhrasesAreNotTerms() {
    assertThat(Vocabulary.lookup(CommitmentKind.class, "backstopp")).isEmpty();
    assertThat(Vocabulary.lookup(TriggerEvent.class, "")).isEmpty();
  }

  @Test
  void categoriesFollowTheLanguage() {
    assertThat(CommitmentKind.BACKSTOP.isResponse()).isTrue();
    assertThat(CommitmentKind.MILITARY_AID.category()).isEqualTo(KindCategory.MILITARY_SUPPORT);
    assertThat(CommitmentKind.MILITARY_AID.isResponse()).isFalse();
    assertThat(CommitmentKind.RESPECT.isRestraint()).isTrue();
    assertThat(CommitmentKind.CONSULTATION.isRestraint()).isFalse();
    assertThat(CommitmentKind.SUPPORT.category().isWeak()).isTrue();
    assertThat(InstrumentType.EXECUTIVE_AGREEMENT.isBindingInLaw()).isTrue();
    assertThat(InstrumentType.MEMORANDUM.isBindingInLaw()).isFalse();
    assertThat(Mode.AS_DEEMED_NECESSARY.isObligation()).isTrue();
    assertThat(Mode.AT_DISCRETION.isObligation()).isFalse();
    assertThat(ItemTerm.SEA.domain()).contains(Domain.SEA);
    assertThat(ItemTerm.AIR_DEFENCE.domain()).isEmpty();
  }

  @Test
  void noSpellingIsClaimedTwiceWithinAVocabulary() {
    for (Class<?> vocabulary :
        new Class<?>[] {
          ArrangementKind.class, Status.class, InstrumentType.class, Domain.class,
          CommitmentKind.class, ItemTerm.class, TriggerEvent.class, Mode.class, TimeUnit.class,
          MoneyScale.class, ForceLevelType.class, ApprovalAct.class
        }) {
      Set<String> seen = new HashSet<>();
      for (Object constant : vocabulary.getEnumConstants()) {
        Term term = (Term) constant;
        assertThat(seen.add(Vocabulary.normalize(term.canonical())))
            .as("%s spelling %s", vocabulary.getSimpleName(), term.canonical())
            .isTrue();
        for (String alias : term.aliases()) {
          assertThat(seen.add(Vocabulary.normalize(alias)))
              .as("%s alias %s", vocabulary.getSimpleName(), alias)
              .isTrue();
        }
      }
    }
  }
}

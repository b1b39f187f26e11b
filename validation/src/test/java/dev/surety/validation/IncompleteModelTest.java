package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.ImmutableCommitment;
import dev.surety.core.model.Phrase;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Mode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model built in Java may lack what the language always has: a commitment with no party, or
 * with no kind. The findings about it still read as sentences that say what is missing, rather
 * than leave a gap where the parties would be.
 */
class IncompleteModelTest {

  /** {@code KIND: ITEMS} on {@code line}, with no party. */
  private static ImmutableCommitment.Builder noParty(int line, String kind, String... items) {
    var b = Commitment.builder().range(Drafts.at(line))
        .kind(Phrase.of(CommitmentKind.class, kind, Drafts.at(line, 12)));
    for (String item : items) {
      b.addItems(Phrase.of(ItemTerm.class, item, Drafts.at(line, 30)));
    }
    return b;
  }

  private static Arrangement withCommitments(ImmutableCommitment.Builder... extra) {
    var a = ImmutableArrangement.builder().from(RuleCases.clean())
        .addOrganisations(Drafts.organisation("UNSC", "UN Security Council", 16, "US", "RU"));
    for (ImmutableCommitment.Builder c : extra) {
      a.addCommitments(c.build());
    }
    return a.build();
  }

  private static List<Diagnostic> findings(Arrangement a, String code) {
    return SuretyValidator.shared().validate(a).stream().filter(d -> d.code().equals(code)).toList();
  }

  @Test
  void aCommitmentWithNoPartyIsNamedAsSuch() {
    Arrangement a = withCommitments(
        noParty(17, "backstop", "land")
            .addModes(Drafts.mode(Mode.AUTOMATIC, 17), Drafts.mode(Mode.AT_DISCRETION, 17))
            .addChannels(Drafts.ref("UNSC", 17))
            .addPeriods(CommitmentPeriod.builder().type(CommitmentPeriod.Type.BY)
                .date(LocalDate.parse("2024-01-01")).range(Drafts.at(17, 50)).build()),
        noParty(18, "mutual defence", "land").addTriggers(Drafts.on("attack", 18)),
        noParty(19, "support"),
        noParty(20, "and FR military aid", "air defence"),
        noParty(21, "backstpo", "land").addTriggers(Drafts.on("attack", 21))
            .addResponseTimes(Drafts.immediate(21)));

    assertThat(findings(a, "SUR106")).extracting(Diagnostic::message).containsExactly(
        "backstop with no party (line 17) is a response commitment with no trigger: nothing says "
            + "when anyone must act");
    assertThat(findings(a, "SUR113")).extracting(Diagnostic::message).containsExactly(
        "mutual defence with no party (line 18) is triggered (on attack) but does not say how "
            + "soon anyone must act");
    assertThat(findings(a, "SUR207")).extracting(Diagnostic::message).containsExactly(
        "backstop with no party (line 17) is `at discretion`: no one need act at all");
    assertThat(findings(a, "SUR206")).singleElement().satisfies(d -> {
      assertThat(d.message()).startsWith("backstop with no party (line 17) runs through");
      assertThat(d.help()).contains(
          "commit a party that is no threat to act directly, not `through UNSC`");
    });
    assertThat(findings(a, "SUR108")).extracting(Diagnostic::message).containsExactly(
        "support with no party (line 19) is vague: `support` promises nothing specific",
        "and FR military aid with no party (line 20): `and FR military aid` is not a known "
            + "kind, so it promises nothing specific");
    // `backstpo` (line 21) is left to SUR111, which offers `backstop`
    assertThat(findings(a, "SUR108").get(1).help())
        .contains("use a known kind such as `military aid`, `backstop` or `financial support`");
    assertThat(findings(a, "SUR111")).extracting(Diagnostic::message).containsExactly(
        "unknown kind `backstpo` in backstpo with no party (line 21); did you mean `backstop`?");
    assertWellFormed(SuretyValidator.shared().validate(a));
    assertWellFormed(SuretyValidator.shared().assess(a).scorecard().stream()
        .map(line -> line.reason()).toList(), "assessment");
  }

  @Test
  void aCommitmentWithNoKindIsNamedAsSuch() {
    Arrangement a = withCommitments(Drafts.commitment(17, "", "US", "air defence"));
    assertThat(findings(a, "SUR108")).extracting(Diagnostic::message).containsExactly(
        "US commitment (line 17) names no kind, so it promises nothing specific");
    assertWellFormed(SuretyValidator.shared().validate(a));
  }

  /** No gap where a name or a list was left out: no double space, no empty quotes, no `, ,`. */
  private static void assertWellFormed(List<Diagnostic> diagnostics) {
    List<String> texts = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      texts.add(d.message());
      d.help().ifPresent(texts::add);
      d.related().forEach(r -> texts.add(r.message()));
    }
    assertWellFormed(texts, "findings");
  }

  private static void assertWellFormed(List<String> texts, String what) {
    assertThat(texts).as(what).isNotEmpty().allSatisfy(t -> assertThat(t)
        .doesNotContain("  ", "``", " ,", ", ,", "( ", " )", ": :", "when  ")
        .doesNotStartWith(" ").doesNotEndWith(" "));
  }
}

package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.Duration;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.vocabulary.TimeUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every rule reports its failing case (code, line, names in the message) and not its passing case. */
class RuleCasesTest {
  static Stream<String> codes() {
    return RuleCases.CASES.keySet().stream();
  }

  @Test
  void theCleanDraftIsCleanAndAGuarantee() {
    assertThat(SuretyValidator.shared().validate(RuleCases.clean())).isEmpty();
    assertThat(SuretyValidator.shared().assess(RuleCases.clean()).score()).isEqualTo(7);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void failingCaseIsReported(String code) {
    RuleCases.Case c = RuleCases.CASES.get(code);
    List<Diagnostic> found = c.failing().get().stream().filter(d -> d.code().equals(code)).toList();
    assertThat(found).as("%s in the failing case", code).isNotEmpty();
    Diagnostic d = found.get(0);
    assertThat(d.range().start().line()).as("line of %s: %s", code, d).isEqualTo(c.line());
    assertThat(d.range().file()).isEqualTo(Drafts.FILE);
    assertThat(d.message()).contains(c.names());
    assertThat(d.name()).isEqualTo(ValidationRules.byCode(code).orElseThrow().name());
    assertThat(d.severity()).isEqualTo(ValidationRules.byCode(code).orElseThrow().defaultSeverity());
  }

  @ParameterizedTest
  @MethodSource("codes")
  void passingCaseIsNotReported(String code) {
    List<Diagnostic> found = RuleCases.CASES.get(code).passing().get();
    assertThat(found).extracting(Diagnostic::code).doesNotContain(code);
  }

  @Test
  void anAssuranceOnlyGuarantorsKindsAreNamedOnceInAgreement() {
    var withUk = dev.surety.core.model.ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.party("UK", "United Kingdom", 16)).build();
    var one = RuleCases.plus(withUk, Drafts.commitment(15, "consultation", "UK", "sovereignty"));
    assertThat(messages(one, "SUR204")).containsExactly("United Kingdom (UK) gives only assurances:"
        + " `consultation` is political or vague, not military or economic");
    var three = RuleCases.plus(RuleCases.plus(RuleCases.plus(withUk,
        Drafts.commitment(15, "cooperation", "UK", "training")),
        Drafts.commitment(17, "cooperation", "UK", "intelligence")),
        Drafts.commitment(18, "consultation", "UK", "sovereignty"));
    assertThat(messages(three, "SUR204")).containsExactly("United Kingdom (UK) gives only assurances:"
        + " `cooperation` and `consultation` are political or vague, none military or economic");
  }

  @Test
  void partiesJoinedByAndAreToldToUseACommaInstead() {
    var and = RuleCases.plus(RuleCases.clean(),
        Drafts.commitment(15, "and FR military aid", "UK", "air defence"));
    assertThat(SuretyValidator.shared().validate(and)).filteredOn(d -> d.code().equals("SUR108"))
        .singleElement().satisfies(d -> assertThat(d.help())
            .contains("list the parties with `,`, not `and`: `UK, FR military aid`"));
  }

  @Test
  void aVetoExposedCommitmentsHelpAsksOnlyThePartiesThatAreNoThreatToActDirectly() {
    var unsc = ImmutableArrangement.builder().from(RuleCases.clean())
        .addOrganisations(Drafts.organisation("UNSC", "UN Security Council", 16, "US", "RU"))
        .build();
    // the Budapest Memorandum's: US, UK, RU security council action; through UNSC
    var withThreat = RuleCases.plus(unsc, Drafts.commitment(15, "security council action", "US, RU")
        .addChannels(Drafts.ref("UNSC", 15)));
    assertThat(helps(withThreat, "SUR206"))
        .containsExactly("commit US to act directly, not `through UNSC`");
    var threatAlone = RuleCases.plus(unsc, Drafts.commitment(15, "security council action", "RU")
        .addChannels(Drafts.ref("UNSC", 15)));
    assertThat(helps(threatAlone, "SUR206"))
        .containsExactly("commit a party that is no threat to act directly, not `through UNSC`");
    // nor is a threat that gives only assurances asked to commit more
    assertThat(helps(withThreat, "SUR204")).containsExactly("do not count RU as a guarantor: it is "
        + "named a threat, and can promise restraints such as `non-aggression` only");
  }

  private static List<String> helps(dev.surety.core.model.Arrangement a, String code) {
    return SuretyValidator.shared().validate(a).stream().filter(d -> d.code().equals(code))
        .map(d -> d.help().orElseThrow()).toList();
  }

  @Test
  void anUncoveredDomainWrittenTwiceIsReportedOnceAtItsFirstMention() {
    var twice = RuleCases.clean().withCovers(Drafts.domain("land", 7), Drafts.domain("sea", 7),
        dev.surety.core.model.Phrase.of(dev.surety.core.vocabulary.Domain.class, "sea",
            Drafts.at(7, 30)));
    assertThat(SuretyValidator.shared().validate(twice)).filteredOn(d -> d.code().equals("SUR112"))
        .singleElement().satisfies(d -> {
          assertThat(d.message()).isEqualTo("arrangement \"Clean guarantee\" covers sea, but no "
              + "military commitment names sea among its items");
          assertThat(d.range().start().column()).isEqualTo(10);
          assertThat(d.help()).contains("add `sea` to the items of a military commitment, or "
              + "remove it from `covers` (it is written there 2 times)");
          assertThat(d.related()).singleElement().satisfies(r -> {
            assertThat(r.range().start().column()).isEqualTo(30);
            assertThat(r.message()).isEqualTo("sea is written again here");
          });
        });
  }

  /** The clean draft (dated 2025-12-29) with {@code duration} and the US commitment's {@code term}. */
  private static dev.surety.core.model.Arrangement lasting(DurationTerm duration,
      CommitmentPeriod term) {
    return RuleCases.withUs(RuleCases.usDefence().addPeriods(term)).withDurations(duration);
  }

  private static DurationTerm until(String date) {
    return DurationTerm.builder().type(DurationTerm.Type.UNTIL).untilDate(LocalDate.parse(date))
        .range(Drafts.at(13)).build();
  }

  private static CommitmentPeriod forYears(long years) {
    return CommitmentPeriod.builder().type(CommitmentPeriod.Type.FOR)
        .length(Duration.of(years, TimeUnit.YEAR)).range(Drafts.at(12, 70)).build();
  }

  private static CommitmentPeriod untilDate(String date) {
    return CommitmentPeriod.builder().type(CommitmentPeriod.Type.UNTIL)
        .date(LocalDate.parse(date)).range(Drafts.at(12, 70)).build();
  }

  @Test
  void aCommitmentOutlastingADurationUntilADateIsReported() {
    var outlasting = SuretyValidator.shared().validate(lasting(until("2030-01-01"), forYears(10)));
    assertThat(outlasting).filteredOn(d -> d.code().equals("SUR303")).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).isEqualTo("US mutual defence (line 12) runs `for 10 years`, to "
              + "2035-12-29 from the arrangement's date 2025-12-29, past the arrangement's end on "
              + "2030-01-01 (`duration until 2030-01-01`)");
          assertThat(d.help()).contains("end the commitment by 2030-01-01 (`until 2030-01-01`), "
              + "or extend the arrangement's `duration`");
          assertThat(d.range().start().line()).isEqualTo(12);
          assertThat(d.related()).extracting(r -> r.range().start().line()).containsExactly(13);
        });
    assertThat(messages(lasting(until("2030-01-01"), untilDate("2031-06-01")), "SUR303"))
        .containsExactly("US mutual defence (line 12) runs `until 2031-06-01`, past the "
            + "arrangement's end on 2030-01-01 (`duration until 2030-01-01`)");
    // within the term, to the day
    assertThat(messages(lasting(until("2030-01-01"), forYears(4)), "SUR303")).isEmpty();
    assertThat(messages(lasting(until("2030-12-29"), forYears(5)), "SUR303")).isEmpty();
    assertThat(messages(lasting(until("2030-01-01"), untilDate("2030-01-01")), "SUR303")).isEmpty();
    // an end that is not after the date is reported once, and ends nothing
    assertThat(messages(lasting(until("2025-06-01"), forYears(10)), "SUR303"))
        .singleElement().asString().startsWith("arrangement \"Clean guarantee\" lasts until");
  }

  @Test
  void aCommitmentOutlastingADurationOfALengthIsReported() {
    assertThat(messages(lasting(Drafts.duration(15, 13), forYears(20)), "SUR303"))
        .containsExactly("US mutual defence (line 12) runs `for 20 years`, longer than the "
            + "arrangement's duration of 15 years");
    // 15 years from 2025-12-29 end on 2040-12-29, by the calendar
    assertThat(messages(lasting(Drafts.duration(15, 13), untilDate("2041-01-01")), "SUR303"))
        .containsExactly("US mutual defence (line 12) runs `until 2041-01-01`, past the "
            + "arrangement's end on 2040-12-29 (`duration 15 years` from 2025-12-29)");
    assertThat(messages(lasting(Drafts.duration(15, 13), untilDate("2040-12-29")), "SUR303"))
        .isEmpty();
    assertThat(messages(lasting(Drafts.duration(15, 13), forYears(15)), "SUR303")).isEmpty();
  }

  @Test
  void twoWithinsOfDifferentLengthsConflictAndTwoOfTheSameLengthDoNot() {
    var conflicting = RuleCases.withUs(Drafts.commitment(12, "mutual defence", "US", "land")
        .addTriggers(Drafts.on("attack", 12)).addRequirements(Drafts.requires("Congress", 12))
        .addResponseTimes(Drafts.within(30, TimeUnit.DAY, 12), Drafts.within(3, TimeUnit.DAY, 12)));
    assertThat(messages(conflicting, "SUR302"))
        .containsExactly("US mutual defence (line 12) is both `within 30 days` and `within 3 days`");
    var same = RuleCases.withUs(Drafts.commitment(12, "mutual defence", "US", "land")
        .addTriggers(Drafts.on("attack", 12)).addRequirements(Drafts.requires("Congress", 12))
        .addResponseTimes(Drafts.within(7, TimeUnit.DAY, 12), Drafts.within(1, TimeUnit.WEEK, 12)));
    assertThat(messages(same, "SUR302")).isEmpty();
    // the slower of two response times governs the scorecard's line 3 (prompt)
    assertThat(SuretyValidator.shared().assess(conflicting).scorecard().get(2).met()).isFalse();
    assertThat(SuretyValidator.shared().assess(same).scorecard().get(2).met()).isTrue();
  }

  @Test
  void aMisspeltKindIsOneFindingOfUnknownTermNotAlsoVagueAndAssuranceOnly() {
    var withUk = dev.surety.core.model.ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.party("UK", "United Kingdom", 16)).build();
    var misspelt = RuleCases.plus(withUk, Drafts.commitment(15, "backstpo", "UK", "air defence"));
    assertThat(SuretyValidator.shared().validate(misspelt)).extracting(Diagnostic::code)
        .contains("SUR111").doesNotContain("SUR108", "SUR204");
    // a kind near no known one is still vague, and its guarantor gives only assurances
    var unknown = RuleCases.plus(withUk, Drafts.commitment(15, "goodwill gesture", "UK", "air defence"));
    assertThat(SuretyValidator.shared().validate(unknown)).extracting(Diagnostic::code)
        .contains("SUR108", "SUR204").doesNotContain("SUR111");
  }

  @Test
  void aCoalitionShortOfItsSizeIsCountedInGoodEnglishWithTheFix() {
    var one = dev.surety.core.model.ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.sharedParty("UK", "United Kingdom", 1))
        .addCoalitions(Drafts.coalition("CoW", "Coalition", 16, new String[] {"UK"},
            new String[] {"UK"}, 5)).build();
    var found = SuretyValidator.shared().validate(one).stream()
        .filter(d -> d.code().equals("SUR109")).toList();
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("coalition CoW \"Coalition\" names 1 member (UK) of its "
          + "intended 5");
      assertThat(d.help()).hasValue(
          "list the other members after the colon, or write `size 1` if the coalition is complete");
    });
  }

  @Test
  void aCoalitionCountsAMemberNamedTwiceOnce() {
    var twice = dev.surety.core.model.ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.sharedParty("UK", "United Kingdom", 1))
        .addCoalitions(Drafts.coalition("CW", "C", 16, new String[] {"UK", "UK"},
            new String[] {"UK"}, 2)).build();
    assertThat(messages(twice, "SUR109")).containsExactly(
        "coalition CW \"C\" names 1 member (UK, named twice) of its intended 2");
    var enough = dev.surety.core.model.ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.sharedParty("UK", "United Kingdom", 1))
        .addCoalitions(Drafts.coalition("CW", "C", 16, new String[] {"UK", "UK"},
            new String[] {"UK"}, 1)).build();
    assertThat(messages(enough, "SUR109")).isEmpty();
    var two = dev.surety.core.model.ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.sharedParty("UK", "United Kingdom", 1))
        .addParties(Drafts.sharedParty("FR", "France", 2))
        .addCoalitions(Drafts.coalition("CW", "C", 16, new String[] {"UK", "FR", "UK", "UK"},
            new String[] {"UK"}, 4)).build();
    assertThat(messages(two, "SUR109")).containsExactly(
        "coalition CW \"C\" names 2 members (UK, FR; UK named 3 times) of its intended 4");
  }

  private static List<String> messages(dev.surety.core.model.Arrangement a, String code) {
    return SuretyValidator.shared().validate(a).stream().filter(d -> d.code().equals(code))
        .map(Diagnostic::message).toList();
  }
}

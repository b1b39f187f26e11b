package dev.surety.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ApprovalAct;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.MoneyScale;
import dev.surety.core.vocabulary.TimeUnit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ModelTest {

  private static Commitment backstop(SourceRange range) {
    return Commitment.builder()
        .addParties(Reference.of("US", range))
        .kind(Phrase.of(CommitmentKind.class, "backstop", range))
        .addItems(Phrase.of(ItemTerm.class, "air defense", range))
        .addTriggers(Reference.of("attack", range))
        .addModes(Located.of(Mode.AS_DEEMED_NECESSARY, range))
        .addRequirements(RatificationRequirement.of("Congress", ApprovalAct.RATIFICATION))
        .range(range)
        .build();
  }

  @Test
  void rangesStayOutOfEquality() {
    Commitment here = backstop(SourceRange.of("a.surety", 3, 5, 3, 60));
    Commitment there = backstop(SourceRange.of("b.surety", 30, 1, 31, 9));
    assertThat(here).isEqualTo(there).hasSameHashCodeAs(there);
    assertThat(here.range()).isNotEqualTo(there.range());
  }

  @Test
  void anArrangementCanBeBuiltByHand() {
    Arrangement arrangement =
        Arrangement.builder()
            .title("US backstop")
            .kind(Located.of(ArrangementKind.GUARANTEE))
            .addBeneficiaries(Reference.of("UA"))
            .addParties(Party.builder().id("UA").name("Ukraine").build())
            .addParties(
                Party.builder()
                    .id("US")
                    .name("United States")
                    .addLegislatures(Located.of("Congress"))
                    .build())
            .addTriggers(
                Trigger.builder()
                    .id("attack")
                    .event(Phrase.of(dev.surety.core.vocabulary.TriggerEvent.ARMED_ATTACK))
                    .addBy(Reference.of("RU"))
                    .build())
            .addLayers(
                Layer.builder().title("US backstop").addCommitments(backstop(SourceRange.NONE)).build())
            .addDurations(DurationTerm.fixed(Duration.of(15, TimeUnit.YEAR)))
            .build();

    assertThat(arrangement.allCommitments()).hasSize(1);
    assertThat(arrangement.party("US").flatMap(Party::legislature)).contains("Congress");
    assertThat(arrangement.describe("US")).isEqualTo("United States (US)");
    assertThat(arrangement.beneficiary().map(Reference::id)).contains("UA");
    assertThat(arrangement.threatReferences().map(Reference::id)).containsExactly("RU");
    Commitment commitment = arrangement.allCommitments().get(0);
    assertThat(commitment.isResponse()).isTrue();
    assertThat(commitment.isObligation()).isTrue();
    Commitment twoModes = ImmutableCommitment.copyOf(commitment)
        .withModes(Located.of(Mode.AUTOMATIC, SourceRange.NONE),
            Located.of(Mode.AT_DISCRETION, SourceRange.NONE));
    assertThat(twoModes.isObligation()).as("the weaker of two modes governs").isFalse();
    assertThat(twoModes.discretionaryMode().map(Located::value)).contains(Mode.AT_DISCRETION);
    assertThat(commitment.items().get(0).term()).contains(ItemTerm.AIR_DEFENCE);
  }

  @Test
  void unknownPhrasesAreKeptAsWritten() {
    Phrase<CommitmentKind> kind = Phrase.of(CommitmentKind.class, "air policing", SourceRange.NONE);
    assertThat(kind.text()).isEqualTo("air policing");
    assertThat(kind.isKnown()).isFalse();
    Commitment commitment =
        Commitment.builder().addParties(Reference.of("FR")).kind(kind).build();
    assertThat(commitment.isMilitary()).isFalse();
    assertThat(commitment.category()).isEmpty();
  }

  @Test
  void buildersRejectOnlyWhatCanNeverBeLegal() {
    assertThatThrownBy(
            () -> Money.builder().currency("EUR").amount(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> Duration.of(-3, TimeUnit.DAY))
        .isInstanceOf(IllegalArgumentException.class);
    // A drafter's mistakes are kept for the rules to report: two modes, an unknown currency.
    Commitment twoModes =
        Commitment.builder()
            .from(backstop(SourceRange.NONE))
            .addModes(Located.of(Mode.AT_DISCRETION))
            .build();
    assertThat(twoModes.modes()).hasSize(2);
    assertThat(Money.builder().currency("XYZ").amount(BigDecimal.ONE).build().currency())
        .isEqualTo("XYZ");
  }

  @Test
  void moneyAndDurationsCompute() {
    Money money =
        Money.builder().currency("EUR").amount(new BigDecimal("3.5")).scale(MoneyScale.BILLION).build();
    assertThat(money.value()).isEqualByComparingTo("3500000000");
    assertThat(money).hasToString("EUR 3.5 billion");
    assertThat(Duration.of(72, TimeUnit.HOUR)).isLessThan(Duration.of(30, TimeUnit.DAY));
    assertThat(Duration.of(7, TimeUnit.DAY).days()).isEqualTo(7.0);
    assertThat(Duration.of(1, TimeUnit.YEAR)).hasToString("1 year");
    assertThat(Duration.of(15, TimeUnit.YEAR)).hasToString("15 years");
  }

  @Test
  void suppressionsCoverTheirLineOrFile() {
    Suppression nextLine =
        Suppression.builder()
            .scope(Suppression.Scope.NEXT_LINE)
            .addCodes("SUR107")
            .file("a.surety")
            .line(4)
            .build();
    Suppression file =
        Suppression.builder().scope(Suppression.Scope.FILE).addCodes("SUR114").file("a.surety").build();
    assertThat(nextLine.covers("SUR107", SourceRange.of("a.surety", 4, 3, 4, 9))).isTrue();
    assertThat(nextLine.covers("SUR107", SourceRange.of("a.surety", 5, 3, 5, 9))).isFalse();
    assertThat(nextLine.covers("SUR108", SourceRange.of("a.surety", 4, 3, 4, 9))).isFalse();
    assertThat(file.covers("SUR114", SourceRange.of("a.surety", 90, 1, 90, 2))).isTrue();
    assertThat(file.covers("SUR114", SourceRange.of("b.surety", 90, 1, 90, 2))).isFalse();
  }

  @Test
  void idsAreLookedUpAsTheFirstDeclarationOfTheirKind() {
    Party firstX = Party.builder().id("X").name("Party X").build();
    Party secondX = Party.builder().id("X").name("Party X again").build();
    Coalition coalitionX = Coalition.builder().id("X").name("Coalition X").build();
    Trigger triggerX = Trigger.builder().id("X")
        .event(Phrase.of(dev.surety.core.vocabulary.TriggerEvent.ARMED_ATTACK)).build();
    Organisation un = Organisation.builder().id("UN").name("United Nations").build();
    Arrangement a = Arrangement.builder().title("t")
        .addParties(firstX, secondX).addCoalitions(coalitionX).addTriggers(triggerX)
        .addOrganisations(un).build();
    // an id declared as several kinds (SUR102 reports it) is found as each kind asked for
    assertThat(a.party("X")).containsSame(firstX);
    assertThat(a.coalition("X")).containsSame(coalitionX);
    assertThat(a.trigger("X")).containsSame(triggerX);
    assertThat(a.actor("X")).containsSame(firstX);
    assertThat(a.organisation("UN")).containsSame(un);
    assertThat(a.organisation("X")).isEmpty();
    assertThat(a.party("UN")).isEmpty();
    assertThat(a.actor("UN")).containsSame(un);
    assertThat(a.actor("nobody")).isEmpty();
    assertThat(a.declarations()).containsExactly(firstX, secondX, un, coalitionX, triggerX);
  }

  @Test
  void unreadStatementsAreCopiedSortedAndReadOnly() {
    java.util.TreeSet<String> given = new java.util.TreeSet<>(java.util.List.of("kind", "beneficiary"));
    Arrangement a = Arrangement.builder().title("t").unread(given).build();
    given.add("duration"); // the caller's set changing afterwards changes nothing
    assertThat(a.unread()).containsExactly("beneficiary", "kind");
    // nothing unread: the shared empty set, no set of its own per element
    assertThat(Arrangement.builder().title("t").build().unread())
        .isSameAs(Arrangement.builder().title("u").build().unread());
    assertThat(Arrangement.builder().title("t").unread(new java.util.TreeSet<>()).build().unread())
        .isSameAs(java.util.Collections.emptySortedSet());
    assertThatThrownBy(() -> a.unread().add("commitment"))
        .isInstanceOf(UnsupportedOperationException.class);
    // not part of equality: a model read from JSON equals the compiled one
    assertThat(a).isEqualTo(Arrangement.builder().title("t").build());

    java.util.TreeSet<String> qualifiers = new java.util.TreeSet<>(java.util.List.of("within"));
    Commitment c = Commitment.builder().from(backstop(SourceRange.NONE)).unread(qualifiers).build();
    qualifiers.add("on");
    assertThat(c.unread()).containsExactly("within");
    assertThatThrownBy(() -> c.unread().clear()).isInstanceOf(UnsupportedOperationException.class);
    java.util.TreeSet<String> layerGiven = new java.util.TreeSet<>(java.util.List.of("commitment"));
    Layer l = Layer.builder().title("L").unread(layerGiven).build();
    layerGiven.add("force level");
    assertThat(l.unread()).containsExactly("commitment");
    assertThatThrownBy(() -> l.unread().add("x")).isInstanceOf(UnsupportedOperationException.class);
    // a model copied keeps the snapshot it has, without copying it again
    assertThat(ImmutableCommitment.copyOf(c).withRange(SourceRange.NONE).unread()).isSameAs(c.unread());
  }

  @Test
  void builtByHandADurationTermHasTheFieldsOfItsTypeAndACoalitionNoNegativeSize() {
    Duration tenYears = Duration.of(10, TimeUnit.YEAR);
    assertThatThrownBy(() -> DurationTerm.builder().type(DurationTerm.Type.FIXED).build())
        .hasMessage("a FIXED duration term needs a length");
    assertThatThrownBy(() -> DurationTerm.builder().type(DurationTerm.Type.UNTIL).build())
        .hasMessage("an UNTIL duration term needs a date or an event, and only one");
    assertThatThrownBy(() -> DurationTerm.builder().type(DurationTerm.Type.UNTIL)
        .untilEvent("peace").untilDate(java.time.LocalDate.of(2040, 1, 1)).build())
        .hasMessage("an UNTIL duration term needs a date or an event, and only one");
    assertThatThrownBy(() -> DurationTerm.builder().type(DurationTerm.Type.INDEFINITE)
        .untilEvent("peace").build())
        .hasMessage("only an UNTIL duration term has a date or an event; this one is INDEFINITE");
    assertThatThrownBy(() -> DurationTerm.builder().type(DurationTerm.Type.INDEFINITE)
        .length(tenYears).build())
        .hasMessage("only a FIXED duration term has a length; this one is INDEFINITE");
    assertThat(DurationTerm.fixed(tenYears).length()).contains(tenYears);
    assertThat(DurationTerm.builder().type(DurationTerm.Type.UNTIL).untilEvent("peace").build()
        .untilEvent()).contains("peace");

    assertThatThrownBy(() -> Coalition.builder().id("CoW").name("Coalition")
        .size(Located.of(java.math.BigInteger.valueOf(-5))).build())
        .hasMessage("a coalition cannot have a negative size: -5");
    assertThat(Coalition.builder().id("CoW").name("Coalition")
        .size(Located.of(java.math.BigInteger.valueOf(30))).build().size()).isPresent();
  }

  @Test
  void builtByHandACommitmentPeriodHasTheFieldsOfItsType() {
    Duration tenYears = Duration.of(10, TimeUnit.YEAR);
    java.time.LocalDate date = java.time.LocalDate.of(2030, 1, 1);
    assertThatThrownBy(() -> CommitmentPeriod.builder().type(CommitmentPeriod.Type.FOR).build())
        .hasMessage("a FOR period needs a length");
    assertThatThrownBy(() -> CommitmentPeriod.builder().type(CommitmentPeriod.Type.FOR)
        .length(tenYears).date(date).build())
        .hasMessage("a FOR period has a length, not a date or an event");
    assertThatThrownBy(() -> CommitmentPeriod.builder().type(CommitmentPeriod.Type.UNTIL).build())
        .hasMessage("an UNTIL period needs a date or an event, and only one");
    assertThatThrownBy(() -> CommitmentPeriod.builder().type(CommitmentPeriod.Type.UNTIL)
        .date(date).event("peace").build())
        .hasMessage("an UNTIL period needs a date or an event, and only one");
    assertThatThrownBy(() -> CommitmentPeriod.builder().type(CommitmentPeriod.Type.BY)
        .length(tenYears).date(date).event("peace").build())
        .hasMessage("only a FOR period has a length; this one is BY");
    assertThatThrownBy(() -> CommitmentPeriod.builder().type(CommitmentPeriod.Type.BY)
        .event("peace").build())
        .hasMessage("a BY period needs a date, and no event");
    assertThat(CommitmentPeriod.builder().type(CommitmentPeriod.Type.BY).date(date).build().date())
        .contains(date);
    assertThat(CommitmentPeriod.builder().type(CommitmentPeriod.Type.UNTIL).event("peace").build()
        .event()).contains("peace");
  }

  /** A length in days or weeks meets months and years in whole days of their calendar mean. */
  @Test
  void aLengthInDaysMeetsYearsAndMonthsInWholeDays() {
    Duration tenYears = Duration.of(10, TimeUnit.YEAR);
    assertThat(Duration.of(3652, TimeUnit.DAY).isAtLeast(tenYears)).isTrue();
    assertThat(Duration.of(3651, TimeUnit.DAY).isAtLeast(tenYears)).isFalse();
    assertThat(Duration.of(522, TimeUnit.WEEK).isAtLeast(tenYears)).isTrue();
    assertThat(Duration.of(521, TimeUnit.WEEK).isAtLeast(tenYears)).isFalse();
    assertThat(Duration.of(120, TimeUnit.MONTH).isAtLeast(tenYears)).isTrue();
    assertThat(Duration.of(119, TimeUnit.MONTH).isAtLeast(tenYears)).isFalse();
    Duration threeMonths = Duration.of(3, TimeUnit.MONTH);
    assertThat(Duration.of(91, TimeUnit.DAY).isAtLeast(threeMonths)).isTrue();
    assertThat(Duration.of(13, TimeUnit.WEEK).isAtLeast(threeMonths)).isTrue();
    assertThat(Duration.of(90, TimeUnit.DAY).isAtLeast(threeMonths)).isFalse();
    // between calendar units, exactly: 2.99 months is not 3
    assertThat(Duration.of(new java.math.BigDecimal("2.99"), TimeUnit.MONTH,
        dev.surety.core.source.SourceRange.NONE).isAtLeast(threeMonths)).isFalse();
    assertThat(Duration.of(30, TimeUnit.DAY).isAtLeast(Duration.of(720, TimeUnit.HOUR))).isTrue();
    assertThat(Duration.of(29, TimeUnit.DAY).isAtLeast(Duration.of(720, TimeUnit.HOUR))).isFalse();
  }
}

package dev.surety.dsl.json;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.Condition;
import dev.surety.core.model.Duration;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Funding;
import dev.surety.core.model.GeographicLimit;
import dev.surety.core.model.ImmutableCommitment;
import dev.surety.core.model.ImmutableDuration;
import dev.surety.core.model.ImmutableMoney;
import dev.surety.core.model.ImmutableResponseTime;
import dev.surety.core.model.ImmutableWithdrawalTerm;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Money;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.core.model.Reference;
import dev.surety.core.model.Trigger;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ApprovalAct;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.MoneyScale;
import dev.surety.core.vocabulary.Status;
import dev.surety.core.vocabulary.TimeUnit;
import dev.surety.core.vocabulary.TriggerEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/** Hand-built arrangements for the codec's tests: every model type, every optional field. */
final class Arrangements {

  private static final String FILE = "drafts/us-guarantee.surety";
  private int line = 1;

  /** A fresh range each call, so a range that lands on the wrong element shows. */
  private SourceRange r() {
    int l = line++;
    return SourceRange.of(l % 5 == 0 ? "parties/europe.surety" : FILE, l, 3, l + l % 2, 7 + l % 11);
  }

  private Reference ref(String id) {
    return Reference.of(id, r());
  }

  private Duration duration(String amount, TimeUnit unit) {
    return ImmutableDuration.builder().amount(new BigDecimal(amount)).unit(unit).range(r()).build();
  }

  static Arrangement rich() {
    return new Arrangements().build();
  }

  private Arrangement build() {
    return Arrangement.builder()
        .title("US guarantee — «Україна»")
        .kind(Located.of(ArrangementKind.GUARANTEE, r()))
        .status(Located.of(Status.IN_FORCE, r()))
        .dated(Located.of(LocalDate.of(2026, 2, 24), r()))
        .instrument(Located.of(InstrumentType.EXECUTIVE_AGREEMENT, r()))
        .addBeneficiaries(ref("UA"))
        .addBeneficiaries(ref("MD"))
        .addAgainst(ref("RU"))
        .addCovers(Phrase.of(Domain.class, "air", r()))
        .addCovers(
            Phrase.<Domain>builder().text("finances").term(Domain.FINANCE).quoted(true).range(r()).build())
        .addCovers(Phrase.of(Domain.class, "outer   space", r()))
        .modeledOn(Located.of("NATO Article 5", r()))
        .addParties(
            Party.builder()
                .id("US")
                .name("United States")
                .addLegislatures(Located.of("Congress", r()))
                .addLegislatures(Located.of("Senate", r()))
                .shared(true)
                .range(r())
                .build())
        .addParties(Party.builder().id("UA").name("Україна").build())
        .addOrganisations(
            Organisation.builder()
                .id("UNSC")
                .name("UN Security Council")
                .addVeto(ref("US"), ref("RU"))
                .addMembers(ref("FR"))
                .shared(false)
                .range(r())
                .build())
        .addCoalitions(
            Coalition.builder()
                .id("CoW")
                .name("Coalition of the Willing")
                .addMembers(ref("UK"), ref("FR"))
                .addLeaders(ref("UK"))
                .size(Located.of(new BigInteger("30"), r()))
                .range(r())
                .build())
        .addCoalitions(Coalition.builder().id("Empty").name("No one yet").build())
        .addTriggers(
            Trigger.builder()
                .id("attack")
                .event(Phrase.of(TriggerEvent.class, "armed attack", r()))
                .addBy(ref("RU"))
                .against(ref("UA"))
                .shared(true)
                .range(r())
                .build())
        .addTriggers(
            Trigger.builder()
                .id("odd")
                .event(Phrase.of(TriggerEvent.class, "border incident", r()))
                .build())
        .addCommitments(richCommitment())
        .addCommitments(
            Commitment.builder()
                .addParties(ref("CoW"))
                .kind(Phrase.of(CommitmentKind.class, "collective defense", r()))
                .addResponseTimes(ResponseTimeFactory.immediate(r()))
                .build())
        .addForceLevels(forceLevel(ForceLevelType.SUSTAIN, "800000"))
        .addLayers(
            Layer.builder()
                .title("European Union membership")
                .addCommitments(
                    Commitment.builder()
                        .addParties(ref("FR"))
                        .kind(Phrase.of(CommitmentKind.class, "accession", r()))
                        .range(r())
                        .build())
                .addForceLevels(forceLevel(ForceLevelType.LIMIT, "600000.50"))
                .range(r())
                .build())
        .addLayers(Layer.builder().title("empty").build())
        .addDurations(
            DurationTerm.builder()
                .type(DurationTerm.Type.FIXED)
                .length(duration("15", TimeUnit.YEAR))
                .renewable(true)
                .range(r())
                .build())
        .addDurations(
            DurationTerm.builder()
                .type(DurationTerm.Type.UNTIL)
                .untilDate(LocalDate.of(2040, 1, 1))
                .range(r())
                .build())
        .addDurations(
            DurationTerm.builder()
                .type(DurationTerm.Type.UNTIL)
                .untilEvent("a peace treaty")
                .range(r())
                .build())
        .addDurations(DurationTerm.indefinite())
        .addWithdrawals(ImmutableWithdrawalTerm.builder().notice(duration("12", TimeUnit.MONTH)).range(r()).build())
        .addWithdrawals(ImmutableWithdrawalTerm.builder().range(r()).build())
        .addConditions(Condition.builder().text("subject to \"NATO\" consent\nand <review> & more").range(r()).build())
        .addRequirements(
            RatificationRequirement.builder().body("Congress").act(ApprovalAct.RATIFICATION).range(r()).build())
        .range(r())
        .build();
  }

  private Commitment richCommitment() {
    ImmutableCommitment.Builder b =
        Commitment.builder()
            .addParties(ref("US"), ref("UK"))
            .kind(Phrase.of(CommitmentKind.class, "backstop", r()))
            .addItems(Phrase.of(ItemTerm.class, "air defence", r()))
            .addItems(Phrase.<ItemTerm>builder().text("SAFE defence programme").quoted(true).range(r()).build())
            .addTriggers(ref("attack"))
            .addResponseTimes(
                ImmutableResponseTime.builder().within(duration("72", TimeUnit.HOUR)).range(r()).build())
            .addResponseTimes(ResponseTimeFactory.immediate(r()))
            .addModes(Located.of(Mode.AUTOMATIC, r()), Located.of(Mode.AFTER_CONSULTATION, r()))
            .addRequirements(
                RatificationRequirement.builder().body("Verkhovna Rada").act(ApprovalAct.APPROVAL).range(r()).build())
            .addChannels(ref("UNSC"))
            .addRecipients(ref("UA"))
            .addPeriods(
                CommitmentPeriod.builder()
                    .type(CommitmentPeriod.Type.FOR)
                    .length(duration("10", TimeUnit.YEAR))
                    .range(r())
                    .build())
            .addPeriods(
                CommitmentPeriod.builder()
                    .type(CommitmentPeriod.Type.UNTIL)
                    .event("the end of hostilities")
                    .range(r())
                    .build())
            .addPeriods(
                CommitmentPeriod.builder()
                    .type(CommitmentPeriod.Type.BY)
                    .date(LocalDate.of(2030, 1, 1))
                    .range(r())
                    .build())
            .addFunding(
                Funding.builder()
                    .type(Funding.Type.ANNUALLY)
                    .money(money("3", MoneyScale.BILLION))
                    .range(r())
                    .build())
            .addFunding(Funding.of(Funding.Type.TOTAL, money("1.50", null)))
            .addGeographicLimits(
                GeographicLimit.builder().type(GeographicLimit.Type.ONLY_IN).area("west of the Dnipro").range(r()).build())
            .addGeographicLimits(GeographicLimit.of(GeographicLimit.Type.EXCLUDING, "Crimea"));
    return b.range(r()).build();
  }

  private Money money(String amount, MoneyScale scale) {
    ImmutableMoney.Builder b = Money.builder().currency("EUR").amount(new BigDecimal(amount)).range(r());
    if (scale != null) {
      b.scale(scale);
    }
    return b.build();
  }

  private ForceLevel forceLevel(ForceLevelType type, String amount) {
    return ForceLevel.builder()
        .type(type)
        .party(ref("UA"))
        .force("armed forces")
        .amount(new BigDecimal(amount))
        .unit("personnel")
        .range(r())
        .build();
  }

  /** {@code immediate} with a range. */
  static final class ResponseTimeFactory {
    private ResponseTimeFactory() {}

    static dev.surety.core.model.ResponseTime immediate(SourceRange range) {
      return ImmutableResponseTime.builder().range(range).build();
    }
  }
}

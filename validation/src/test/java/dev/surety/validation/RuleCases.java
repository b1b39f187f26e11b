package dev.surety.validation;

import static dev.surety.validation.Drafts.*;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.ImmutableCommitment;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Suppression;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.TimeUnit;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One failing and one passing case for every rule code, built by hand from a clean draft:
 *
 * <pre>
 *  1 arrangement "Clean guarantee" {
 *  2   kind guarantee.
 *  3   dated 2025-12-29.
 *  4   instrument treaty.
 *  5   beneficiary UA.
 *  6   against RU.
 *  7   covers land.
 *  8   party UA "Ukraine".
 *  9   party US "United States"; legislature Congress.
 * 10   party RU "Russian Federation".
 * 11   trigger attack: armed attack; by RU.
 * 12   US mutual defence: land, air defence; on attack; immediate; requires Congress ratification.
 * 13   duration indefinite.
 * 14   withdrawal notice 12 months.
 * 15.. (what each case adds)
 * </pre>
 */
final class RuleCases {
  /** A case: the findings of a failing and a passing draft, the line at fault and the names in the message. */
  record Case(Supplier<List<Diagnostic>> failing, Supplier<List<Diagnostic>> passing, int line, List<String> names) {}

  static final String TITLE = "Clean guarantee";

  static ImmutableCommitment.Builder usDefence() {
    return commitment(12, "mutual defence", "US", "land", "air defence")
        .addTriggers(on("attack", 12))
        .addResponseTimes(immediate(12))
        .addRequirements(requires("Congress", 12));
  }

  static ImmutableArrangement clean() {
    return arrangement(TITLE, 1)
        .kind(kind(ArrangementKind.GUARANTEE, 2))
        .dated(dated("2025-12-29", 3))
        .instrument(instrument(InstrumentType.TREATY, 4))
        .addBeneficiaries(ref("UA", 5))
        .addAgainst(ref("RU", 6))
        .addCovers(domain("land", 7))
        .addParties(party("UA", "Ukraine", 8), party("US", "United States", 9, "Congress"),
            party("RU", "Russian Federation", 10))
        .addTriggers(trigger("attack", "armed attack", 11, "RU"))
        .addCommitments(usDefence().build())
        .addDurations(indefinite(13))
        .addWithdrawals(notice(12, TimeUnit.MONTH, 14))
        .build();
  }

  static ImmutableArrangement withUs(ImmutableCommitment.Builder us) {
    return clean().withCommitments(us.build());
  }

  static Supplier<List<Diagnostic>> v(Supplier<Arrangement> a) {
    return () -> SuretyValidator.shared().validate(a.get());
  }

  static Case c(Supplier<Arrangement> failing, Supplier<Arrangement> passing, int line, String... names) {
    return new Case(v(failing), v(passing), line, List.of(names));
  }

  static ImmutableArrangement plus(ImmutableArrangement a, ImmutableCommitment.Builder extra) {
    return ImmutableArrangement.builder().from(a).addCommitments(extra.build()).build();
  }

  static Suppression nextLine(String code, int line) {
    return Suppression.builder().scope(Suppression.Scope.NEXT_LINE).addCodes(code).file(FILE)
        .line(line).range(at(line - 1)).build();
  }

  static final Map<String, Case> CASES = new LinkedHashMap<>();

  static {
    CASES.put("SUR004", new Case(
        () -> Suppressions.apply(SuretyValidator.shared().validate(clean().withDurations()),
            List.of(nextLine("SUR107", 3)), ValidationRules.all()),
        () -> Suppressions.apply(SuretyValidator.shared().validate(clean().withDurations()),
            List.of(nextLine("SUR107", 1)), ValidationRules.all()),
        2, List.of("SUR107", "disable-next-line", "line 3")));
    CASES.put("SUR103", c(() -> clean().withKind(Optional.empty()), RuleCases::clean, 1, TITLE, "kind"));
    CASES.put("SUR104", c(() -> clean().withBeneficiaries(ref("UA", 5), ref("RU", 15)), RuleCases::clean,
        15, TITLE, "UA", "RU"));
    CASES.put("SUR105", c(() -> clean().withCommitments(), RuleCases::clean, 1, TITLE));
    CASES.put("SUR106", c(
        () -> withUs(commitment(12, "mutual defence", "US", "land").addResponseTimes(immediate(12))
            .addRequirements(requires("Congress", 12))),
        RuleCases::clean, 12, "US", "mutual defence"));
    CASES.put("SUR107", c(() -> clean().withDurations(), RuleCases::clean, 1, TITLE));
    CASES.put("SUR108", c(() -> plus(clean(), commitment(15, "support", "US")),
        () -> plus(clean(), commitment(15, "military aid", "US", "air defence")), 15, "US", "support"));
    CASES.put("SUR109", c(
        () -> ImmutableArrangement.builder().from(clean()).addParties(sharedParty("UK", "United Kingdom", 1),
            sharedParty("FR", "France", 2)).addCoalitions(coalition("CoW", "Coalition of the Willing", 16,
                new String[] {"UK"}, new String[] {"UK", "FR"}, null)).build(),
        () -> ImmutableArrangement.builder().from(clean()).addParties(sharedParty("UK", "United Kingdom", 1),
            sharedParty("FR", "France", 2)).addCoalitions(coalition("CoW", "Coalition of the Willing", 16,
                new String[] {"UK", "FR"}, new String[] {"UK", "FR"}, null)).build(),
        16, "CoW", "Coalition of the Willing", "FR"));
    CASES.put("SUR110", c(
        () -> clean().withLayers(Layer.builder().title("European Union membership").range(at(17)).build()),
        () -> clean().withLayers(layer("European Union membership", 17,
            commitment(18, "military aid", "US", "air defence").build())),
        17, "European Union membership"));
    CASES.put("SUR111", c(
        () -> withUs(commitment(12, "backstpo", "US", "land").addTriggers(on("attack", 12))
            .addResponseTimes(immediate(12)).addRequirements(requires("Congress", 12))),
        () -> withUs(commitment(12, "backstop", "US", "land").addTriggers(on("attack", 12))
            .addResponseTimes(immediate(12)).addRequirements(requires("Congress", 12))),
        12, "backstpo", "backstop", "US"));
    CASES.put("SUR112", c(() -> clean().withCovers(domain("land", 7), domain("sea", 7)), RuleCases::clean,
        7, "sea", TITLE));
    CASES.put("SUR113", c(
        () -> withUs(commitment(12, "mutual defence", "US", "land").addTriggers(on("attack", 12))
            .addRequirements(requires("Congress", 12))),
        RuleCases::clean, 12, "US", "mutual defence", "attack"));
    CASES.put("SUR114", c(
        () -> ImmutableArrangement.builder().from(clean()).addParties(party("PL", "Poland", 16)).build(),
        () -> ImmutableArrangement.builder().from(clean()).addParties(sharedParty("PL", "Poland", 16)).build(),
        16, "PL", "Poland", TITLE));
    CASES.put("SUR115", c(() -> clean().withWithdrawals(), RuleCases::clean, 1, TITLE));
    CASES.put("SUR116", c(() -> clean().withInstrument(Optional.empty()), RuleCases::clean, 1, TITLE));
    CASES.put("SUR201", c(
        () -> withUs(commitment(12, "mutual defence", "US", "land").addTriggers(on("attack", 12))
            .addResponseTimes(immediate(12))),
        () -> ImmutableArrangement.builder().from(withUs(commitment(12, "mutual defence", "US", "land")
            .addTriggers(on("attack", 12)).addResponseTimes(immediate(12))))
            .addRequirements(requires("\"congress\"", 15)).build(),
        12, "US", "mutual defence", "Congress"));
    CASES.put("SUR202", c(() -> clean().withInstrument(instrument(InstrumentType.MEMORANDUM, 4)),
        RuleCases::clean, 4, TITLE, "memorandum"));
    CASES.put("SUR203", c(() -> plus(clean(), commitment(15, "military aid", "RU", "air defence")),
        () -> plus(clean(), commitment(15, "non-aggression", "RU")), 15, "Russian Federation", "RU"));
    CASES.put("SUR204", c(
        () -> plus(ImmutableArrangement.builder().from(clean()).addParties(party("UK", "United Kingdom", 16))
            .build(), commitment(15, "consultation", "UK", "sovereignty")),
        () -> plus(ImmutableArrangement.builder().from(clean()).addParties(party("UK", "United Kingdom", 16))
            .build(), commitment(15, "military aid", "UK", "air defence")),
        15, "United Kingdom", "UK", "consultation"));
    CASES.put("SUR205", c(() -> withUs(usDefence().addModes(mode(Mode.AT_DISCRETION, 12))),
        RuleCases::clean, 12, TITLE, "US", "mutual defence", "at discretion"));
    CASES.put("SUR206", c(
        () -> ImmutableArrangement.builder().from(withUs(usDefence().addChannels(ref("UNSC", 12))))
            .addOrganisations(organisation("UNSC", "UN Security Council", 16, "US", "RU")).build(),
        () -> ImmutableArrangement.builder().from(withUs(usDefence().addChannels(ref("UNSC", 12))))
            .addOrganisations(organisation("UNSC", "UN Security Council", 16, "US")).build(),
        12, "UNSC", "UN Security Council", "RU", "US"));
    CASES.put("SUR207", c(
        () -> plus(clean(), commitment(15, "military aid", "US", "air defence")
            .addModes(mode(Mode.AFTER_CONSULTATION, 15))),
        () -> plus(clean(), commitment(15, "military aid", "US", "air defence")
            .addModes(mode(Mode.AS_DEEMED_NECESSARY, 15))),
        15, "US", "military aid", "after consultation"));
    CASES.put("SUR208", c(() -> clean().withWithdrawals(atWill(14)), RuleCases::clean, 14, "at will"));
    CASES.put("SUR301", c(
        () -> clean().withForceLevels(force(ForceLevelType.SUSTAIN, "UA", 800000, 15),
            force(ForceLevelType.LIMIT, "UA", 600000, 16)),
        () -> clean().withForceLevels(force(ForceLevelType.SUSTAIN, "UA", 800000, 15),
            force(ForceLevelType.LIMIT, "UA", 850000, 16)),
        16, "UA", "armed forces", "600000", "800000"));
    CASES.put("SUR302", c(
        () -> withUs(usDefence().addModes(mode(Mode.AUTOMATIC, 12), mode(Mode.AT_DISCRETION, 12))),
        () -> withUs(usDefence().addModes(mode(Mode.AUTOMATIC, 12))),
        12, "US", "mutual defence", "automatic", "at discretion"));
    CASES.put("SUR303", c(
        () -> withUs(usDefence().addPeriods(period("2024-01-01"))),
        () -> withUs(usDefence().addPeriods(period("2030-01-01"))),
        12, "US", "2024-01-01", "2025-12-29"));
    CASES.put("SUR304", c(() -> clean().withAgainst(ref("UA", 6)), RuleCases::clean, 6, "Ukraine", "UA"));
  }

  static CommitmentPeriod period(String date) {
    return CommitmentPeriod.builder().type(CommitmentPeriod.Type.BY).date(LocalDate.parse(date))
        .range(at(12, 70)).build();
  }

  private RuleCases() {}
}

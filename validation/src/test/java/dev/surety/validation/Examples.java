package dev.surety.validation;

import static dev.surety.validation.Drafts.*;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.Layer;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.TimeUnit;

/** The two reference drafts, built by hand with the line numbers they have as text. */
public final class Examples {
  private Examples() {}

  /**
   * The Budapest Memorandum of 1994 (ARRANGEMENTS.md section 1), as this text would read:
   *
   * <pre>
   *  2 arrangement "Budapest Memorandum on Security Assurances" {
   *  3   kind assurance.
   *  4   status in force.
   *  5   dated 1994-12-05.
   *  6   instrument memorandum.
   *  7   beneficiary UA.
   *  8   against RU.            // hindsight: the 1994 text named no threat
   *  9   party UA "Ukraine"; legislature "Verkhovna Rada".
   * 10   party US "United States"; legislature Congress.
   * 11   party UK "United Kingdom"; legislature Parliament.
   * 12   party RU "Russian Federation".
   * 13   party FR "France".
   * 14   party CN "China".
   * 15   organisation UNSC "UN Security Council"; veto US, UK, RU, FR, CN.
   * 16   trigger nuclear-aggression: nuclear attack.
   * 17   US, UK, RU respect: independence, sovereignty, existing borders.
   * 18   US, UK, RU non-aggression.
   * 19   US, UK, RU no coercion.
   * 20   US, UK, RU security council action; on nuclear-aggression; through UNSC.
   * 21   US, UK, RU no nuclear use.
   * 22   US, UK, RU consultation.
   * 23 }
   * </pre>
   */
  public static ImmutableArrangement budapest(ArrangementKind kind) {
    return arrangement("Budapest Memorandum on Security Assurances", 2)
        .kind(kind(kind, 3))
        .dated(dated("1994-12-05", 5))
        .instrument(instrument(InstrumentType.MEMORANDUM, 6))
        .addBeneficiaries(ref("UA", 7))
        .addAgainst(ref("RU", 8))
        .addParties(
            party("UA", "Ukraine", 9, "Verkhovna Rada"),
            party("US", "United States", 10, "Congress"),
            party("UK", "United Kingdom", 11, "Parliament"),
            party("RU", "Russian Federation", 12),
            party("FR", "France", 13),
            party("CN", "China", 14))
        .addOrganisations(organisation("UNSC", "UN Security Council", 15, "US", "UK", "RU", "FR", "CN"))
        .addTriggers(trigger("nuclear-aggression", "nuclear attack", 16))
        .addCommitments(
            commitment(17, "respect", "US, UK, RU", "independence", "sovereignty", "existing borders").build(),
            commitment(18, "non-aggression", "US, UK, RU").build(),
            commitment(19, "no coercion", "US, UK, RU").build(),
            commitment(20, "security council action", "US, UK, RU")
                .addTriggers(on("nuclear-aggression", 20))
                .addChannels(ref("UNSC", 20))
                .build(),
            commitment(21, "no nuclear use", "US, UK, RU").build(),
            commitment(22, "consultation", "US, UK, RU").build())
        .build();
  }

  /** Line of the US backstop in {@link #threeLayer()} and of its {@code requires Congress ratification}. */
  public static final int BACKSTOP_LINE = 31;

  public static final int CONGRESS_LINE = 32;

  /** The three-layer example of LANGUAGE.md section 1, with the line numbers it has there. */
  public static ImmutableArrangement threeLayer() {
    return threeLayer(true);
  }

  public static ImmutableArrangement threeLayer(boolean congress) {
    var backstop = commitment(BACKSTOP_LINE, "backstop", "US", "air defence", "aviation", "intelligence")
        .addRecipients(ref("CoW", BACKSTOP_LINE))
        .addTriggers(on("attack", BACKSTOP_LINE))
        .addModes(mode(Mode.AS_DEEMED_NECESSARY, BACKSTOP_LINE));
    if (congress) {
      backstop.addRequirements(requires("Congress", CONGRESS_LINE));
    }
    Layer forces = Layer.builder().title("Strong Ukrainian armed forces").range(at(22))
        .addCommitments(commitment(23, "military aid", "UK, FR, DE", "air defence", "long-range fires", "training")
            .addFunding(annually("EUR", 3_000_000_000L, 23)).build())
        .addForceLevels(force(ForceLevelType.SUSTAIN, "UA", 800000, 24))
        .build();
    Layer eu = layer("European Union membership", 26,
        commitment(27, "accession", "EU", "membership", "SAFE defence programme")
            .addPeriods(dev.surety.core.model.CommitmentPeriod.builder()
                .type(dev.surety.core.model.CommitmentPeriod.Type.BY)
                .date(java.time.LocalDate.parse("2030-01-01")).range(at(27, 70)).build())
            .build());
    Layer cow = layer("Coalition of the Willing with a US backstop", 29,
        commitment(30, "presence", "CoW", "land", "air", "sea")
            .addTriggers(on("attack", 30))
            .addResponseTimes(within(72, TimeUnit.HOUR, 30))
            .build(),
        backstop.build());
    return arrangement("Ukraine Security Guarantees: Three-Layer Framework", 4)
        .kind(kind(ArrangementKind.GUARANTEE, 5))
        .dated(dated("2025-12-29", 7))
        .instrument(instrument(InstrumentType.TREATY, 8))
        .addBeneficiaries(ref("UA", 9))
        .addAgainst(ref("RU", 10))
        .addCovers(domain("land", 11), domain("air", 11), domain("sea", 11))
        .addParties(
            party("UA", "Ukraine", 14, "Verkhovna Rada"),
            party("US", "United States", 15, "Congress"),
            party("RU", "Russian Federation", 16),
            sharedParty("UK", "United Kingdom", 1),
            sharedParty("FR", "France", 2),
            sharedParty("DE", "Germany", 3),
            sharedParty("IT", "Italy", 4),
            sharedParty("PL", "Poland", 5))
        .addOrganisations(organisation("EU", "European Union", 17))
        .addCoalitions(coalition("CoW", "Coalition of the Willing", 18,
            new String[] {"UK", "FR", "DE", "IT", "PL"}, new String[] {"UK", "FR"}, 30))
        .addTriggers(trigger("attack", "armed attack", 20, "RU"))
        .addLayers(forces, eu, cow)
        .addDurations(dev.surety.core.model.ImmutableDurationTerm.copyOf(duration(15, 35)).withRenewable(true))
        .addWithdrawals(notice(12, TimeUnit.MONTH, 36))
        .addConditions(dev.surety.core.model.Condition.builder()
            .text("Supplied long-range weapons are not used against the territory of RU").range(at(37)).build())
        .build();
  }

  /** Convenience for tests that need an {@link Arrangement}. */
  public static Arrangement budapest() {
    return budapest(ArrangementKind.ASSURANCE);
  }
}

package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.Drafts.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per entry of the impact table: two versions of the base draft that differ by one edit,
 * and the one change the diff must report, with the table's impact.
 */
class ImpactTableTest {

  /** An edit of the base draft: before, {@code anchor} is replaced by {@code was}; after, by {@code is}. */
  record Edit(String anchor, String was, String is) {}

  record Case(ImpactRule rule, String name, List<Edit> edits) {
    String before() {
      String text = BASE;
      for (Edit e : edits) {
        assertThat(text).as("anchor of %s", name).contains(e.anchor());
        text = text.replace(e.anchor(), e.was());
      }
      return text;
    }

    String after() {
      String text = BASE;
      for (Edit e : edits) {
        text = text.replace(e.anchor(), e.is());
      }
      return text;
    }

    @Override
    public String toString() {
      return rule.id() + ": " + name;
    }
  }

  private static Case c(ImpactRule rule, String name, String anchor, String was, String is) {
    return new Case(rule, name, List.of(new Edit(anchor, was, is)));
  }

  /** {@code anchor} is there before and gone after. */
  private static Case gone(ImpactRule rule, String name, String anchor) {
    return c(rule, name, anchor, anchor, "");
  }

  /** {@code anchor} becomes {@code is}. */
  private static Case to(ImpactRule rule, String name, String anchor, String is) {
    return c(rule, name, anchor, anchor, is);
  }

  /** {@code added} is inserted before {@code anchor}. */
  private static Case ahead(ImpactRule rule, String name, String anchor, String added) {
    return c(rule, name, anchor, anchor, added + anchor);
  }

  /** {@code added} is inserted after {@code anchor}. */
  private static Case insert(ImpactRule rule, String name, String anchor, String added) {
    return c(rule, name, anchor, anchor, anchor + added);
  }

  private static final String END = "  condition \"No use against RU territory\".\n}\n";
  private static final String BACKSTOP = "US backstop: air defence, aviation; on attack; ";
  private static final String AID = "UK, FR military aid: training; ";
  private static final String PRESENCE = "CoW presence: land, air; on attack; within 7 days";

  static List<Case> cases() {
    List<ImpactRule> r = List.of(ImpactRule.values());
    List<Case> all = new ArrayList<>();
    // the arrangement
    all.add(insert(ImpactRule.ARRANGEMENT_ADDED, "second arrangement", END,
        "arrangement \"Other\" {\n  kind declaration.\n  beneficiary UA.\n  party UA \"Ukraine\".\n"
            + "  party PL \"Poland\".\n  PL solidarity: \"friendship\".\n}\n"));
    all.add(new Case(ImpactRule.ARRANGEMENT_REMOVED, "second arrangement gone",
        List.of(new Edit(END, END + "arrangement \"Other\" {\n  kind declaration.\n  beneficiary UA.\n"
            + "  party UA \"Ukraine\".\n  party PL \"Poland\".\n  PL solidarity: \"friendship\".\n}\n", END))));
    // headers
    all.add(to(ImpactRule.TITLE_CHANGED, "title", "arrangement \"Test\"", "arrangement \"Test, revised\""));
    all.add(to(ImpactRule.KIND_CHANGED, "guarantee to assurance", "kind guarantee.", "kind assurance."));
    all.add(to(ImpactRule.STATUS_CHANGED, "draft to signed", "status draft.", "status signed."));
    all.add(to(ImpactRule.DATED_CHANGED, "new date", "dated 2025-01-01.", "dated 2025-02-01."));
    all.add(c(ImpactRule.INSTRUMENT_BINDING_GAINED, "memorandum to treaty", "instrument treaty.",
        "instrument memorandum.", "instrument treaty."));
    all.add(to(ImpactRule.INSTRUMENT_BINDING_LOST, "treaty to memorandum", "instrument treaty.",
        "instrument memorandum."));
    all.add(gone(ImpactRule.INSTRUMENT_BINDING_LOST, "treaty removed", "  instrument treaty.\n"));
    all.add(to(ImpactRule.INSTRUMENT_CHANGED, "treaty to agreement", "instrument treaty.", "instrument agreement."));
    all.add(c(ImpactRule.BENEFICIARY_NAMED, "beneficiary named", "  beneficiary UA.\n", "", "  beneficiary UA.\n"));
    all.add(to(ImpactRule.BENEFICIARY_CHANGED, "UA to FR", "beneficiary UA.", "beneficiary FR."));
    all.add(gone(ImpactRule.BENEFICIARY_CHANGED, "beneficiary removed", "  beneficiary UA.\n"));
    // a threat that neither guarantees nor holds a veto over a channel
    all.add(to(ImpactRule.THREAT_ADDED, "against EU too", "against RU.", "against RU, EU."));
    all.add(c(ImpactRule.THREAT_REMOVED, "against EU no more", "against RU.", "against RU, EU.", "against RU."));
    // UK guarantees (the military aid, the coalition it leads is its own guarantor)
    all.add(to(ImpactRule.THREAT_GUARANTOR_NAMED, "against UK too", "against RU.", "against RU, UK."));
    all.add(to(ImpactRule.THREAT_GUARANTOR_NAMED, "US would attack too", "armed attack; by RU.",
        "armed attack; by RU, US."));
    all.add(c(ImpactRule.THREAT_GUARANTOR_CLEARED, "against UK no more", "against RU.", "against RU, UK.",
        "against RU."));
    all.add(to(ImpactRule.DOMAIN_ADDED, "covers sea", "covers land, air.", "covers land, air, sea."));
    all.add(to(ImpactRule.DOMAIN_REMOVED, "covers air no more", "covers land, air.", "covers land."));
    all.add(to(ImpactRule.MODEL_CHANGED, "another model", "\"NATO Article 5\"", "\"ANZUS\""));
    // declarations
    all.add(insert(ImpactRule.DECLARATION_ADDED, "party PL", "  party FR \"France\".\n", "  party PL \"Poland\".\n"));
    all.add(c(ImpactRule.DECLARATION_REMOVED, "party PL", "  party FR \"France\".\n",
        "  party FR \"France\".\n  party PL \"Poland\".\n", "  party FR \"France\".\n"));
    all.add(to(ImpactRule.NAME_CHANGED, "UK renamed", "\"United Kingdom\"", "\"Britain\""));
    // RU makes no commitment: its legislature binds nothing
    all.add(to(ImpactRule.LEGISLATURE_CHANGED, "RU legislature", "party RU \"Russian Federation\".",
        "party RU \"Russian Federation\"; legislature Duma."));
    // FR's military aid requires no ratification: with a legislature declared, it no longer binds FR
    all.add(to(ImpactRule.LEGISLATURE_BINDING_LOST, "FR legislature", "party FR \"France\".",
        "party FR \"France\"; legislature Parliament."));
    all.add(to(ImpactRule.LEGISLATURE_BINDING_LOST, "US legislature renamed", "legislature Congress.",
        "legislature Senate."));
    // a second legislature: any one's approval binds, and Congress's is still required
    all.add(to(ImpactRule.LEGISLATURE_CHANGED, "US second legislature", "legislature Congress.",
        "legislature Congress; legislature Senate."));
    all.add(c(ImpactRule.LEGISLATURE_BINDING_GAINED, "FR legislature gone", "party FR \"France\".",
        "party FR \"France\"; legislature Parliament.", "party FR \"France\"."));
    all.add(to(ImpactRule.VETO_ADDED, "UK veto", "veto US, RU;", "veto US, RU, UK;"));
    all.add(to(ImpactRule.VETO_REMOVED, "RU veto gone", "veto US, RU;", "veto US;"));
    all.add(to(ImpactRule.MEMBERS_CHANGED, "FR member", "members UK.", "members UK, FR."));
    all.add(to(ImpactRule.COALITION_MEMBER_ADDED, "US joins", ": UK, FR; led by", ": UK, FR, US; led by"));
    all.add(to(ImpactRule.COALITION_MEMBER_REMOVED, "FR leaves", ": UK, FR; led by", ": UK; led by"));
    all.add(to(ImpactRule.COALITION_LEADERS_CHANGED, "FR leads", "led by UK;", "led by UK, FR;"));
    all.add(to(ImpactRule.COALITION_SIZE_LARGER, "size 20", "size 10.", "size 20."));
    all.add(to(ImpactRule.COALITION_SIZE_SMALLER, "size 5", "size 10.", "size 5."));
    all.add(to(ImpactRule.TRIGGER_EVENT_CHANGED, "hybrid to blockade", "hybrid: hybrid attack", "hybrid: blockade"));
    all.add(to(ImpactRule.TRIGGER_ATTACK_LOST, "attack to blockade", "attack: armed attack", "attack: blockade"));
    all.add(c(ImpactRule.TRIGGER_ATTACK_GAINED, "blockade to attack", "attack: armed attack", "attack: blockade",
        "attack: armed attack"));
    all.add(new Case(ImpactRule.TRIGGER_RENAMED, "attack renamed assault, and every on attack", List.of(
        new Edit("trigger attack:", "trigger attack:", "trigger assault:"),
        new Edit("on attack", "on attack", "on assault"))));
    all.add(to(ImpactRule.TRIGGER_THREAT_CHANGED, "by RU and EU", "hybrid attack; by RU.", "hybrid attack; by RU, EU."));
    all.add(to(ImpactRule.TRIGGER_THREAT_CHANGED, "against FR", "hybrid attack; by RU.", "hybrid attack; by RU; against FR."));
    all.add(insert(ImpactRule.LAYER_ADDED, "empty layer", "  limit UA armed forces: 900000 personnel.\n",
        "  layer \"Later\" {\n  }\n"));
    all.add(c(ImpactRule.LAYER_REMOVED, "empty layer", "  limit UA armed forces: 900000 personnel.\n",
        "  limit UA armed forces: 900000 personnel.\n  layer \"Later\" {\n  }\n",
        "  limit UA armed forces: 900000 personnel.\n"));
    // commitments
    all.add(ahead(ImpactRule.COMMITMENT_ADDED, "military aid by US", "  CoW presence",
        "  US military aid: long-range fires; annually USD 1 billion.\n"));
    all.add(ahead(ImpactRule.COMMITMENT_ADDED, "economic support by EU", "  CoW presence",
        "  EU financial support: \"budget support\"; annually EUR 5 billion.\n"));
    all.add(ahead(ImpactRule.WEAK_COMMITMENT_ADDED, "restraint by RU", "  CoW presence",
        "  RU non-aggression: \"territorial integrity\".\n"));
    all.add(ahead(ImpactRule.WEAK_COMMITMENT_ADDED, "vague support by EU", "  CoW presence",
        "  EU solidarity: \"with Ukraine\".\n"));
    all.add(ahead(ImpactRule.THREAT_COMMITMENT_ADDED, "vague support by RU", "  CoW presence",
        "  RU solidarity: \"with Ukraine\".\n"));
    all.add(gone(ImpactRule.COMMITMENT_REMOVED, "presence gone", "  " + PRESENCE + ".\n"));
    all.add(new Case(ImpactRule.COMMITMENT_LAYER_CHANGED, "out of the layer", List.of(
        new Edit("    US intelligence sharing: intelligence.\n", "    US intelligence sharing: intelligence.\n", ""),
        new Edit("  limit UA", "  limit UA", "  US intelligence sharing: intelligence.\n  limit UA"))));
    all.add(to(ImpactRule.GUARANTOR_ADDED, "US joins the aid", AID, "UK, FR, US military aid: training; "));
    all.add(to(ImpactRule.GUARANTOR_REMOVED, "FR leaves the aid", AID, "UK military aid: training; "));
    all.add(to(ImpactRule.MODE_STRONGER, "as deemed necessary to automatic", "as deemed necessary;", "automatic;"));
    all.add(to(ImpactRule.MODE_WEAKER, "as deemed necessary to after consultation", "as deemed necessary;",
        "after consultation;"));
    all.add(c(ImpactRule.MODE_WEAKER, "no mode to at discretion", "as deemed necessary;", "", "at discretion;"));
    all.add(to(ImpactRule.MODE_EQUIVALENT, "as deemed necessary written out", " as deemed necessary;", ""));
    all.add(c(ImpactRule.MODE_EQUIVALENT, "after consultation to at discretion", "as deemed necessary;",
        "after consultation;", "at discretion;"));
    // every mode counts, not the first: the weakest governs
    all.add(to(ImpactRule.MODE_WEAKER, "at discretion as a second mode", "as deemed necessary;",
        "as deemed necessary; at discretion;"));
    all.add(c(ImpactRule.MODE_STRONGER, "second mode at discretion gone", "as deemed necessary;",
        "at discretion; as deemed necessary;", "automatic;"));
    all.add(c(ImpactRule.MODE_EQUIVALENT, "a second mode as weak as the first", "as deemed necessary;",
        "after consultation;", "after consultation; at discretion;"));
    all.add(to(ImpactRule.TRIGGER_ADDED, "on hybrid too", BACKSTOP, "US backstop: air defence, aviation; on attack, hybrid; "));
    all.add(c(ImpactRule.TRIGGER_REMOVED, "on hybrid no more", BACKSTOP,
        "US backstop: air defence, aviation; on attack, hybrid; ", BACKSTOP));
    all.add(to(ImpactRule.RESPONSE_FASTER, "72 hours to immediate", "within 72 hours", "immediate"));
    all.add(to(ImpactRule.RESPONSE_FASTER, "72 hours to 24 hours", "within 72 hours", "within 24 hours"));
    all.add(to(ImpactRule.RESPONSE_SLOWER, "72 hours to 30 days", "within 72 hours", "within 30 days"));
    // every response time counts, not the first: the slowest governs
    all.add(to(ImpactRule.RESPONSE_SLOWER, "a second time, 30 days", "within 72 hours", "within 72 hours; within 30 days"));
    all.add(c(ImpactRule.RESPONSE_FASTER, "the second, slower time gone", "within 72 hours",
        "within 72 hours; within 30 days", "within 72 hours"));
    all.add(to(ImpactRule.RESPONSE_TIME_EQUIVALENT, "immediate added before the slower 72 hours", "within 72 hours",
        "immediate; within 72 hours"));
    all.add(c(ImpactRule.RESPONSE_TIME_ADDED, "within 72 hours added", "within 72 hours; ", "", "within 72 hours; "));
    all.add(gone(ImpactRule.RESPONSE_TIME_REMOVED, "within 72 hours removed", "within 72 hours; "));
    all.add(c(ImpactRule.RATIFICATION_ADDED, "on the backstop", "; requires Congress ratification.", ".",
        "; requires Congress ratification."));
    all.add(insert(ImpactRule.RATIFICATION_ADDED, "on the arrangement", "  withdrawal notice 12 months.\n",
        "  requires Parliament ratification.\n"));
    all.add(c(ImpactRule.RATIFICATION_REMOVED, "on the backstop", "; requires Congress ratification.",
        "; requires Congress ratification.", "."));
    all.add(c(ImpactRule.RATIFICATION_REMOVED, "on the arrangement", "  withdrawal notice 12 months.\n",
        "  withdrawal notice 12 months.\n  requires Parliament ratification.\n", "  withdrawal notice 12 months.\n"));
    all.add(insert(ImpactRule.RATIFICATION_UNCHANGED_COVER, "a legislature no party declares",
        "  withdrawal notice 12 months.\n", "  requires Bundestag ratification.\n"));
    all.add(to(ImpactRule.RATIFICATION_ACT_CHANGED, "approval instead", "requires Congress ratification",
        "requires approval by Congress"));
    all.add(to(ImpactRule.ITEM_ADDED, "long-range fires", AID, "UK, FR military aid: training, long-range fires; "));
    all.add(to(ImpactRule.ITEM_REMOVED, "aviation", "air defence, aviation;", "air defence;"));
    all.add(to(ImpactRule.MONEY_UP, "EUR 4 billion", "EUR 3 billion", "EUR 4 billion"));
    all.add(to(ImpactRule.MONEY_DOWN, "EUR 500 million", "EUR 3 billion", "EUR 500 million"));
    all.add(insert(ImpactRule.MONEY_ADDED, "total", "annually EUR 3 billion;", " total EUR 10 billion;"));
    all.add(gone(ImpactRule.MONEY_REMOVED, "annually", " annually EUR 3 billion;"));
    all.add(to(ImpactRule.MONEY_CHANGED, "in dollars", "EUR 3 billion", "USD 3 billion"));
    all.add(insert(ImpactRule.VETO_CHANNEL_ADDED, "through UNSC", PRESENCE, "; through UNSC"));
    all.add(c(ImpactRule.VETO_CHANNEL_REMOVED, "through UNSC", PRESENCE, PRESENCE + "; through UNSC", PRESENCE));
    all.add(insert(ImpactRule.CHANNEL_CHANGED, "through EU", PRESENCE, "; through EU"));
    all.add(insert(ImpactRule.RECIPIENT_CHANGED, "to CoW", "within 72 hours;", " to CoW;"));
    all.add(to(ImpactRule.TERM_LONGER, "for 12 years", "for 10 years", "for 12 years"));
    all.add(gone(ImpactRule.TERM_LONGER, "for removed", " for 10 years;"));
    all.add(to(ImpactRule.TERM_SHORTER, "for 5 years", "for 10 years", "for 5 years"));
    all.add(insert(ImpactRule.TERM_SHORTER, "for added", PRESENCE, "; for 5 years"));
    all.add(to(ImpactRule.TERM_CHANGED, "until an event", "for 10 years", "until \"a peace treaty\""));
    all.add(to(ImpactRule.DEADLINE_EARLIER, "by 2026", "by 2027-01-01", "by 2026-01-01"));
    all.add(insert(ImpactRule.DEADLINE_EARLIER, "deadline added", PRESENCE, "; by 2026-01-01"));
    all.add(to(ImpactRule.DEADLINE_LATER, "by 2028", "by 2027-01-01", "by 2028-01-01"));
    all.add(gone(ImpactRule.DEADLINE_LATER, "deadline removed", "; by 2027-01-01"));
    all.add(insert(ImpactRule.LIMIT_ADDED, "excluding Crimea", PRESENCE, "; excluding \"Crimea\""));
    all.add(c(ImpactRule.LIMIT_REMOVED, "only in the west", PRESENCE, PRESENCE + "; only in \"western Ukraine\"",
        PRESENCE));
    // force levels
    all.add(ahead(ImpactRule.SUSTAIN_ADDED, "air force", "  limit UA", "  sustain UA air force: 100 aircraft.\n"));
    all.add(gone(ImpactRule.SUSTAIN_REMOVED, "armed forces", "    sustain UA armed forces: 800000 personnel.\n"));
    all.add(to(ImpactRule.SUSTAIN_UP, "850000", "sustain UA armed forces: 800000", "sustain UA armed forces: 850000"));
    all.add(to(ImpactRule.SUSTAIN_DOWN, "600000", "sustain UA armed forces: 800000", "sustain UA armed forces: 600000"));
    all.add(ahead(ImpactRule.LIMIT_LEVEL_ADDED, "navy", "  limit UA", "  limit UA navy: 10 ships.\n"));
    all.add(gone(ImpactRule.LIMIT_LEVEL_REMOVED, "armed forces", "  limit UA armed forces: 900000 personnel.\n"));
    all.add(to(ImpactRule.LIMIT_LEVEL_UP, "1000000", "limit UA armed forces: 900000", "limit UA armed forces: 1000000"));
    all.add(to(ImpactRule.LIMIT_LEVEL_DOWN, "850000", "limit UA armed forces: 900000", "limit UA armed forces: 850000"));
    // terms
    all.add(to(ImpactRule.DURATION_LONGER, "20 years", "duration 15 years", "duration 20 years"));
    all.add(to(ImpactRule.DURATION_LONGER, "indefinite", "duration 15 years; renewable.", "duration indefinite."));
    all.add(to(ImpactRule.DURATION_SHORTER, "5 years", "duration 15 years", "duration 5 years"));
    // not renewable before: renewable lost is a change of its own
    all.add(c(ImpactRule.DURATION_SHORTER, "until 2030", "duration 15 years; renewable.", "duration 15 years.",
        "duration until 2030-01-01."));
    all.add(c(ImpactRule.DURATION_CHANGED, "until an event", "duration 15 years; renewable.", "duration 15 years.",
        "duration until \"a peace treaty\"."));
    all.add(c(ImpactRule.DURATION_ADDED, "15 years", "  duration 15 years; renewable.\n", "",
        "  duration 15 years; renewable.\n"));
    all.add(gone(ImpactRule.DURATION_REMOVED, "15 years", "  duration 15 years; renewable.\n"));
    all.add(c(ImpactRule.RENEWABLE_ADDED, "renewable", "duration 15 years; renewable.", "duration 15 years.",
        "duration 15 years; renewable."));
    all.add(to(ImpactRule.RENEWABLE_REMOVED, "renewable", "duration 15 years; renewable.", "duration 15 years."));
    all.add(to(ImpactRule.NOTICE_LONGER, "24 months", "notice 12 months", "notice 24 months"));
    all.add(c(ImpactRule.NOTICE_LONGER, "at will to notice", "withdrawal notice 12 months.", "withdrawal at will.",
        "withdrawal notice 12 months."));
    all.add(to(ImpactRule.NOTICE_SHORTER, "1 month", "notice 12 months", "notice 1 month"));
    all.add(to(ImpactRule.NOTICE_SHORTER, "at will", "withdrawal notice 12 months.", "withdrawal at will."));
    all.add(c(ImpactRule.WITHDRAWAL_AT_WILL_ADDED, "at will", "  withdrawal notice 12 months.\n", "",
        "  withdrawal at will.\n"));
    all.add(c(ImpactRule.WITHDRAWAL_TERMS_ADDED, "notice", "  withdrawal notice 12 months.\n", "",
        "  withdrawal notice 12 months.\n"));
    all.add(gone(ImpactRule.WITHDRAWAL_TERMS_REMOVED, "notice", "  withdrawal notice 12 months.\n"));
    all.add(insert(ImpactRule.CONDITION_ADDED, "caveat", "  withdrawal notice 12 months.\n",
        "  condition \"Only after a UN resolution\".\n"));
    all.add(gone(ImpactRule.CONDITION_REMOVED, "caveat", "  condition \"No use against RU territory\".\n"));
    assertThat(r).isNotEmpty();
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachEntryOfTheTableHasItsImpact(Case c) {
    DraftDiff diff = Drafts.diff(c.before(), c.after());
    List<Change> changes = diff.changes();
    assertThat(changes).as(DiffText.render(diff)).hasSize(1);
    Change change = changes.get(0);
    assertThat(change.rule()).as(DiffText.render(diff)).isEqualTo(c.rule());
    assertThat(change.impact()).isEqualTo(c.rule().impact());
    // the description, then what the change does in this draft, if the entry names it
    assertThat(change.reason()).startsWith(c.rule().description());
  }

  /** What the table calls neutral never moves the verdict or the score (it would be no neutral). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aNeutralChangeMovesNeitherVerdictNorScore(Case c) {
    DraftDiff diff = Drafts.diff(c.before(), c.after());
    if (c.rule().impact() == Impact.NEUTRAL && c.rule() != ImpactRule.ARRANGEMENT_ADDED) {
      ArrangementDiff a = diff.arrangements().get(0);
      assertThat(a.verdictAfter()).as(DiffText.render(diff)).isEqualTo(a.verdictBefore());
      assertThat(a.scoreAfter()).as(DiffText.render(diff)).isEqualTo(a.scoreBefore());
    }
  }

  @Test
  void everyEntryOfTheTableIsTested() {
    Set<ImpactRule> tested = cases().stream().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(ImpactRule.class)));
    assertThat(EnumSet.complementOf(EnumSet.copyOf(tested))).as("impact-table entries without a test").isEmpty();
  }

  @Test
  void theBaseDraftHasNoErrors() {
    assertThat(Drafts.check(BASE, "base.surety").hasErrors()).as("%s", Drafts.check(BASE, "base.surety").diagnostics()).isFalse();
  }

  @Test
  void theBriefsExamples() {
    Stream.of(ImpactRule.MODE_WEAKER, ImpactRule.RESPONSE_SLOWER, ImpactRule.GUARANTOR_REMOVED,
            ImpactRule.CONDITION_ADDED, ImpactRule.COMMITMENT_REMOVED, ImpactRule.INSTRUMENT_BINDING_LOST)
        .forEach(rule -> assertThat(rule.impact()).isEqualTo(Impact.WEAKENS));
    Stream.of(ImpactRule.RATIFICATION_ADDED, ImpactRule.SUSTAIN_UP)
        .forEach(rule -> assertThat(rule.impact()).isEqualTo(Impact.STRENGTHENS));
    assertThat(ImpactRule.LIMIT_LEVEL_DOWN.impact()).isEqualTo(Impact.WEAKENS);
    assertThat(ImpactRule.THREAT_ADDED.impact()).isEqualTo(Impact.NEUTRAL);
  }
}

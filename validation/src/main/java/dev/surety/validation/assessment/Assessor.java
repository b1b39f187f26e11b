package dev.surety.validation.assessment;

import dev.surety.core.model.Actor;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Duration;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.Located;
import dev.surety.core.model.Reference;
import dev.surety.core.model.ResponseTime;
import dev.surety.core.model.Trigger;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.TimeUnit;
import dev.surety.core.vocabulary.TriggerEvent;
import dev.surety.validation.analysis.Analysis;
import dev.surety.validation.analysis.Analysis.Pledge;
import dev.surety.validation.rules.Check;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/** Computes the {@link Assessment} of an arrangement exactly as RULES.md defines it. */
public final class Assessor {
  private static final double PROMPT_DAYS = 7;
  private static final double DURABLE_YEARS = 10;
  private static final Duration DURABLE = Duration.of((long) DURABLE_YEARS, TimeUnit.YEAR);

  private Assessor() {}

  public static Assessment assess(Arrangement a) {
    Analysis analysis = Analysis.of(a);
    return Assessment.builder()
        .title(a.title())
        .file(a.file())
        .kind(a.kind().map(Located::value))
        .verdict(verdict(analysis))
        .scorecard(scorecard(analysis))
        .guarantors(guarantors(analysis))
        .build();
  }

  static Verdict verdict(Analysis analysis) {
    if (analysis.hasGuaranteeGrade()) {
      return Verdict.GUARANTEE;
    }
    boolean strong = analysis.pledges().stream().anyMatch(p -> !Analysis.isWeak(p.commitment()));
    boolean military = analysis.arrangement().allCommitments().stream().anyMatch(Commitment::isMilitary);
    return strong || military ? Verdict.ASSURANCE : Verdict.DECLARATION;
  }

  private static List<GuarantorDetail> guarantors(Analysis analysis) {
    List<GuarantorDetail> out = new ArrayList<>();
    for (String g : analysis.guarantors()) {
      ImmutableGuarantorDetail.Builder detail = GuarantorDetail.builder()
          .id(g)
          .name(analysis.actor(g).map(Actor::name).orElse(g));
      for (Commitment c : analysis.commitmentsOf(g)) {
        detail.addCommitments(CommitmentDetail.builder()
            .kind(c.kind().text())
            .range(c.range())
            .binding(analysis.isBinding(g, c))
            .guaranteeGrade(analysis.isGuaranteeGrade(g, c))
            .why(analysis.notGuaranteeGrade(g, c))
            .build());
      }
      out.add(detail.build());
    }
    return out;
  }

  /**
   * The events that are an attack in the sense of Article 5. RULES.md names `armed attack` and
   * `aggression`; a `nuclear attack` and a `resumption of hostilities` are armed attacks in law too
   * (docs/decisions.md), so a commitment activated by them is judged the same way.
   */
  static final Set<TriggerEvent> ATTACK_EVENTS =
      EnumSet.of(
          TriggerEvent.ARMED_ATTACK,
          TriggerEvent.AGGRESSION,
          TriggerEvent.NUCLEAR_ATTACK,
          TriggerEvent.RESUMPTION_OF_HOSTILITIES);

  private static boolean activatedByAttack(Arrangement a, Commitment c) {
    return c.triggers().stream()
        .map(r -> a.trigger(r.id()))
        .flatMap(Optional::stream)
        .map(t -> t.event().term())
        .flatMap(Optional::stream)
        .anyMatch(ATTACK_EVENTS::contains);
  }

  /**
   * Why a commitment does not bind each guarantor that makes it, by guarantor (only those it does
   * not bind): a joint commitment is legally binding only if it binds each of them.
   */
  private static Map<String, List<String>> notBindingAll(Analysis analysis, Commitment c) {
    Map<String, List<String>> why = new LinkedHashMap<>();
    for (Reference party : c.parties()) {
      if (analysis.isGuarantor(party.id()) && !why.containsKey(party.id())) {
        List<String> reasons = analysis.notBinding(party.id(), c);
        if (!reasons.isEmpty()) {
          why.put(party.id(), reasons);
        }
      }
    }
    return why;
  }

  /** The guarantors among a commitment's parties, in the order written. */
  private static List<String> guarantorsOf(Analysis analysis, Commitment c) {
    List<String> ids = new ArrayList<>();
    for (Reference party : c.parties()) {
      if (analysis.isGuarantor(party.id()) && !ids.contains(party.id())) {
        ids.add(party.id());
      }
    }
    return ids;
  }

  /** {@code US}, {@code US and UK}, {@code US, UK and FR}. */
  private static String and(List<String> words) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and "
        + words.get(words.size() - 1);
  }

  /** {@code US's}, {@code US's and UK's}. */
  private static String possessive(List<String> ids) {
    List<String> owned = new ArrayList<>(ids.size());
    ids.forEach(id -> owned.add(id + "'s"));
    return and(owned);
  }

  /**
   * Whether the commitment leaves the action to each guarantor's judgement ({@code as deemed
   * necessary}): an obligation to act, as Article 5's "such action as it deems necessary", but not
   * to use force, which line 2's reason must not overstate.
   */
  private static boolean deemedNecessary(Commitment c) {
    for (Located<Mode> m : c.modes()) {
      if (m.value() == Mode.AS_DEEMED_NECESSARY) {
        return true;
      }
    }
    return false;
  }

  /** Line 3 for one commitment: whether it is prompt, why, and the statement that decides it. */
  private record Promptness(boolean met, String reason, SourceRange range) {}

  /**
   * What makes a commitment prompt (RULES.md: `immediate` or `automatic`, or a `within` of at most
   * 7 days). Of two response times (SUR302) the slower one governs: a guarantor would read {@code
   * within 3 days; within 30 days} as thirty.
   */
  private static Promptness promptness(Commitment c) {
    String named = Check.named(c);
    ResponseTime slowest = null;
    for (ResponseTime t : c.responseTimes()) {
      if (slowest == null || slowest.isImmediate()
          || (!t.isImmediate() && t.within().get().compareTo(slowest.within().get()) > 0)) {
        slowest = t;
      }
    }
    Located<Mode> automatic = null;
    for (Located<Mode> m : c.modes()) {
      if (m.value() == Mode.AUTOMATIC) {
        automatic = m;
        break;
      }
    }
    if (slowest != null && slowest.isImmediate()) {
      return new Promptness(true, named + " is `immediate`: it must begin at once", slowest.range());
    }
    String within = slowest == null ? null : "`within " + slowest.within().get() + "`";
    if (slowest != null && slowest.within().get().days() <= PROMPT_DAYS) {
      return new Promptness(true, named + " must begin " + within + ", at most 7 days",
          slowest.range());
    }
    if (automatic != null) {
      return new Promptness(true, named + " is `automatic`, which counts as prompt"
          + (within == null ? "" : ", though it need only begin " + within), automatic.range());
    }
    return new Promptness(false, named + " is neither `immediate` nor `automatic`, and "
        + (within == null ? "says no `within`" : "its " + within + " is longer than 7 days"),
        slowest == null ? c.range() : slowest.range());
  }

  private static int strength(Analysis analysis, Pledge p) {
    Commitment c = p.commitment();
    return (c.isResponse() ? 1 : 0)
        + (promptness(c).met() ? 1 : 0)
        + (notBindingAll(analysis, c).isEmpty() ? 1 : 0);
  }

  private static List<ScorecardLine> scorecard(Analysis analysis) {
    Arrangement a = analysis.arrangement();
    Pledge best = null;
    int bestStrength = -1;
    for (Pledge p : analysis.pledges()) {
      // a promise to talk (political) or a vague one is not an obligation to act
      if (p.commitment().isObligation()
          && !Analysis.isWeak(p.commitment())
          && activatedByAttack(a, p.commitment())) {
        int s = strength(analysis, p);
        if (s > bestStrength) {
          best = p;
          bestStrength = s;
        }
      }
    }
    List<ScorecardLine> lines = new ArrayList<>();
    if (best == null) {
      Located<String> none = noObligation(analysis);
      lines.add(line(Criterion.OBLIGATION_TO_ACT, false, none.value(),
          none.range().isKnown() ? List.of(none.range()) : List.of()));
      // lines 2 to 4 judge criterion 1's commitment (RULES.md): without one they fail, and say why
      String nothingToJudge = "no commitment to judge: none obliges a guarantor to act on an attack"
          + " (criterion 1)";
      lines.add(line(Criterion.OWN_FORCES, false, nothingToJudge, List.of()));
      lines.add(line(Criterion.PROMPT, false, nothingToJudge, List.of()));
      lines.add(line(Criterion.LEGALLY_BINDING, false, nothingToJudge, List.of()));
    } else {
      Commitment c = best.commitment();
      String named = Check.named(c);
      List<String> guarantors = guarantorsOf(analysis, c);
      List<Reference> triggers = Analysis.once(c.triggers());
      List<SourceRange> triggerRanges = new ArrayList<>(List.of(c.range()));
      for (Reference r : triggers) {
        a.trigger(r.id()).map(Trigger::range).ifPresent(triggerRanges::add);
      }
      lines.add(line(Criterion.OBLIGATION_TO_ACT, true,
          named + " obliges " + and(guarantors) + " to act on " + Analysis.ids(triggers),
          triggerRanges));
      lines.add(line(Criterion.OWN_FORCES, c.isResponse(),
          c.isResponse()
              ? "`" + c.kind().text() + "` commits " + possessive(guarantors) + " own forces"
                  + (deemedNecessary(c) ? ", the action each takes left to its judgement (`as"
                      + " deemed necessary`)" : "")
              : "`" + c.kind().text() + "` is " + c.category().map(Object::toString).orElse("of unknown kind")
                  + ", not a response of " + possessive(guarantors) + " own forces",
          List.of(c.kind().range().isKnown() ? c.kind().range() : c.range())));
      Promptness prompt = promptness(c);
      lines.add(line(Criterion.PROMPT, prompt.met(), prompt.reason(),
          List.of(prompt.range().isKnown() ? prompt.range() : c.range())));
      Map<String, List<String>> notBinding = notBindingAll(analysis, c);
      List<SourceRange> bindingRanges = new ArrayList<>();
      a.instrument().map(Located::range).ifPresent(bindingRanges::add);
      for (Reference party : c.parties()) {
        for (Located<String> l : analysis.legislatures(party.id())) {
          analysis.approval(c, l.value()).ifPresent(r -> bindingRanges.add(r.range()));
        }
      }
      if (bindingRanges.isEmpty()) {
        bindingRanges.add(c.range());
      }
      List<String> why = new ArrayList<>();
      notBinding.forEach((party, reasons) -> reasons.forEach(reason -> {
        String text = notBinding.size() > 1 ? party + ": " + reason : reason;
        if (!why.contains(text)) {
          why.add(text);
        }
      }));
      lines.add(line(Criterion.LEGALLY_BINDING, notBinding.isEmpty(),
          notBinding.isEmpty()
              ? named + " binds " + and(guarantors) + " in law"
              : named + " does not bind " + and(new ArrayList<>(notBinding.keySet())) + ": "
                  + String.join("; ", why),
          bindingRanges));
    }
    lines.add(durable(a));
    List<SourceRange> threatening = new ArrayList<>();
    List<String> threatNames = new ArrayList<>();
    for (String g : analysis.guarantors()) {
      if (analysis.isThreat(g)) {
        threatNames.add(g);
        analysis.threatReference(g).ifPresent(r -> threatening.add(r.range()));
        for (Commitment c : analysis.commitmentsOf(g)) {
          if (!c.isRestraint()) { // what makes it a guarantor
            threatening.add(c.range());
            break;
          }
        }
      }
    }
    lines.add(line(Criterion.INDEPENDENT_GUARANTORS, threatNames.isEmpty(),
        threatNames.isEmpty()
            ? "no guarantor is a threat"
            : String.join(", ", threatNames) + " guarantee" + (threatNames.size() == 1 ? "s" : "")
                + " and " + (threatNames.size() == 1 ? "is" : "are") + " named a threat",
        threatening));
    List<SourceRange> exposed = new ArrayList<>();
    List<String> exposedNames = new ArrayList<>();
    for (Commitment c : analysis.commitmentsInFileOrder()) {
      analysis.vetoExposure(c).forEach((channel, vetoes) -> {
        exposed.add(channel.range());
        exposedNames.add(Check.named(c) + " runs through " + channel.id() + " where "
            + Analysis.holdAVeto(vetoes));
      });
    }
    lines.add(line(Criterion.VETO_FREE, exposed.isEmpty(),
        exposed.isEmpty() ? "no commitment runs through an organisation where a threat holds a veto"
            : String.join("; ", exposedNames),
        exposed));
    return lines;
  }

  /**
   * Why no commitment meets criterion 1, and where: the first military commitment of a guarantor
   * (in file order) and what it lacks (an obligation, a trigger that is an attack); else the first
   * economic one; else what is there instead.
   */
  private static Located<String> noObligation(Analysis analysis) {
    Arrangement a = analysis.arrangement();
    Commitment economic = null;
    for (Pledge p : analysis.pledges()) {
      Commitment c = p.commitment();
      if (Analysis.isWeak(c) || c.isRestraint()) {
        continue;
      }
      if (!c.isMilitary()) {
        economic = economic == null ? c : economic;
        continue;
      }
      String named = Check.named(c);
      if (!c.isObligation()) {
        Located<Mode> mode = c.discretionaryMode().orElseThrow();
        return located(named + " is `" + mode.value().canonical() + "`: " + p.guarantor()
            + " need not act, and no other commitment obliges a guarantor to act on an attack",
            mode.range().isKnown() ? mode.range() : c.range());
      }
      if (c.triggers().isEmpty()) {
        return located(named + " has no trigger (`on`), and no other commitment obliges a "
            + "guarantor to act on an attack", c.range());
      }
      List<String> events = new ArrayList<>();
      for (Reference r : Analysis.once(c.triggers())) {
        a.trigger(r.id()).ifPresent(t -> events.add(r.id() + " (" + t.event().text() + ")"));
      }
      return located(named + " is activated by " + (events.isEmpty()
              ? Analysis.ids(Analysis.once(c.triggers()))
              : and(events)) + ", not by an armed attack or aggression, and no other commitment "
              + "obliges a guarantor to act on an attack", c.range());
    }
    if (economic != null) {
      return located("no guarantor makes a military commitment: the strongest, "
          + Check.named(economic) + ", is " + economic.category().map(Object::toString).orElse("")
          + ", and no guarantor is obliged to act on an attack", economic.range());
    }
    if (analysis.guarantors().isEmpty()) {
      boolean any = !a.allCommitments().isEmpty();
      if (!any && Analysis.hasUnreadCommitment(a)) {
        return located("no commitment could be read: the syntax errors stand in the way",
            SourceRange.NONE);
      }
      return located(any
          ? "no party but the beneficiary makes a commitment other than a restraint"
          : "the arrangement makes no commitment", SourceRange.NONE);
    }
    return located("no guarantor is obliged to act on an attack by more than a political or vague "
        + "promise", SourceRange.NONE);
  }

  private static Located<String> located(String text, SourceRange range) {
    return Located.of(text, range);
  }

  private static ScorecardLine durable(Arrangement a) {
    for (DurationTerm d : a.durations()) {
      switch (d.type()) {
        case INDEFINITE:
          return line(Criterion.DURABLE, true, "duration indefinite", List.of(d.range()));
        case FIXED:
          if (d.length().isPresent()
              && d.length().get().isAtLeast(DURABLE)) {
            return line(Criterion.DURABLE, true, "duration " + d.length().get() + " (at least 10 years)",
                List.of(d.range()));
          }
          return line(Criterion.DURABLE, false, "duration " + d.length().map(Object::toString).orElse("")
              + " is shorter than 10 years", List.of(d.range()));
        case UNTIL:
        default:
          if (d.untilEvent().isPresent()) {
            return line(Criterion.DURABLE, true, "duration until an event: " + d.untilEvent().get(),
                List.of(d.range()));
          }
          Optional<LocalDate> dated = a.dated().map(Located::value);
          if (dated.isPresent() && d.untilDate().isPresent()
              && !d.untilDate().get().isBefore(dated.get().plusYears((long) DURABLE_YEARS))) {
            return line(Criterion.DURABLE, true, "duration until " + d.untilDate().get()
                + ", at least 10 years after " + dated.get(), List.of(d.range()));
          }
          String until = "duration until " + d.untilDate().map(Object::toString).orElse("?");
          return line(Criterion.DURABLE, false, dated.isPresent() && d.untilDate().isPresent()
                  ? until + " ends less than 10 years after " + dated.get() + " (`dated`)"
                  : until + ": without a `dated` date it is not known to last 10 years",
              List.of(d.range()));
      }
    }
    return line(Criterion.DURABLE, false, "the arrangement has no duration", List.of());
  }

  private static ScorecardLine line(Criterion c, boolean met, String reason, List<SourceRange> ranges) {
    return ScorecardLine.builder().criterion(c).met(met).reason(reason).ranges(ranges).build();
  }
}

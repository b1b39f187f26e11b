package dev.surety.validation.assessment;

import dev.surety.core.model.Actor;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
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
import java.util.List;
import java.util.Set;
import java.util.Optional;

/** Computes the {@link Assessment} of an arrangement exactly as RULES.md defines it. */
public final class Assessor {
  private static final double PROMPT_DAYS = 7;
  private static final double DURABLE_YEARS = 10;

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
   * Why a commitment does not bind every guarantor that makes it: a joint commitment is legally
   * binding only if it binds each of them.
   */
  private static List<String> notBindingAll(Analysis analysis, Commitment c) {
    List<String> why = new ArrayList<>();
    for (Reference party : c.parties()) {
      if (analysis.guarantors().contains(party.id())) {
        for (String reason : analysis.notBinding(party.id(), c)) {
          String line = c.parties().size() > 1 ? party.id() + ": " + reason : reason;
          if (!why.contains(line)) {
            why.add(line);
          }
        }
      }
    }
    return why;
  }

  /**
   * What makes a commitment prompt. Of two response times (SUR302) the slower one governs: a
   * guarantor would read {@code within 3 days; within 30 days} as thirty.
   */
  private static Optional<SourceRange> promptness(Commitment c) {
    ResponseTime prompt = null;
    for (ResponseTime t : c.responseTimes()) {
      if (!t.isImmediate() && t.within().get().days() > PROMPT_DAYS) {
        prompt = null;
        break;
      }
      if (prompt == null) {
        prompt = t;
      }
    }
    if (prompt != null) {
      return Optional.of(prompt.range());
    }
    for (Located<Mode> m : c.modes()) {
      if (m.value() == Mode.AUTOMATIC) {
        return Optional.of(m.range());
      }
    }
    return Optional.empty();
  }

  private static int strength(Analysis analysis, Pledge p) {
    Commitment c = p.commitment();
    return (c.isResponse() ? 1 : 0)
        + (promptness(c).isPresent() ? 1 : 0)
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
      lines.add(line(Criterion.OBLIGATION_TO_ACT, false,
          "no guarantor is obliged to act on an attack by more than a political or vague promise",
          List.of()));
      // lines 2 to 4 judge line 1's commitment (RULES.md): without one they fail, and say why
      String nothingToJudge = "no commitment to judge: none obliges a guarantor to act on an attack"
          + " (line 1)";
      lines.add(line(Criterion.OWN_FORCES, false, nothingToJudge, List.of()));
      lines.add(line(Criterion.PROMPT, false, nothingToJudge, List.of()));
      lines.add(line(Criterion.LEGALLY_BINDING, false, nothingToJudge, List.of()));
    } else {
      Commitment c = best.commitment();
      String named = Check.named(c);
      String g = best.guarantor();
      List<SourceRange> triggerRanges = new ArrayList<>(List.of(c.range()));
      for (Reference r : c.triggers()) {
        a.trigger(r.id()).map(Trigger::range).ifPresent(triggerRanges::add);
      }
      lines.add(line(Criterion.OBLIGATION_TO_ACT, true,
          named + " obliges " + g + " to act on " + Analysis.ids(c.triggers()), triggerRanges));
      lines.add(line(Criterion.OWN_FORCES, c.isResponse(),
          c.isResponse()
              ? "`" + c.kind().text() + "` commits " + g + "'s own forces"
              : "`" + c.kind().text() + "` is " + c.category().map(Object::toString).orElse("of unknown kind")
                  + ", not a response of " + g + "'s own forces",
          List.of(c.kind().range().isKnown() ? c.kind().range() : c.range())));
      Optional<SourceRange> prompt = promptness(c);
      lines.add(line(Criterion.PROMPT, prompt.isPresent(),
          prompt.isPresent()
              ? named + " must begin at once or within 7 days"
              : named + " is neither `immediate` nor `automatic`, nor `within` 7 days",
          List.of(prompt.orElse(c.range()))));
      List<String> notBinding = notBindingAll(analysis, c);
      String bound = Analysis.ids(c.parties());
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
      lines.add(line(Criterion.LEGALLY_BINDING, notBinding.isEmpty(),
          notBinding.isEmpty()
              ? named + " binds " + bound + " in law"
              : named + " does not bind " + bound + ": " + String.join("; ", notBinding),
          bindingRanges));
    }
    lines.add(durable(a));
    List<SourceRange> threatening = new ArrayList<>();
    List<String> threatNames = new ArrayList<>();
    for (String g : analysis.guarantors()) {
      if (analysis.isThreat(g)) {
        threatNames.add(g);
        analysis.threatReference(g).ifPresent(r -> threatening.add(r.range()));
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
    for (Commitment c : a.allCommitments()) {
      analysis.vetoExposure(c).forEach((channel, vetoes) -> {
        exposed.add(channel.range());
        exposedNames.add(Check.named(c) + " runs through " + channel.id() + " where "
            + Analysis.ids(vetoes) + " holds a veto");
      });
    }
    lines.add(line(Criterion.VETO_FREE, exposed.isEmpty(),
        exposed.isEmpty() ? "no commitment runs through an organisation where a threat holds a veto"
            : String.join("; ", exposedNames),
        exposed));
    return lines;
  }

  private static ScorecardLine durable(Arrangement a) {
    for (DurationTerm d : a.durations()) {
      switch (d.type()) {
        case INDEFINITE:
          return line(Criterion.DURABLE, true, "duration indefinite", List.of(d.range()));
        case FIXED:
          if (d.length().isPresent() && d.length().get().hours() >= DURABLE_YEARS * TimeUnit.YEAR.hours() - 1e-6) {
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
          return line(Criterion.DURABLE, false, "duration until " + d.untilDate().map(Object::toString).orElse("?")
              + " is not known to last 10 years", List.of(d.range()));
      }
    }
    return line(Criterion.DURABLE, false, "the arrangement has no duration", List.of());
  }

  private static ScorecardLine line(Criterion c, boolean met, String reason, List<SourceRange> ranges) {
    return ScorecardLine.builder().criterion(c).met(met).reason(reason).ranges(ranges).build();
  }
}

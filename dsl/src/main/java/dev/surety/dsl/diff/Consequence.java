package dev.surety.dsl.diff;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.validation.analysis.Analysis;
import dev.surety.validation.analysis.Analysis.Pledge;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.Assessor;
import dev.surety.validation.assessment.ScorecardLine;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one change does to the assessment, all else as in the new version: the new version is
 * assessed as it is and with that one change undone (the counterfactual), and the two are
 * compared: the score, the verdict, and for each guarantor and commitment whether it binds and is
 * guarantee-grade. A change that the impact table calls neutral because it promises nothing by
 * itself (a legislature, a threat named, a trigger's event) is judged by this instead when it
 * moves any of these, and names the commitments it affects.
 */
final class Consequence {

  /** The direction (-1 weakens, 0 none, 1 strengthens) and what changed, in words. */
  record Effect(int direction, String detail) {
    static final Effect NONE = new Effect(0, "");
  }

  private Consequence() {}

  /**
   * How much judging by consequence a diff may do: each change so judged assesses the new version
   * anew (with that change undone), so a diff of many such changes in a large arrangement costs
   * changes times commitments. Counted in commitments assessed; shared by every arrangement of one
   * diff. Beyond it a change is judged by the impact table alone, and says so.
   */
  static final class Budget {
    /** About a second of assessments on the command line's compiler (C1). */
    static final int COMMITMENTS = 50_000;
    private long left;

    Budget(long commitments) {
      this.left = commitments;
    }

    static Budget standard() {
      return new Budget(COMMITMENTS);
    }

    /** Takes {@code cost}; false (and nothing taken) when less than that is left. */
    boolean take(long cost) {
      if (cost > left) {
        left = 0;
        return false;
      }
      left -= cost;
      return true;
    }
  }

  /**
   * The effect of the change that turns {@code without} (the change undone) into the version
   * {@code is} is the state of: a diff judges each of its changes against one new version,
   * assessed once.
   */
  static Effect of(Arrangement without, State is) {
    State was = new State(without);
    List<String> words = new ArrayList<>();
    int gained = 0;
    int lost = 0;
    int bindingGained = 0;
    int bindingLost = 0;
    for (Map.Entry<Commitment, Map<String, Boolean[]>> e : is.pledges.entrySet()) {
      Commitment c = e.getKey();
      Map<String, Boolean[]> before = was.pledges.getOrDefault(c, Map.of());
      for (Map.Entry<String, Boolean[]> p : e.getValue().entrySet()) {
        String g = p.getKey();
        Boolean[] x = before.get(g);
        Boolean[] y = p.getValue();
        String name = Analysis.name(c);
        boolean wasBinding = x != null && x[0];
        boolean wasGrade = x != null && x[1];
        if (wasBinding && !y[0]) {
          bindingLost++;
          words.add(name + " no longer binds " + g + ": "
              + String.join("; ", fresh(is.analysis.notBinding(g, c), was.analysis, g, c, true)));
        } else if (x != null && !wasBinding && y[0]) {
          bindingGained++;
          words.add(name + " now binds " + g);
        }
        if (wasGrade && !y[1]) {
          lost++;
          if (!(wasBinding && !y[0])) {
            words.add(name + " is no longer guarantee-grade: "
                + String.join("; ", fresh(is.analysis.notGuaranteeGrade(g, c), was.analysis, g, c, false)));
          }
        } else if (x != null && !wasGrade && y[1]) {
          gained++;
          words.add(name + " is now guarantee-grade");
        } else if (x == null && y[1]) {
          gained++;
        }
      }
    }
    // a guarantor that is no longer one (a threat's only commitment gone) counts as lost
    for (Map.Entry<Commitment, Map<String, Boolean[]>> e : was.pledges.entrySet()) {
      Map<String, Boolean[]> after = is.pledges.getOrDefault(e.getKey(), Map.of());
      for (Map.Entry<String, Boolean[]> p : e.getValue().entrySet()) {
        if (!after.containsKey(p.getKey()) && p.getValue()[1]) {
          lost++;
        }
      }
    }
    List<ScorecardLine> a = was.assessment.scorecard();
    List<ScorecardLine> b = is.assessment.scorecard();
    // the lines' own reasons only when no commitment above says what happened
    boolean named = !words.isEmpty();
    for (int i = 0; i < b.size(); i++) {
      if (a.get(i).met() != b.get(i).met()) {
        words.add("scorecard line " + (i + 1) + " (" + b.get(i).criterion().title() + ") is "
            + (b.get(i).met() ? "now met" : "no longer met") + (named ? "" : ": " + b.get(i).reason()));
      }
    }
    int direction = Integer.signum(is.assessment.score() - was.assessment.score());
    if (direction == 0) {
      // GUARANTEE, ASSURANCE, DECLARATION: a lower ordinal is stronger
      direction = Integer.signum(was.assessment.verdict().ordinal() - is.assessment.verdict().ordinal());
    }
    if (direction == 0) {
      direction = Integer.signum(gained - lost);
    }
    if (direction == 0) {
      direction = Integer.signum(bindingGained - bindingLost);
    }
    return direction == 0 ? Effect.NONE : new Effect(direction, String.join("; ", words));
  }

  /** The reasons that hold now and did not before (those the change brought). */
  private static List<String> fresh(List<String> now, Analysis before, String g, Commitment c, boolean binding) {
    List<String> then = binding ? before.notBinding(g, c) : before.notGuaranteeGrade(g, c);
    List<String> out = new ArrayList<>();
    for (String reason : now) {
      if (!then.contains(reason)) {
        out.add(reason);
      }
    }
    return out.isEmpty() ? now : out;
  }

  /** The assessment of one version, and per commitment and guarantor: binding, guarantee-grade. */
  static final class State {
    final Assessment assessment;
    final Analysis analysis;
    final Map<Commitment, Map<String, Boolean[]>> pledges = new IdentityHashMap<>();

    State(Arrangement a) {
      this.analysis = new Analysis(a);
      this.assessment = Assessor.assess(a);
      for (Pledge p : analysis.pledges()) {
        pledges.computeIfAbsent(p.commitment(), k -> new LinkedHashMap<>())
            .put(p.guarantor(), new Boolean[] {
                analysis.isBinding(p.guarantor(), p.commitment()),
                analysis.isGuaranteeGrade(p.guarantor(), p.commitment())});
      }
    }
  }

  /** {@code rule} unless the effect has a direction: then {@code weaker} or {@code stronger}. */
  static Optional<ImpactRule> judge(Effect effect, ImpactRule weaker, ImpactRule stronger) {
    if (effect.direction() < 0) {
      return Optional.ofNullable(weaker);
    }
    if (effect.direction() > 0) {
      return Optional.ofNullable(stronger);
    }
    return Optional.empty();
  }
}

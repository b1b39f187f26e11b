package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.source.SourceRange;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.GuarantorDetail;
import dev.surety.validation.assessment.ScorecardLine;
import org.junit.jupiter.api.Test;

/**
 * The Article 5 scorecard judges the commitment RULES.md names (the first in the file on a tie,
 * layers included) and each line's reason says what decided it, in the drafter's words.
 */
class ScorecardReasonsTest {

  private static final String HEAD = "arrangement \"S\" {\n  kind guarantee.\n  instrument treaty.\n"
      + "  dated 2026-01-01.\n  beneficiary UA.\n  party UA \"Ukraine\".\n"
      + "  party UK \"United Kingdom\".\n  party FR \"France\".\n"
      + "  party US \"United States\"; legislature Congress.\n  party RU \"Russia\".\n"
      + "  trigger attack: armed attack; by RU.\n  trigger hy: hybrid attack; by RU.\n";
  private static final String TAIL = "  duration 10 years.\n  withdrawal notice 12 months.\n}\n";

  private static Assessment assess(String body) {
    return assess(body, TAIL);
  }

  private static Assessment assess(String body, String tail) {
    Report report = Surety.create().check(HEAD + body + tail, "s.surety");
    assertThat(report.assessments()).hasSize(1);
    return report.assessments().get(0);
  }

  private static ScorecardLine line(Assessment a, int number) {
    return a.scorecard().get(number - 1);
  }

  @Test
  void onATieTheFirstInTheFileIsJudgedEvenInsideALayer() {
    Assessment a = assess("  layer \"First\" {\n    UK backstop: air; on attack; within 30 days.\n  }\n"
        + "  FR military aid: air; on attack; immediate.\n");
    assertThat(line(a, 1).reason()).startsWith("UK backstop (line 14)");
    assertThat(line(a, 2).met()).isTrue();
    assertThat(line(a, 3).met()).isFalse();
    assertThat(a.guarantors()).extracting(GuarantorDetail::id).containsExactly("UK", "FR");
  }

  @Test
  void promptnessSaysWhatMadeItPromptOrNot() {
    assertThat(line(assess("  UK backstop: air; on attack; automatic; within 30 days.\n"), 3))
        .satisfies(l -> {
          assertThat(l.met()).isTrue();
          assertThat(l.reason()).isEqualTo("UK backstop (line 13) is `automatic`, which counts as "
              + "prompt, though it need only begin `within 30 days`");
        });
    assertThat(line(assess("  UK backstop: air; on attack; within 72 hours.\n"), 3).reason())
        .isEqualTo("UK backstop (line 13) must begin `within 72 hours`, at most 7 days");
    assertThat(line(assess("  UK backstop: air; on attack; immediate.\n"), 3).reason())
        .isEqualTo("UK backstop (line 13) is `immediate`: it must begin at once");
    assertThat(line(assess("  UK backstop: air; on attack; within 8 days.\n"), 3)).satisfies(l -> {
      assertThat(l.met()).isFalse();
      assertThat(l.reason()).isEqualTo("UK backstop (line 13) is neither `immediate` nor "
          + "`automatic`, and its `within 8 days` is longer than 7 days");
    });
    assertThat(line(assess("  UK backstop: air; on attack.\n"), 3).reason()).isEqualTo(
        "UK backstop (line 13) is neither `immediate` nor `automatic`, and says no `within`");
  }

  /**
   * Of two modes (SUR302) the weaker governs, as a reluctant guarantor reads them: {@code
   * automatic; at discretion} obliges to nothing (the first mode alone was read, and the verdict
   * stayed a guarantee).
   */
  @Test
  void aSecondModeThatIsNoObligationTakesTheObligationAway() {
    Assessment a = assess("  UK backstop: air; on attack; immediate; automatic; at discretion;"
        + " requires Parliament ratification.\n");
    assertThat(line(a, 1)).satisfies(l -> {
      assertThat(l.met()).isFalse();
      assertThat(l.reason()).startsWith("UK backstop (line 13) is `at discretion`: UK need not act");
      assertThat(l.ranges()).extracting(r -> r.start().column()).containsExactly(54);
    });
    Report report = Surety.create().check(HEAD + "  UK backstop: air; on attack; immediate;"
        + " automatic; at discretion.\n" + TAIL, "s.surety");
    assertThat(report.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("SUR205");
      assertThat(d.message()).contains("`at discretion` is no obligation to act");
    });
  }

  @Test
  void withoutAnObligationToActOnAnAttackLineOneSaysWhatTheNearestCommitmentLacks() {
    assertThat(line(assess("  UK backstop: air; on attack; immediate; at discretion.\n"), 1))
        .satisfies(l -> {
          assertThat(l.met()).isFalse();
          assertThat(l.reason()).startsWith(
              "UK backstop (line 13) is `at discretion`: UK need not act");
          assertThat(l.ranges()).extracting(r -> r.start().line()).containsExactly(13);
        });
    assertThat(line(assess("  UK backstop: air; on hy; immediate.\n"), 1).reason()).startsWith(
        "UK backstop (line 13) is activated by hy (hybrid attack), not by an armed attack or "
            + "aggression");
    assertThat(line(assess("  UA backstop: air; on attack; immediate.\n"), 1).reason())
        .isEqualTo("no party but the beneficiary makes a commitment other than a restraint");
    assertThat(line(assess("  UK consultation: sovereignty; on attack.\n"), 1).reason())
        .isEqualTo("no guarantor is obliged to act on an attack by more than a political or "
            + "vague promise");
    assertThat(line(assess("  UK financial support: \"budget support\"; annually EUR 1 billion.\n"), 1).reason())
        .isEqualTo("no guarantor makes a military commitment: the strongest, UK financial support "
            + "(line 13), is economic, and no guarantor is obliged to act on an attack");
    assertThat(line(assess("  UK financial support: EUR 1 billion; on attack.\n"), 1).reason())
        .isEqualTo("no commitment could be read: the syntax errors stand in the way");
    assertThat(line(assess("  UK consultation: sovereignty; on attack.\n"), 2).reason())
        .endsWith("(criterion 1)");
  }

  @Test
  void aJointCommitmentNamesEveryGuarantorAndOnlyThoseItDoesNotBind() {
    Assessment a = assess("  US, UK backstop: air; on attack; immediate.\n");
    assertThat(line(a, 1).reason()).isEqualTo("US, UK backstop (line 13) obliges US and UK to act on attack");
    assertThat(line(a, 2).reason()).isEqualTo("`backstop` commits US's and UK's own forces");
    // Article 5's "such action as it deems necessary": an obligation, the means each one's
    assertThat(line(assess("  UK mutual defence: land; on attack; immediate; as deemed necessary.\n"),
        2).reason()).isEqualTo("`mutual defence` commits UK's own forces, the action each takes"
            + " left to its judgement (`as deemed necessary`)");
    assertThat(line(a, 4)).satisfies(l -> {
      assertThat(l.met()).isFalse();
      assertThat(l.reason()).startsWith("US, UK backstop (line 13) does not bind US: ")
          .doesNotContain("UK:");
    });
  }

  @Test
  void durabilityOfAnEndDateSaysItEndsTooSoon() {
    Assessment a = assess("  UK backstop: air; on attack; immediate.\n",
        "  duration until 2035-12-31.\n  withdrawal notice 12 months.\n}\n");
    assertThat(line(a, 5).reason())
        .isEqualTo("duration until 2035-12-31 ends less than 10 years after 2026-01-01 (`dated`)");
  }

  @Test
  void aGuarantorThatIsAThreatIsShownWhereItGuaranteesToo() {
    Assessment a = assess("  RU backstop: air; on attack; immediate.\n");
    assertThat(line(a, 6).met()).isFalse();
    assertThat(line(a, 6).ranges()).extracting(SourceRange::start)
        .extracting(p -> p.line()).contains(11, 13);
  }

  /** 3652 days are ten calendar years (two leap days among them); 3651 are not. */
  @Test
  void aDurationInDaysIsDurableFromTenYearsInWholeDays() {
    String body = "  UK backstop: air; on attack; immediate.\n";
    assertThat(line(assess(body, "  duration 3652 days.\n  withdrawal notice 12 months.\n}\n"), 5))
        .satisfies(l -> {
          assertThat(l.met()).isTrue();
          assertThat(l.reason()).isEqualTo("duration 3652 days (at least 10 years)");
        });
    assertThat(line(assess(body, "  duration 3651 days.\n  withdrawal notice 12 months.\n}\n"), 5)
        .met()).isFalse();
    // SUR208 measures a notice in weeks alike: 13 weeks are 3 months, 90 days are not
    assertThat(Surety.create().check(HEAD + body + "  duration 10 years.\n"
        + "  withdrawal notice 13 weeks.\n}\n", "s.surety").diagnostics())
        .noneMatch(f -> f.code().equals("SUR208"));
    assertThat(Surety.create().check(HEAD + body + "  duration 10 years.\n"
        + "  withdrawal notice 90 days.\n}\n", "s.surety").diagnostics())
        .anyMatch(f -> f.code().equals("SUR208"));
  }

  /** A trigger written twice ({@code on attack; on attack}) is one trigger in the reasons. */
  @Test
  void aTriggerWrittenTwiceIsNamedOnce() {
    Report report = Surety.create().check(HEAD
        + "  UK backstop: air; on attack; on attack; requires Parliament ratification.\n"
        + "  FR presence: air; on hy, hy; automatic.\n" + TAIL, "s.surety");
    Assessment a = report.assessments().get(0);
    assertThat(line(a, 1).reason()).isEqualTo("UK backstop (line 13) obliges UK to act on attack");
    assertThat(line(a, 1).ranges()).hasSize(2);
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR113"))
        .extracting(d -> d.message()).containsExactly(
            "UK backstop (line 13) is triggered (on attack) but does not say how soon UK must act",
            "FR presence (line 14) is triggered (on hy) but does not say how soon FR must act");
    Assessment noAttack = assess("  FR presence: air; on hy, hy; automatic.\n");
    assertThat(line(noAttack, 1).reason()).isEqualTo("FR presence (line 13) is activated by hy"
        + " (hybrid attack), not by an armed attack or aggression, and no other commitment obliges"
        + " a guarantor to act on an attack");
  }

  /** Line 7 names the commitments exposed to a veto in the order written, layers included. */
  @Test
  void lineSevenNamesTheExposedCommitmentsInTheOrderOfTheFile() {
    Assessment a = assess("  organisation UNSC \"UN Security Council\"; veto RU.\n"
        + "  layer \"First\" {\n    FR military aid: air; through UNSC.\n  }\n"
        + "  UK military aid: air; through UNSC.\n", "  against RU.\n" + TAIL);
    assertThat(line(a, 7)).satisfies(l -> {
      assertThat(l.met()).isFalse();
      assertThat(l.reason()).isEqualTo("FR military aid (line 15) runs through UNSC where RU holds"
          + " a veto; UK military aid (line 17) runs through UNSC where RU holds a veto");
      assertThat(l.ranges()).extracting(SourceRange::startLine).containsExactly(15, 17);
    });
  }
}

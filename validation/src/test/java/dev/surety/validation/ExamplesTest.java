package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.CommitmentDetail;
import dev.surety.validation.assessment.Criterion;
import dev.surety.validation.assessment.GuarantorDetail;
import dev.surety.validation.assessment.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance checks of issue #3 on hand-built models. */
class ExamplesTest {
  private final SuretyValidator validator = SuretyValidator.shared();

  private static List<Diagnostic> of(List<Diagnostic> all, String code) {
    return all.stream().filter(d -> d.code().equals(code)).toList();
  }

  @Test
  void budapestMemorandumIsADeclarationWithTheGuarantorAsThreat() {
    List<Diagnostic> found = validator.validate(Examples.budapest());

    assertThat(of(found, "SUR203")).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("Russian Federation (RU)", "security council action", "line 8");
      assertThat(d.range().start().line()).isEqualTo(20);
      assertThat(d.related()).extracting(r -> r.range().start().line()).containsExactly(8);
    });
    assertThat(of(found, "SUR204")).hasSize(3)
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).startsWith("United States (US)"))
        .anySatisfy(m -> assertThat(m).startsWith("United Kingdom (UK)"))
        .anySatisfy(m -> assertThat(m).startsWith("Russian Federation (RU)"));
    assertThat(of(found, "SUR206")).singleElement().satisfies(d -> {
      assertThat(d.message()).contains("UN Security Council (UNSC)", "RU", "security council action");
      assertThat(d.range().start().line()).isEqualTo(20);
    });
    assertThat(of(found, "SUR107")).hasSize(1);
    assertThat(of(found, "SUR202")).isEmpty();
    assertThat(of(found, "SUR205")).isEmpty();

    Assessment assessment = validator.assess(Examples.budapest());
    assertThat(assessment.verdict()).isEqualTo(Verdict.DECLARATION);
    assertThat(assessment.scorecard()).hasSize(7).noneMatch(l -> l.met());
    // lines 2 to 4 judge line 1's commitment: without one, they say so rather than repeat line 1
    assertThat(assessment.scorecard().get(0).reason())
        .isEqualTo("no guarantor is obliged to act on an attack by more than a political or vague promise");
    assertThat(assessment.scorecard().subList(1, 4)).allSatisfy(l -> assertThat(l.reason())
        .isEqualTo("no commitment to judge: none obliges a guarantor to act on an attack (criterion 1)"));
    assertThat(assessment.guarantors()).extracting(GuarantorDetail::id).containsExactly("US", "UK", "RU");
  }

  @Test
  void budapestClaimedAsAGuaranteeAlsoFailsBindingnessAndTheVerdict() {
    List<Diagnostic> found = validator.validate(Examples.budapest(ArrangementKind.GUARANTEE));
    assertThat(found).extracting(Diagnostic::code)
        .contains("SUR107", "SUR202", "SUR203", "SUR204", "SUR205", "SUR206");
    assertThat(of(found, "SUR202")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(6);
      assertThat(d.message()).contains("memorandum");
    });
    assertThat(of(found, "SUR205")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("no guarantor makes any military commitment"));
    assertThat(validator.assess(Examples.budapest(ArrangementKind.GUARANTEE)).verdict())
        .isEqualTo(Verdict.DECLARATION);
  }

  @Test
  void threeLayerFrameworkIsAGuarantee() {
    Assessment assessment = validator.assess(Examples.threeLayer());
    assertThat(assessment.verdict()).isEqualTo(Verdict.GUARANTEE);
    assertThat(assessment.score()).isEqualTo(7);
    assertThat(assessment.scorecard()).extracting(l -> l.criterion()).containsExactly(Criterion.values());
    assertThat(validator.validate(Examples.threeLayer())).extracting(Diagnostic::code)
        .doesNotContain("SUR201", "SUR205");
    CommitmentDetail backstop = backstop(assessment);
    assertThat(backstop.binding()).isTrue();
    assertThat(backstop.guaranteeGrade()).isTrue();
  }

  @Test
  void withoutCongressTheUsBackstopNoLongerBinds() {
    List<Diagnostic> found = validator.validate(Examples.threeLayer(false));
    assertThat(of(found, "SUR201")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(Examples.BACKSTOP_LINE);
      assertThat(d.message())
          .isEqualTo("US makes a military commitment (backstop, line 31) that Congress never has to approve");
      assertThat(d.help()).contains("add `; requires Congress ratification` to the commitment, "
          + "or `requires Congress ratification.` to the arrangement");
      assertThat(d.related()).extracting(r -> r.range().start().line()).containsExactly(15);
    });
    CommitmentDetail backstop = backstop(validator.assess(Examples.threeLayer(false)));
    assertThat(backstop.binding()).isFalse();
    assertThat(backstop.guaranteeGrade()).isFalse();
    assertThat(backstop.why()).singleElement().asString().contains("Congress", "ratification");
  }

  private static CommitmentDetail backstop(Assessment assessment) {
    return assessment.guarantors().stream().filter(g -> g.id().equals("US")).findFirst().orElseThrow()
        .commitments().stream().filter(c -> c.kind().equals("backstop")).findFirst().orElseThrow();
  }
}

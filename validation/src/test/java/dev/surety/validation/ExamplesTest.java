package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamplesTest {
  private final SuretyValidator validator = SuretyValidator.shared();

  @Test
  void printsEverything() {
    for (var a : List.of(Examples.budapest(), Examples.budapest(ArrangementKind.GUARANTEE),
        Examples.threeLayer(), Examples.threeLayer(false))) {
      System.out.println("== " + a.title());
      validator.validate(a).forEach(d -> System.out.println(d + " | " + d.help().orElse("")));
      Assessment s = validator.assess(a);
      System.out.println(s.verdict() + " " + s.score());
      s.scorecard().forEach(l -> System.out.println("  " + l.criterion().id() + " " + l.met() + " " + l.reason() + " " + l.ranges()));
      s.guarantors().forEach(g -> g.commitments().forEach(c -> System.out.println("  " + g.id() + " " + c.kind() + " b=" + c.binding() + " g=" + c.guaranteeGrade() + " " + c.why())));
    }
  }
}

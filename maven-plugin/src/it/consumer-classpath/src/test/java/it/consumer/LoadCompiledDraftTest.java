package it.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.surety.core.model.Arrangement;
import dev.surety.dsl.json.ArrangementJson;
import dev.surety.validation.SuretyValidator;
import dev.surety.validation.assessment.Assessment;
import org.junit.jupiter.api.Test;

class LoadCompiledDraftTest {

  @Test
  void theCompiledDraftIsOnTheClassPath() {
    Arrangement arrangement = ArrangementJson.readResource("surety/clean-guarantee.json");
    Assessment assessment = SuretyValidator.shared().assess(arrangement);
    System.out.println("VERDICT " + arrangement.title() + ": " + assessment.verdict()
        + " " + assessment.score() + "/7");
    assertEquals("Clean Guarantee", arrangement.title());
    assertEquals("GUARANTEE", assessment.verdict().name());
  }
}

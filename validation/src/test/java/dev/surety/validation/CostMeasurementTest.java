package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.model.Arrangement;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures what docs/validation.md reports. Run alone, in a fresh JVM, so that the first factory is
 * cold: {@code mvn -q -pl validation -am verify -Dtest=CostMeasurementTest -Dsurety.cost=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; the figures are in the test's output file.
 */
@EnabledIfSystemProperty(named = "surety.cost", matches = "true")
class CostMeasurementTest {
  @Test
  void measure() {
    long t0 = System.nanoTime();
    ValidatorFactory cold = SuretyValidator.buildFactory();
    long coldNanos = System.nanoTime() - t0;
    cold.close();
    long warmTotal = 0;
    int warmRuns = 20;
    for (int i = 0; i < warmRuns; i++) {
      long s = System.nanoTime();
      SuretyValidator.buildFactory().close();
      warmTotal += System.nanoTime() - s;
    }
    Arrangement draft = Examples.threeLayer();
    SuretyValidator validator = SuretyValidator.shared();
    long f = System.nanoTime();
    validator.validate(draft);
    long firstValidation = System.nanoTime() - f;
    for (int i = 0; i < 5_000; i++) {
      validator.validate(draft);
      validator.assess(draft);
    }
    int runs = 20_000;
    long v = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      validator.validate(draft);
    }
    long validateNanos = (System.nanoTime() - v) / runs;
    long a = System.nanoTime();
    for (int i = 0; i < runs; i++) {
      validator.assess(draft);
    }
    long assessNanos = (System.nanoTime() - a) / runs;
    System.out.printf("factory cold: %.1f ms%n", coldNanos / 1e6);
    System.out.printf("factory warm (mean of %d): %.2f ms%n", warmRuns, warmTotal / 1e6 / warmRuns);
    System.out.printf("first validation (constraint validators created, code not yet compiled): %.1f ms%n", firstValidation / 1e6);
    System.out.printf("validate three-layer draft, warm: %.1f us%n", validateNanos / 1e3);
    System.out.printf("assess three-layer draft, warm: %.1f us%n", assessNanos / 1e3);
    assertThat(validateNanos).isPositive();
  }
}

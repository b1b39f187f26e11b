package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.Reference;
import dev.surety.core.vocabulary.CommitmentKind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A model built in Java may hold one object in many places: a commitment built once and added to
 * every layer, or many times to one list. Each place is a commitment of its own, with findings of
 * its own, and validating them costs what validating as many distinct commitments does.
 */
class SharedElementsTest {

  private static final Commitment BACKSTOP = Commitment.builder()
      .addParties(Reference.of("US"))
      .kind(Phrase.of(CommitmentKind.BACKSTOP))
      .build();

  private static Arrangement holding(int times) {
    ImmutableArrangement.Builder a = Arrangement.builder().title("shared")
        .addParties(Party.builder().id("US").name("United States").build());
    for (int i = 0; i < times; i++) {
      a.addCommitments(BACKSTOP);
    }
    return a.build();
  }

  @Test
  void everyPlaceOfASharedCommitmentHasItsFindings() {
    Layer layer = Layer.builder().title("layer").addCommitments(BACKSTOP).build();
    Arrangement a = ImmutableArrangement.builder().from(holding(2)).addLayers(layer, layer).build();
    List<Diagnostic> findings = SuretyValidator.shared().validate(a);
    // SUR106 (no trigger) and SUR108 (no item) for each of the four places
    assertThat(findings.stream().filter(d -> d.code().equals("SUR106"))).hasSize(4);
    assertThat(findings.stream().filter(d -> d.code().equals("SUR108"))).hasSize(4);
  }

  /**
   * Hibernate Validator hashes a violation's path without the index of a list element: the
   * violations of one shared element were all alike in what is hashed, and collected in a time
   * quadratic in their number (8,000 places, 26 seconds). Each now has a hash of its own.
   */
  @Test
  void theViolationsOfASharedElementAreHashedApart() {
    Validator validator = SuretyValidator.shared().factory().getValidator();
    Set<ConstraintViolation<Arrangement>> violations =
        validator.validate(holding(1_000), Groups.ALL);
    assertThat(violations).hasSize(2_000 + 5); // SUR106 and SUR108 each, and 5 about the whole
    Set<Integer> hashes =
        violations.stream().map(Object::hashCode).collect(Collectors.toSet());
    assertThat(hashes.size()).isGreaterThan(violations.size() * 9 / 10);
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void manyPlacesOfOneCommitmentAreValidatedInLinearTime() {
    assertThat(SuretyValidator.shared().validate(holding(10_000))).hasSize(20_000 + 5);
  }
}

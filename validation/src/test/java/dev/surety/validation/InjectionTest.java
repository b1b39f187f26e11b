package dev.surety.validation;

import static dev.surety.validation.Drafts.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No draft text is ever evaluated: expression-like text comes back verbatim in the messages. */
class InjectionTest {
  @ParameterizedTest
  @ValueSource(strings = {"${''.getClass()}", "#{1+1}", "${1+1}",
      "{jakarta.validation.constraints.NotNull.message}", "\\${x}", "{index}", "$\\{x\\}"})
  void draftTextAppearsVerbatim(String evil) {
    Arrangement a = arrangement(evil, 1)
        .addBeneficiaries(ref("UA", 2))
        .addParties(party("UA", "Ukraine", 3), party("X", evil, 4))
        .addCommitments(commitment(5, evil, "X").build(), commitment(6, "consultation", "X").build())
        .build();
    List<Diagnostic> found = SuretyValidator.shared().validate(a);
    assertThat(found).extracting(Diagnostic::code).contains("SUR103", "SUR108", "SUR204");
    List<String> messages = found.stream().map(Diagnostic::message).toList();
    assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo("arrangement \"" + evil + "\" has no `kind`"));
    assertThat(messages).anySatisfy(m -> assertThat(m).isEqualTo(evil + " (X) gives only assurances: `"
        + evil + "` and `consultation` are political or vague, none military or economic"));
    assertThat(messages).anySatisfy(m -> assertThat(m).contains("`" + evil + "` is not a known kind"));
  }
}

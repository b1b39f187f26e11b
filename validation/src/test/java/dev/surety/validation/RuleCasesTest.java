package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every rule reports its failing case (code, line, names in the message) and not its passing case. */
class RuleCasesTest {
  static Stream<String> codes() {
    return RuleCases.CASES.keySet().stream();
  }

  @Test
  void theCleanDraftIsCleanAndAGuarantee() {
    assertThat(SuretyValidator.shared().validate(RuleCases.clean())).isEmpty();
    assertThat(SuretyValidator.shared().assess(RuleCases.clean()).score()).isEqualTo(7);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void failingCaseIsReported(String code) {
    RuleCases.Case c = RuleCases.CASES.get(code);
    List<Diagnostic> found = c.failing().get().stream().filter(d -> d.code().equals(code)).toList();
    assertThat(found).as("%s in the failing case", code).isNotEmpty();
    Diagnostic d = found.get(0);
    assertThat(d.range().start().line()).as("line of %s: %s", code, d).isEqualTo(c.line());
    assertThat(d.range().file()).isEqualTo(Drafts.FILE);
    assertThat(d.message()).contains(c.names());
    assertThat(d.name()).isEqualTo(ValidationRules.byCode(code).orElseThrow().name());
    assertThat(d.severity()).isEqualTo(ValidationRules.byCode(code).orElseThrow().defaultSeverity());
  }

  @ParameterizedTest
  @MethodSource("codes")
  void passingCaseIsNotReported(String code) {
    List<Diagnostic> found = RuleCases.CASES.get(code).passing().get();
    assertThat(found).extracting(Diagnostic::code).doesNotContain(code);
  }

  @Test
  void anAssuranceOnlyGuarantorsKindsAreNamedOnceInAgreement() {
    var withUk = dev.surety.core.model.ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.party("UK", "United Kingdom", 16)).build();
    var one = RuleCases.plus(withUk, Drafts.commitment(15, "consultation", "UK", "sovereignty"));
    assertThat(messages(one, "SUR204")).containsExactly("United Kingdom (UK) gives only assurances:"
        + " `consultation` is political or vague, not military or economic");
    var three = RuleCases.plus(RuleCases.plus(RuleCases.plus(withUk,
        Drafts.commitment(15, "cooperation", "UK", "training")),
        Drafts.commitment(17, "cooperation", "UK", "intelligence")),
        Drafts.commitment(18, "consultation", "UK", "sovereignty"));
    assertThat(messages(three, "SUR204")).containsExactly("United Kingdom (UK) gives only assurances:"
        + " `cooperation` and `consultation` are political or vague, none military or economic");
  }

  @Test
  void partiesJoinedByAndAreToldToUseACommaInstead() {
    var and = RuleCases.plus(RuleCases.clean(),
        Drafts.commitment(15, "and FR military aid", "UK", "air defence"));
    assertThat(SuretyValidator.shared().validate(and)).filteredOn(d -> d.code().equals("SUR108"))
        .singleElement().satisfies(d -> assertThat(d.help())
            .contains("list the parties with `,`, not `and`: `UK, FR military aid`"));
  }

  private static List<String> messages(dev.surety.core.model.Arrangement a, String code) {
    return SuretyValidator.shared().validate(a).stream().filter(d -> d.code().equals(code))
        .map(Diagnostic::message).toList();
  }
}

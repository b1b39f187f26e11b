package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.ExitCode;
import dev.surety.dsl.Surety;
import org.junit.jupiter.api.Test;

class ExplainCommandTest extends BaseCliTest {

  @Test
  void listsEveryRule() {
    Result r = surety("explain");
    assertThat(r.status()).isEqualTo(ExitCode.OK);
    assertThat(r.out().lines()).hasSize(Surety.rules().size());
    assertThat(r.out()).containsPattern("(?m)^SUR001  syntax-error +error +\\S")
        .containsPattern("(?m)^SUR107  missing-duration +warning +\\S");
  }

  @Test
  void explainsOneRuleFromItsDescriptor() {
    Result r = surety("explain", "SUR107");
    assertThat(r.status()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).startsWith("# SUR107: missing-duration\n")
        .contains("Severity: warning", "## Reported", "## Fixed", "```surety");
    assertThat(surety("explain", "sur107").out()).isEqualTo(r.out());
    assertThat(surety("explain", "missing-duration").out()).isEqualTo(r.out());
  }

  @Test
  void unknownCodesGetADidYouMean() {
    Result r = surety("explain", "SUR10");
    assertThat(r.status()).isEqualTo(ExitCode.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("surety: unknown rule 'SUR10'; did you mean SUR")
        .hasLineCount(1);
    // a code's number alone, or the beginning of one rule's name
    assertThat(surety("explain", "201").err())
        .isEqualTo("surety: unknown rule '201'; did you mean SUR201?\n");
    assertThat(surety("explain", "sur 1").err())
        .isEqualTo("surety: unknown rule 'sur 1'; did you mean SUR001?\n");
    assertThat(surety("explain", "missing-legislative").err()).isEqualTo("surety: unknown rule"
        + " 'missing-legislative'; did you mean SUR201 (missing-legislative-approval)?\n");
    Result far = surety("explain", "frobnicate");
    assertThat(far.status()).isEqualTo(ExitCode.ERROR);
    assertThat(far.err()).isEqualTo(
        "surety: unknown rule 'frobnicate'; run 'surety explain' for the list of rules\n");
  }
}

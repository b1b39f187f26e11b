package dev.surety.cli.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

  static RuleDescriptor rule(String code, String name, Severity severity, String summary) {
    return RuleDescriptor.builder().code(code).name(name).defaultSeverity(severity)
        .summary(summary).explanation("Why " + name + " matters.\n\nHow to fix it.")
        .failingExample("arrangement \"Bad\" {\n}\n").passingExample("arrangement \"Good\" {\n}\n")
        .build();
  }

  private final RuleDocs docs = new RuleDocs(List.of(
      rule("SUR001", "syntax-error", Severity.ERROR, "The text does not follow the grammar."),
      rule("SUR107", "missing-duration", Severity.WARNING, "The arrangement has no\n duration."),
      rule("SUR201", "missing-legislative-approval", Severity.WARNING, "No ratification.")));

  @Test
  void listsOneAlignedLinePerRule() {
    StringBuilder out = new StringBuilder();
    docs.list(out);
    assertThat(out).hasToString(
        "SUR001  syntax-error                  error    The text does not follow the grammar.\n"
            + "SUR107  missing-duration              warning  The arrangement has no duration.\n"
            + "SUR201  missing-legislative-approval  warning  No ratification.\n");
  }

  @Test
  void explainsOneRuleWithItsExamples() {
    StringBuilder out = new StringBuilder();
    RuleDocs.explain(docs.find("sur107").orElseThrow(), out);
    assertThat(out).hasToString("""
        # SUR107: missing-duration

        Severity: warning (by default). Family: completeness.

        The arrangement has no
         duration.

        Why missing-duration matters.

        How to fix it.

        ## Reported

        ```surety
        arrangement "Bad" {
        }
        ```

        ## Fixed

        ```surety
        arrangement "Good" {
        }
        ```
        """);
  }

  @Test
  void findsByCodeOrNameIgnoringCase() {
    assertThat(docs.find("SUR201")).map(RuleDescriptor::name).contains("missing-legislative-approval");
    assertThat(docs.find("Missing-Duration")).map(RuleDescriptor::code).contains("SUR107");
    assertThat(docs.find("SUR999")).isEmpty();
  }

  @Test
  void suggestsTheNearestCodeOrName() {
    assertThat(docs.suggestion("SUR2O1")).contains("SUR201");
    assertThat(docs.suggestion("sur108")).contains("SUR107");
    assertThat(docs.suggestion("missing-durations")).contains("SUR107 (missing-duration)");
    assertThat(docs.suggestion("frobnication")).isEmpty();
  }
}

package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SUR201's help names the exact qualifier to add (RULES.md), whatever the legislature is called:
 * added as written, it compiles and the finding is gone.
 */
class LegislatureHelpTest {

  private static final Pattern QUALIFIER = Pattern.compile("add `(; requires [^`]+)` to the commitment");

  private static String draft(String legislature, String qualifier) {
    return "arrangement \"A\" {\n  kind assurance.\n  instrument treaty.\n  beneficiary UA.\n"
        + "  party UA \"Ukraine\".\n  party XX \"Xland\"; legislature " + legislature + ".\n"
        + "  XX military aid: air defence" + qualifier + ".\n"
        + "  duration 10 years.\n  withdrawal notice 12 months.\n}\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"Congress", "\"Verkhovna Rada\"", "\"Rada’s\"", "\"Sejm\\\\Senat\"",
      "\"2nd Chamber\"", "\"Sejm.\"", "\"ratification\"", "\"Congress \\\"of the US\\\"\"", "Bundestag-1"})
  void theQualifierTheHelpNamesCompilesAndSatisfiesTheRule(String legislature) {
    Report before = Surety.create().check(draft(legislature, ""), "draft.surety");
    assertThat(before.diagnostics()).extracting(Diagnostic::code).containsExactly("SUR201");
    Matcher help = QUALIFIER.matcher(before.diagnostics().get(0).help().orElseThrow());
    assertThat(help.find()).as(before.diagnostics().get(0).help().orElseThrow()).isTrue();

    Report after = Surety.create().check(draft(legislature, help.group(1)), "draft.surety");
    assertThat(after.diagnostics()).as(help.group(1)).isEmpty();
  }
}

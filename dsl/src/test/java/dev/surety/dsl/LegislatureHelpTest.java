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

  /**
   * Each declared legislature is a body whose approval binds the party (LANGUAGE.md): of two (the
   * US Senate for a treaty, Congress for an agreement) either one's approval binds, and when none
   * is required, one finding names them all (two findings each asking for its own body read as if
   * both were needed).
   */
  @org.junit.jupiter.api.Test
  void ofSeveralLegislaturesAnyOnesApprovalBinds() {
    String both = "Congress; legislature Senate";
    Report none = Surety.create().check(draft(both, ""), "draft.surety");
    assertThat(none.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR201");
      assertThat(d.message()).endsWith("that none of its legislatures (Congress, Senate) has to"
          + " approve");
      assertThat(d.help()).hasValueSatisfying(h -> assertThat(h).startsWith("add `; requires"
          + " Congress ratification` to the commitment (or the ratification or approval of another"
          + " of its legislatures)"));
      assertThat(d.related()).hasSize(2);
    });
    for (String qualifier : new String[] {"; requires Senate ratification",
        "; requires Congress approval", "; requires approval by Senate"}) {
      assertThat(Surety.create().check(draft(both, qualifier), "draft.surety").diagnostics())
          .as(qualifier).isEmpty();
    }
    assertThat(Surety.create().check(draft(both, "; requires Parliament ratification"),
        "draft.surety").diagnostics()).extracting(Diagnostic::code).contains("SUR201");
  }

  /**
   * A {@code requires} that misspells the legislature ({@code Congres}) covers nothing; the
   * finding says which one was meant and asks for the name to be corrected, not for a second
   * {@code requires} beside the wrong one. Corrected as the help says, the finding is gone.
   */
  @org.junit.jupiter.api.Test
  void aMisspeltLegislatureIsNamedAndCorrectedNotRequiredAgain() {
    for (String[] written : new String[][] {
        {"; requires Congres ratification", "requires Congres ratification"},
        {"; requires \"congrss\" approval", "requires congrss approval"}}) {
      Report report = Surety.create().check(draft("Congress", written[0]), "draft.surety");
      assertThat(report.diagnostics()).as(written[0]).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo("SUR201");
        assertThat(d.message()).endsWith("that Congress never has to approve: `" + written[1]
            + "` names no legislature of XX (did you mean `Congress`?)");
        assertThat(d.help()).hasValue("write `" + written[1].replaceAll("[Cc]ongr\\w*", "Congress")
            + "` for `" + written[1] + "` (line 7)");
        assertThat(d.related()).first().satisfies(r -> assertThat(r.range().startLine())
            .isEqualTo(7));
      });
      String fixed = written[0].replaceAll("\"?[Cc]ongr\\w*\"?", "Congress");
      assertThat(Surety.create().check(draft("Congress", fixed), "draft.surety").diagnostics())
          .as(fixed).isEmpty();
    }
    // the arrangement's own requires, misspelt, is found too
    String misspeltWide = draft("Congress", "").replace("  duration 10 years.\n",
        "  requires Congrss ratification.\n  duration 10 years.\n");
    assertThat(Surety.create().check(misspeltWide, "draft.surety").diagnostics())
        .filteredOn(d -> d.code().equals("SUR201")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("(did you mean `Congress`?)"));
    // a body another party declares, or one far from any, is not taken for a misspelling
    String rada = draft("Congress", "; requires Rada ratification")
        .replace("party UA \"Ukraine\".", "party UA \"Ukraine\"; legislature Rada.");
    assertThat(Surety.create().check(rada, "draft.surety").diagnostics())
        .filteredOn(d -> d.code().equals("SUR201")).singleElement()
        .satisfies(d -> assertThat(d.message()).doesNotContain("did you mean"));
  }
}

package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableRuleDescriptor;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {
  private final List<Diagnostic> budapest = SuretyValidator.shared().validate(Examples.budapest());

  private static Suppression file(String... codes) {
    return Suppression.builder().scope(Suppression.Scope.FILE).addCodes(codes).file(Drafts.FILE)
        .reason("negotiated separately").range(Drafts.at(1)).build();
  }

  @Test
  void fileSuppressionRemovesEveryFindingOfItsCode() {
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(file("SUR204")), ValidationRules.all());
    assertThat(out).extracting(Diagnostic::code).doesNotContain("SUR204", "SUR004");
  }

  /**
   * 100,000 findings and 100,000 file suppressions, each of another code: each finding is looked
   * up by its code, not held against every suppression of its file (10,000 of each took 34 s on
   * the command line; this many, minutes).
   */
  @Test
  void oneHundredThousandFileSuppressionsAndFindings() {
    int n = 100_000;
    Diagnostic vague = budapest.stream().filter(d -> d.code().equals("SUR108")).findFirst()
        .orElseThrow();
    List<Diagnostic> findings = new java.util.ArrayList<>();
    List<Suppression> suppressions = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      findings.add(dev.surety.core.diagnostic.ImmutableDiagnostic.copyOf(vague)
          .withRange(Drafts.at(i + 2)));
      suppressions.add(file("X" + i));
    }
    suppressions.add(file("SUR108"));

    List<Diagnostic> out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(60),
        () -> Suppressions.apply(findings, suppressions, ValidationRules.all()));

    assertThat(out).hasSize(n).allSatisfy(d -> {
      assertThat(d.code()).isEqualTo("SUR004");
      assertThat(d.message()).contains("names the unknown code X");
    });
  }

  @Test
  void nextLineSuppressionRemovesOnlyThatLine() {
    Suppression s = Suppression.builder().scope(Suppression.Scope.NEXT_LINE).addCodes("SUR108")
        .file(Drafts.FILE).line(20).range(Drafts.at(19)).build();
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(s), ValidationRules.all());
    assertThat(out).filteredOn(d -> d.code().equals("SUR108")).extracting(d -> d.range().start().line())
        .containsExactly(22);
    assertThat(out).extracting(Diagnostic::code).doesNotContain("SUR004");
  }

  @Test
  void unusedAndUnknownCodesAreReportedAsSur004() {
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(file("SUR204", "SUR301", "SUR999")),
        ValidationRules.all());
    List<Diagnostic> unused = out.stream().filter(d -> d.code().equals("SUR004")).toList();
    assertThat(unused).hasSize(2).allMatch(d -> d.severity() == Severity.INFO)
        .allMatch(d -> d.range().start().line() == 1);
    assertThat(unused).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("SUR301", "suppresses nothing"))
        .anySatisfy(m -> assertThat(m).contains("SUR999", "unknown code"));
  }

  @Test
  void aCommentThatIsNotADirectiveSuppressesNothingAndIsReported() {
    Suppression mistyped = Suppression.builder().scope(Suppression.Scope.UNKNOWN)
        .directive("disable-line").file(Drafts.FILE).range(Drafts.at(22)).build();
    assertThat(mistyped.covers("SUR108", Drafts.at(22))).isFalse();
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(mistyped), ValidationRules.all());
    assertThat(out).filteredOn(d -> d.code().equals("SUR108")).hasSameSizeAs(
        budapest.stream().filter(d -> d.code().equals("SUR108")).toList());
    assertThat(out).filteredOn(d -> d.code().equals("SUR004")).singleElement().satisfies(d -> {
      assertThat(d.message())
          .isEqualTo("`surety:disable-line` is not a suppression, so it suppresses nothing");
      assertThat(d.help()).hasValueSatisfying(h -> assertThat(h).contains("surety:disable-next-line"));
      assertThat(d.range().start().line()).isEqualTo(22);
    });
  }

  @Test
  void aRuleThatIsAlwaysAnErrorIsNotSuppressedAndTheSuppressionIsReported() {
    List<RuleDescriptor> rules = new java.util.ArrayList<>(ValidationRules.all());
    rules.replaceAll(r -> r.code().equals("SUR204")
        ? ImmutableRuleDescriptor.copyOf(r).withConfigurable(false) : r);
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(file("SUR204")), rules);
    assertThat(out).filteredOn(d -> d.code().equals("SUR204")).hasSameSizeAs(
        budapest.stream().filter(d -> d.code().equals("SUR204")).toList()).isNotEmpty();
    assertThat(out).filteredOn(d -> d.code().equals("SUR004")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("`surety:disable-file SUR204` cannot suppress SUR204"
          + " (assurance-only-guarantor): it is always an error, since a draft with it is compiled without"
          + " what its text says there, into a different arrangement");
      assertThat(d.help()).contains("fix the text, and remove SUR204 from the suppression");
    });
  }

  @Test
  void aRuleNamedByItsNameIsAnsweredWithItsCode() {
    // the comment reader upper-cases what it reads as codes
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(file("ASSURANCE-ONLY-GUARANTOR")),
        ValidationRules.all());
    assertThat(out).filteredOn(d -> d.code().equals("SUR004")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("`surety:disable-file assurance-only-guarantor` names a"
          + " rule by its name; a suppression names it by its code, SUR204");
      assertThat(d.help()).contains("write `surety:disable-file SUR204`");
    });
  }

  @Test
  void aDirectiveThatNamesNoCodeIsReportedAndSuppressesNothing() {
    Suppression bare = Suppression.builder().scope(Suppression.Scope.NEXT_LINE).file(Drafts.FILE)
        .line(22).range(Drafts.at(21)).build();
    Suppression reasonOnly = Suppression.builder().scope(Suppression.Scope.FILE).file(Drafts.FILE)
        .reason("negotiated separately").range(Drafts.at(1)).build();
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(bare, reasonOnly),
        ValidationRules.all());
    assertThat(out).filteredOn(d -> !d.code().equals("SUR004"))
        .containsExactlyInAnyOrderElementsOf(budapest);
    assertThat(out).filteredOn(d -> d.code().equals("SUR004")).satisfiesExactly(
        d -> {
          assertThat(d.message())
              .isEqualTo("`surety:disable-file` names no code, so it suppresses nothing");
          assertThat(d.help()).hasValue("write the code of each finding to suppress after it, as"
              + " in `// surety:disable-file SUR107 -- negotiated separately`");
        },
        d -> {
          assertThat(d.message())
              .isEqualTo("`surety:disable-next-line` names no code, so it suppresses nothing");
          assertThat(d.range().start().line()).isEqualTo(21);
        });
  }

  @Test
  void aSuppressionOfSur004SaysItCannotBeSuppressedRatherThanThatNoneIsReported() {
    List<Diagnostic> out = Suppressions.apply(budapest, List.of(file("SUR004"), file("SUR999")),
        ValidationRules.all());
    assertThat(out).filteredOn(d -> d.code().equals("SUR004")).extracting(Diagnostic::message)
        .containsExactlyInAnyOrder(
            "`surety:disable-file SUR004` cannot suppress SUR004 (unused-suppression): what is"
                + " reported about suppression comments cannot be suppressed by one",
            "`surety:disable-file SUR999` names the unknown code SUR999")
        .noneMatch(m -> m.contains("no SUR004 is reported"));
  }
}

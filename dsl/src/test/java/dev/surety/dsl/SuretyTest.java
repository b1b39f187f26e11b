package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourceRange;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.CommitmentDetail;
import dev.surety.validation.assessment.GuarantorDetail;
import dev.surety.validation.assessment.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The facade on compiled drafts: compile, validate, suppress, configure, assess. */
class SuretyTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** The Budapest Memorandum of 1994, faithful to its text, with the threat named in hindsight. */
  private static final String BUDAPEST =
      String.join(
          "\n",
          "arrangement \"Budapest Memorandum on Security Assurances\" {",
          "  kind assurance.",
          "  dated 1994-12-05.",
          "  instrument memorandum.",
          "  beneficiary UA.",
          "  against RU.",
          "  party UA \"Ukraine\".",
          "  party US \"United States\"; legislature Congress.",
          "  party UK \"United Kingdom\"; legislature Parliament.",
          "  party RU \"Russian Federation\".",
          "  party FR \"France\".",
          "  party CN \"China\".",
          "  organisation UNSC \"UN Security Council\"; veto US, UK, RU, FR, CN.",
          "  trigger nuclear-aggression: aggression.",
          "  US, UK, RU respect: independence, sovereignty, existing borders.",
          "  US, UK, RU non-aggression: \"territorial integrity\".",
          "  US, UK, RU no coercion: \"economic coercion\".",
          "  US, UK, RU security council action: \"assistance to Ukraine\";",
          "    on nuclear-aggression; immediate; through UNSC.",
          "  US, UK, RU no nuclear use: \"nuclear weapons against Ukraine\".",
          "  US, UK, RU consultation: \"questions concerning these commitments\".",
          "}",
          "");

  private static Surety surety() {
    return Surety.builder()
        .compilerOptions(CompilerOptions.builder().root(GOLDEN).build())
        .build();
  }

  private static List<String> codes(Report report) {
    return report.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  private static List<Diagnostic> withCode(Report report, String code) {
    return report.diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .collect(Collectors.toList());
  }

  @Test
  void theThreeLayerFrameworkIsAGuarantee() {
    Report report = surety().check(List.of(GOLDEN.resolve("framework.surety")));
    assertThat(report.hasErrors()).as(report.diagnostics().toString()).isFalse();
    assertThat(report.assessments()).hasSize(1);
    Assessment assessment = report.assessments().get(0);
    assertThat(assessment.verdict()).isEqualTo(Verdict.GUARANTEE);
    assertThat(withCode(report, "SUR201"))
        .as("the US backstop requires Congress ratification")
        .noneSatisfy(d -> assertThat(d.message()).startsWith("US "));
  }

  @Test
  void withoutCongressTheUsBackstopNoLongerBinds() throws IOException {
    String text = Files.readString(GOLDEN.resolve("framework.surety"));
    String without = text.replace(";\n        requires Congress ratification.", ".");
    assertThat(without).isNotEqualTo(text);

    Report report = surety().check(without, "framework.surety");

    List<Diagnostic> sur201 =
        withCode(report, "SUR201").stream()
            .filter(d -> d.message().startsWith("US "))
            .collect(Collectors.toList());
    assertThat(sur201).hasSize(1);
    Diagnostic finding = sur201.get(0);
    assertThat(finding.message()).contains("US", "backstop", "Congress");
    assertThat(finding.help()).hasValueSatisfying(h -> assertThat(h).contains("requires Congress ratification"));
    assertThat(finding.range().start().line()).isEqualTo(text.lines().takeWhile(l -> !l.contains("US backstop:")).count() + 1);

    GuarantorDetail us =
        report.assessments().get(0).guarantors().stream()
            .filter(g -> g.id().equals("US"))
            .findFirst()
            .orElseThrow();
    CommitmentDetail backstop = us.commitments().get(0);
    assertThat(backstop.kind()).isEqualTo("backstop");
    assertThat(backstop.binding()).isFalse();
    assertThat(backstop.guaranteeGrade()).isFalse();
    assertThat(String.join(" ", backstop.why())).contains("Congress");
  }

  @Test
  void budapestIsADeclarationWhoseGuarantorIsTheThreat() {
    Report report = surety().check(BUDAPEST, "budapest.surety");

    assertThat(withCode(report, "SUR203")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("RU"));
    assertThat(withCode(report, "SUR204")).extracting(Diagnostic::message)
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("US"))
        .anySatisfy(m -> assertThat(m).contains("UK"))
        .anySatisfy(m -> assertThat(m).contains("RU"));
    assertThat(withCode(report, "SUR206")).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).contains("UNSC");
          assertThat(d.range().start().line()).as("the `through UNSC` qualifier").isEqualTo(19);
        });
    assertThat(codes(report)).contains("SUR107").doesNotContain("SUR202", "SUR205");
    assertThat(report.assessments().get(0).verdict()).isEqualTo(Verdict.DECLARATION);
  }

  @Test
  void budapestClaimedAsAGuaranteeIsNotOne() {
    String claimed = BUDAPEST.replace("kind assurance.", "kind guarantee.");
    Report report = surety().check(claimed, "budapest.surety");
    assertThat(codes(report)).contains("SUR202", "SUR205", "SUR203", "SUR206", "SUR107");
    assertThat(withCode(report, "SUR202").get(0).range().start().line()).isEqualTo(4);
    assertThat(report.assessments().get(0).verdict()).isEqualTo(Verdict.DECLARATION);
  }

  /** A directory with no draft: a report of no files and no finding, for the caller to judge. */
  @Test
  void aDirectoryWithoutDraftsGivesAReportOfNoFiles(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.txt"), "not a draft");
    Report report = surety().check(List.of(empty));
    assertThat(report.files()).isEmpty();
    assertThat(report.diagnostics()).isEmpty();
    // beside a draft, the empty directory adds nothing
    Path draft = Files.writeString(dir.resolve("budapest.surety"), BUDAPEST);
    assertThat(surety().check(List.of(empty, draft)).files()).singleElement()
        .satisfies(f -> assertThat(f.path()).endsWith("/budapest.surety"));
  }

  @Test
  void suppressionsAndSeveritiesApplyToCompiledDrafts() {
    String suppressed =
        BUDAPEST.replace(
            "arrangement \"Budapest",
            "// surety:disable-file SUR107 -- the 1994 text has no duration clause\n"
                + "// surety:disable-file SUR116\n"
                + "arrangement \"Budapest");
    Report report = surety().check(suppressed, "budapest.surety");
    assertThat(codes(report)).doesNotContain("SUR107");
    assertThat(withCode(report, "SUR004")).singleElement()
        .satisfies(d -> {
          assertThat(d.message()).contains("SUR116");
          assertThat(d.range().start().line()).isEqualTo(2);
        });

    Report configured =
        Surety.builder()
            .severities(Surety.severities(Map.of("SUR203", "warning", "SUR204", "off", "SUR006", "error")))
            .build()
            .check(BUDAPEST, "budapest.surety");
    assertThat(codes(configured)).doesNotContain("SUR204");
    assertThat(withCode(configured, "SUR203").get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aDirectiveInABlockCommentIsReportedAsSuppressingNothing() {
    String draft = "/* surety:disable-next-line SUR107 -- negotiated */\n"
        + "arrangement \"T\" {\n  kind assurance.\n  beneficiary UA.\n  party UA \"Ukraine\".\n"
        + "  party FR \"France\".\n  FR training: pilots; annually EUR 3 billion.\n}\n";
    Report report = surety().check(draft, "t.surety");
    assertThat(withCode(report, "SUR107")).hasSize(1); // not suppressed: only `//` comments are read
    assertThat(withCode(report, "SUR004")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("`surety:disable-next-line` in a `/* */` comment"
          + " suppresses nothing: directives are read only in `//` comments");
      assertThat(d.help()).contains("write `// surety:disable-next-line CODE` on a line of its own");
      assertThat(d.range().start().line()).isEqualTo(1);
    });
    // a block comment that only mentions Surety is prose
    assertThat(withCode(surety().check("/* see the surety: notes */\n" + draft.substring(draft.indexOf('\n') + 1),
        "t.surety"), "SUR004")).isEmpty();
  }

  @Test
  void theErrorsThatLeaveTheModelIncompleteCannotBeSilenced() {
    // a commitment with a syntax error is not in the model: were SUR001 silenced, a build would
    // compile the arrangement without it, as if the drafter had never written it
    String draft = "// surety:disable-file SUR001 SUR005 -- editor noise\n"
        + "arrangement \"T\" {\n"
        + "  kind assurance.\n"
        + "  status drafted.\n"
        + "  FR military aid: air defence annually EUR 3 billion.\n"
        + "}\n";
    Report report = surety().check(draft, "t.surety");
    assertThat(withCode(report, "SUR001")).hasSize(1);
    assertThat(withCode(report, "SUR005")).hasSize(1);
    assertThat(withCode(report, "SUR004")).extracting(Diagnostic::message).containsExactly(
        "`surety:disable-file SUR001` cannot suppress SUR001 (syntax-error): it is always an"
            + " error, since a draft with it is compiled without what its text says there, into a"
            + " different arrangement",
        "`surety:disable-file SUR005` cannot suppress SUR005 (invalid-value): it is always an"
            + " error, since a draft with it is compiled without what its text says there, into a"
            + " different arrangement");
    for (String code : List.of("SUR001", "SUR002", "SUR003", "SUR005")) {
      assertThat(Surety.rules()).filteredOn(r -> r.code().equals(code)).singleElement()
          .satisfies(r -> assertThat(r.configurable()).isFalse());
      assertThatThrownBy(() -> Surety.severities(Map.of(code, "off")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(code + " (").hasMessageContaining("is always an error");
      assertThat(Surety.severities(Map.of(code, "error")).asMap()).containsEntry(code, "error");
    }
    assertThat(Surety.rules()).filteredOn(RuleDescriptor::configurable).extracting(RuleDescriptor::code)
        .contains("SUR004", "SUR006", "SUR101", "SUR102", "SUR201");
  }

  @Test
  void aCheckerThatDoesNotAssessFindsTheSame() throws IOException {
    Surety findingsOnly = Surety.builder()
        .compilerOptions(CompilerOptions.builder().root(GOLDEN).build())
        .assess(false)
        .build();
    try (var drafts = Files.list(GOLDEN)) {
      for (Path draft : drafts.filter(p -> p.toString().endsWith(".surety")).sorted()
          .collect(Collectors.toList())) {
        Report full = surety().check(List.of(draft));
        Report findings = findingsOnly.check(List.of(draft));
        assertThat(findings.diagnostics()).as(draft.toString()).isEqualTo(full.diagnostics());
        assertThat(findings.arrangements()).isEqualTo(full.arrangements());
        assertThat(full.assessments()).hasSameSizeAs(full.arrangements());
        assertThat(findings.assessments()).isEmpty();
      }
    }
    assertThat(findingsOnly.check(BUDAPEST, "budapest.surety").diagnostics())
        .isEqualTo(surety().check(BUDAPEST, "budapest.surety").diagnostics())
        .extracting(Diagnostic::code).contains("SUR203");
  }

  @Test
  void compilerAndValidatorFindingsComeTogetherInOrder() {
    Report report =
        Surety.create().check("arrangement \"x\" {\n  US backstop: air defence.\n}\n", "x.surety");
    assertThat(codes(report)).contains("SUR101", "SUR103", "SUR104");
    assertThat(report.diagnostics()).isSortedAccordingTo(Diagnostic.ORDER);
    assertThat(report.sources()).containsKey("x.surety");
  }

  @Test
  void everyCodeOfRulesMdHasExactlyOneHome() throws IOException {
    List<String> homes = Surety.rules().stream().map(RuleDescriptor::code).collect(Collectors.toList());
    assertThat(homes).doesNotHaveDuplicates().isSorted();
    Path spec = Path.of("..", "..", "shared", "spec", "RULES.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(spec), "RULES.md not beside the clone");
    Matcher m =
        Pattern.compile("\\| (SUR[0-9]{3}) \\| ([a-z-]+) \\| (error|warning|info) \\|")
            .matcher(Files.readString(spec));
    int seen = 0;
    while (m.find()) {
      String code = m.group(1);
      RuleDescriptor rule =
          Surety.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow(
              () -> new AssertionError(code + " has no home"));
      assertThat(rule.name()).as(code).isEqualTo(m.group(2));
      assertThat(rule.defaultSeverity().spelling()).as(code).isEqualTo(m.group(3));
      seen++;
    }
    assertThat(seen).isEqualTo(homes.size());
  }

  @Test
  void aMistypedSuppressionIsReportedAndSuppressesNothing() {
    Report report = Surety.create().check("party UA \"Ukraine\".\n"
        + "// surety:disable-line SUR107\n"
        + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n}\n", "a.surety");
    assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("SUR107");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR004")).singleElement()
        .satisfies(d -> {
          assertThat(d.message())
              .isEqualTo("`surety:disable-line` is not a suppression, so it suppresses nothing");
          assertThat(d.range().start().line()).isEqualTo(2);
        });
    // prose that mentions a directive further on is not one
    Report prose = Surety.create().check("party UA \"Ukraine\". // see surety:disable-next-line\n",
        "b.surety");
    assertThat(prose.diagnostics()).extracting(Diagnostic::code).doesNotContain("SUR004");
  }

  @Test
  void aDirectiveInAnotherCaseIsReportedWithItsLowerCaseFormAndSuppressesNothing() {
    Report report = Surety.create().check("party UA \"Ukraine\".\n"
        + "// SURETY:disable-next-line SUR107 -- negotiated separately\n"
        + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n}\n"
        + "//Surety:disable-file SUR115\n"
        + "// surety:Disable-File SUR116  \n", "a.surety");
    // not honoured: directives are case-sensitive
    assertThat(report.diagnostics()).extracting(Diagnostic::code)
        .contains("SUR107", "SUR115", "SUR116");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR004"))
        .extracting(d -> d.range().start().line() + ": " + d.message() + " / "
            + d.help().orElse("")).containsExactly(
            "2: `SURETY:disable-next-line` is not a directive as written, so it suppresses nothing:"
                + " directives are written in lower case / write `// surety:disable-next-line"
                + " SUR107 -- negotiated separately`",
            "7: `Surety:disable-file` is not a directive as written, so it suppresses nothing:"
                + " directives are written in lower case / write `//surety:disable-file SUR115`",
            "8: `surety:Disable-File` is not a directive as written, so it suppresses nothing:"
                + " directives are written in lower case / write `// surety:disable-file SUR116`");
    // prose that begins with the name in capitals is no directive
    Report prose = Surety.create().check("// Surety: drafts checked nightly\n"
        + "party UA \"Ukraine\".\n", "b.surety");
    assertThat(prose.diagnostics()).extracting(Diagnostic::code).doesNotContain("SUR004");
  }

  @Test
  void aSuppressionWithoutACodeAndOneOfSur004AreReportedAsWhatTheyAre() {
    Report report = Surety.create().check("party UA \"Ukraine\".\n"
        + "// surety:disable-file -- reason only\n"
        + "// surety:disable-file SUR004\n"
        + "// surety:disable-file SUR999\n"
        + "// surety:disable-next-line\n"
        + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n}\n", "a.surety");
    assertThat(report.diagnostics()).extracting(Diagnostic::code).contains("SUR107");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR004"))
        .extracting(d -> d.range().start().line() + ": " + d.message()).containsExactly(
            "2: `surety:disable-file` names no code, so it suppresses nothing",
            "3: `surety:disable-file SUR004` cannot suppress SUR004 (unused-suppression): what is"
                + " reported about suppression comments cannot be suppressed by one",
            "4: `surety:disable-file SUR999` names the unknown code SUR999",
            "5: `surety:disable-next-line` names no code, so it suppresses nothing");
  }

  @Test
  void findingsAboutAWholeArrangementPointAtItsHeaderNotItsBody() {
    Report report = Surety.create().check("party UA \"Ukraine\".\n\n"
        + "arrangement \"Short\" {\n  kind assurance.\n  beneficiary UA.\n}\n", "h.surety");
    // `arrangement "Short"`: line 3, columns 1 to 20 (the end is after the closing quote)
    assertThat(report.arrangements().get(0).headerRange().start().line()).isEqualTo(3);
    assertThat(report.diagnostics()).filteredOn(d -> List.of("SUR105", "SUR107", "SUR115", "SUR116")
        .contains(d.code())).hasSize(4).allSatisfy(d -> {
          assertThat(d.range().start().line()).isEqualTo(3);
          assertThat(d.range().start().column()).isEqualTo(1);
          assertThat(d.range().end().line()).isEqualTo(3);
          assertThat(d.range().end().column()).isEqualTo(20);
        });
    // the arrangement itself still spans its body
    assertThat(report.arrangements().get(0).range().end().line()).isEqualTo(6);
  }

  @Test
  void aDomainUncoveredAndWrittenTwiceIsReportedOnceAndDomainsOverTheListLimitAreIgnored() {
    Surety surety = Surety.builder().compilerOptions(CompilerOptions.builder()
        .limits(Limits.builder().maxListItems(3).build()).build()).build();
    Report report = surety.check("party UA \"Ukraine\".\nparty FR \"France\".\n"
        + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  covers land, sea, land, space, cyber.\n  FR military aid: air defence.\n}\n",
        "covers.surety");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR003")).singleElement()
        .satisfies(d -> {
          // at the first domain left out (`space`), not at the list's first word
          assertThat(d.message()).isEqualTo("the list has 5 items, over the limit of 3"
              + " (maxListItems); this item and those after it are ignored");
          assertThat(d.range()).isEqualTo(SourceRange.of("covers.surety", 6, 27, 6, 32));
          assertThat(d.help()).hasValue("split the list over two statements, or raise the limit:"
              + " `maxListItems` under `limits` in surety.toml or .surety.json");
        });
    // what is ignored is not in the model: space and cyber are not reported uncovered
    assertThat(report.arrangements().get(0).covers()).extracting(p -> p.text())
        .containsExactly("land", "sea", "land");
    List<Diagnostic> uncovered = report.diagnostics().stream()
        .filter(d -> d.code().equals("SUR112")).toList();
    assertThat(uncovered).extracting(Diagnostic::message).containsExactly(
        "arrangement \"A\" covers land, but no military commitment names land among its items",
        "arrangement \"A\" covers sea, but no military commitment names sea among its items");
    assertThat(uncovered.get(0).range().start().column()).isEqualTo(10);
    assertThat(uncovered.get(0).help()).contains("add `land` to the items of a military "
        + "commitment, or remove it from `covers` (it is written there 2 times)");
    assertThat(uncovered.get(0).related()).singleElement()
        .satisfies(r -> assertThat(r.range().start().column()).isEqualTo(21));
    assertThat(uncovered.get(1).related()).isEmpty();
  }
}

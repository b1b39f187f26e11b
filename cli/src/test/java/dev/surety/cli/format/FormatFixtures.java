package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import dev.surety.core.source.SourceRange;
import java.util.List;

/**
 * The fixed report that every golden file renders: three files with text (one without findings),
 * one finding in a file whose text is unknown, one finding with no file, one with a file and no
 * position; every severity; a multi-line range; related locations; help lines; a Cyrillic line; a
 * line that starts with a tab; a message with {@code <&">}.
 */
final class FormatFixtures {

  static final String US = "drafts/us-guarantee.surety";
  static final String UA = "drafts/ua.surety";
  static final String EUROPE = "parties/europe.surety";
  static final String MISSING = "drafts/missing.surety";

  static final String US_TEXT =
      String.join(
          "\n",
          "// The US guarantee, draft 3",
          "party US \"United States\";",
          "  legislature Congress.",
          "party UA \"Ukraine\".",
          "",
          "arrangement \"US guarantee\" {",
          "  kind guarantee.",
          "  beneficiary UA.",
          "  sustain UA armed forces:",
          "    800000 personnel.",
          "  limit UA armed forces: 600000 personnel.",
          "    US backstop: air defence, intelligence; on attack.",
          "}",
          "");

  static final String UA_TEXT =
      "party UA \"Україна\";\r\n"
          + "  legislature \"Верховна Рада\".\r\n"
          + "arrangement \"Гарантія\" {\r\n"
          + "\ttrigger atack: armed atack; by RU.\r\n"
          + "}\r\n";

  static final String EUROPE_TEXT = "party FR \"France\".\n";

  private FormatFixtures() {}

  static LintReport report() {
    return LintReport.builder()
        .putSources(US, US_TEXT)
        .putSources(UA, UA_TEXT)
        .putSources(EUROPE, EUROPE_TEXT)
        .fileCount(4)
        .toolVersion("1.2.3")
        .rules(rules())
        .diagnostics(diagnostics())
        .addSuppressed(SuppressedDiagnostic.builder()
            .diagnostic(Diagnostic.builder()
                .code("SUR107")
                .name("missing-duration")
                .severity(Severity.WARNING)
                .message("arrangement \"US backstop\" has no duration")
                .help("add `duration 10 years.` or `duration indefinite.`")
                .range(SourceRange.of(US, 2, 1, 2, 27))
                .build())
            .directive("disable-next-line")
            .reason("duration is negotiated separately")
            .comment(SourceRange.of(US, 1, 1, 1, 70))
            .build())
        .build();
  }

  static List<Diagnostic> diagnostics() {
    // deliberately out of order: renderers sort
    return List.of(
        Diagnostic.builder()
            .code("SUR201")
            .name("missing-legislative-approval")
            .severity(Severity.ERROR)
            .message("US makes a military commitment that Congress never has to approve")
            .help(
                "add `; requires Congress ratification` to the commitment, or `requires Congress"
                    + " ratification.` to the arrangement")
            .range(SourceRange.of(US, 12, 5, 12, 55))
            .addRelated(RelatedLocation.of(SourceRange.of(US, 3, 3, 3, 24), "Congress is declared here"))
            .build(),
        Diagnostic.builder()
            .code("SUR004")
            .name("unused-suppression")
            .severity(Severity.INFO)
            .message("the configuration turns off SUR999, which is not a rule")
            .range(SourceRange.NONE)
            .build(),
        Diagnostic.builder()
            .code("SUR301")
            .name("force-level-conflict")
            .severity(Severity.ERROR)
            .message("UA must sustain at least 800000 personnel of armed forces but may have at most 600000")
            .range(SourceRange.of(US, 9, 3, 10, 22))
            .addRelated(
                RelatedLocation.of(SourceRange.of(US, 11, 3, 11, 43), "the limit is set here"))
            .addRelated(RelatedLocation.of(SourceRange.of(EUROPE, 1, 1, 1, 20), "a shared party"))
            .build(),
        Diagnostic.builder()
            .code("SUR111")
            .name("unknown-term")
            .severity(Severity.WARNING)
            .message("\"armed atack\" is not a known event; did you mean \"armed attack\"?")
            .help("write `armed attack`")
            .range(SourceRange.of(UA, 4, 17, 4, 28))
            .build(),
        Diagnostic.builder()
            .code("SUR114")
            .name("unused-declaration")
            .severity(Severity.INFO)
            .message("party UA \"Україна\" is declared but never used")
            .range(SourceRange.of(UA, 1, 1, 1, 20))
            .build(),
        Diagnostic.builder()
            .code("SUR203")
            .name("guarantor-is-threat")
            .severity(Severity.ERROR)
            .message("RU is a guarantor and a threat")
            .range(SourceRange.of(UA, 0, 0, 0, 0))
            .build(),
        Diagnostic.builder()
            .code("SUR003")
            .name("limit-exceeded")
            .severity(Severity.WARNING)
            .message("file is larger than the limit of 8 MiB (<max-file-size> & \"limits\")")
            .range(SourceRange.of(MISSING, 1, 1, 1, 1))
            .build());
  }

  static List<RuleDescriptor> rules() {
    return List.of(
        rule("SUR201", "missing-legislative-approval", Severity.WARNING,
            "A guarantor with a legislature makes a military commitment it need not approve."),
        rule("SUR003", "limit-exceeded", Severity.ERROR, "An input is beyond a resource limit."),
        rule("SUR004", "unused-suppression", Severity.INFO, "A suppression suppresses nothing."),
        rule("SUR111", "unknown-term", Severity.WARNING, "A phrase is close to a known term."),
        rule("SUR114", "unused-declaration", Severity.INFO, "A declaration is never used."),
        rule("SUR203", "guarantor-is-threat", Severity.ERROR, "A guarantor is also a threat."),
        rule("SUR301", "force-level-conflict", Severity.ERROR, "A limit is lower than a sustain."));
  }

  private static RuleDescriptor rule(String code, String name, Severity severity, String summary) {
    return RuleDescriptor.builder()
        .code(code)
        .name(name)
        .defaultSeverity(severity)
        .summary(summary)
        .explanation(summary + "\n\nSee the *rules page* for how to fix it.")
        .failingExample("// fails")
        .passingExample("// passes")
        .build();
  }
}

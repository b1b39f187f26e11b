package dev.surety.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surety.cli.Golden;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.validation.assessment.Assessment;
import dev.surety.validation.assessment.CommitmentDetail;
import dev.surety.validation.assessment.Criterion;
import dev.surety.validation.assessment.GuarantorDetail;
import dev.surety.validation.assessment.ScorecardLine;
import dev.surety.validation.assessment.Verdict;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentRenderersTest {

  static final String FILE = "us-guarantee.surety";

  static SourceRange at(int line, int column, int endColumn) {
    return SourceRange.of(FILE, line, column, line, endColumn);
  }

  static ScorecardLine line(Criterion criterion, boolean met, String reason, SourceRange... ranges) {
    return ScorecardLine.builder().criterion(criterion).met(met).reason(reason)
        .addRanges(ranges).build();
  }

  /** An assurance modelled on the 2024 US-Ukraine agreement: four of seven. */
  static Assessment usAgreement() {
    return Assessment.builder()
        .title("US-Ukraine Security Agreement | 2024")
        .file(FILE)
        .kind(ArrangementKind.GUARANTEE)
        .verdict(Verdict.ASSURANCE)
        .addScorecard(
            line(Criterion.OBLIGATION_TO_ACT, true, "US backstop acts on an armed attack by RU",
                at(12, 5, 55)),
            line(Criterion.OWN_FORCES, true, "a backstop is a response with the US's own forces",
                at(12, 5, 55)),
            line(Criterion.PROMPT, false, "no `within` and not immediate", at(12, 5, 55)),
            line(Criterion.LEGALLY_BINDING, false,
                "no ratification by Congress is required", at(12, 5, 55), at(3, 3, 26)),
            line(Criterion.DURABLE, true, "duration of 10 years", at(20, 3, 22)),
            line(Criterion.INDEPENDENT_GUARANTORS, true, "no guarantor is a threat"),
            line(Criterion.VETO_FREE, false, "the commitment runs through UNSC, where RU holds a veto",
                at(14, 5, 40)))
        .addGuarantors(GuarantorDetail.builder().id("US").name("United States")
            .addCommitments(
                CommitmentDetail.builder().kind("backstop").range(at(12, 5, 55)).binding(false)
                    .guaranteeGrade(false)
                    .addWhy("no ratification by Congress is required",
                        "runs through UNSC, where RU holds a veto")
                    .build(),
                CommitmentDetail.builder().kind("arms").range(at(13, 5, 30)).binding(true)
                    .guaranteeGrade(false).addWhy("arms are support, not a response").build())
            .build())
        .build();
  }

  /** A declaration with no guarantors and no kind. */
  static Assessment declaration() {
    var builder = Assessment.builder().title("Joint *Statement*").file("sub/joint.surety")
        .verdict(Verdict.DECLARATION);
    for (Criterion c : Criterion.values()) {
      builder.addScorecard(line(c, c == Criterion.INDEPENDENT_GUARANTORS,
          c == Criterion.INDEPENDENT_GUARANTORS ? "no guarantor is a threat" : "no commitment"));
    }
    return builder.build();
  }

  private static String render(AssessFormat format, List<Assessment> assessments) throws IOException {
    StringBuilder out = new StringBuilder();
    format.renderer().render(assessments, f -> "drafts/" + f, out);
    return out.toString();
  }

  @Test
  void text() throws IOException {
    Golden.assertMatches("dev/surety/cli/assess/assess.txt",
        render(AssessFormat.TEXT, List.of(usAgreement(), declaration())));
  }

  @Test
  void markdown() throws IOException {
    Golden.assertMatches("dev/surety/cli/assess/assess.md",
        render(AssessFormat.MARKDOWN, List.of(usAgreement(), declaration())));
  }

  @Test
  void json() throws IOException {
    String json = render(AssessFormat.JSON, List.of(usAgreement(), declaration()));
    Golden.assertMatches("dev/surety/cli/assess/assess.json", json);
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.path("version").asInt()).isEqualTo(1);
    JsonNode first = root.path("arrangements").path(0);
    assertThat(first.path("verdict").asText()).isEqualTo("assurance");
    assertThat(first.path("kind").asText()).isEqualTo("guarantee");
    assertThat(first.path("score").asInt()).isEqualTo(4);
    assertThat(first.path("scorecard")).hasSize(7);
    assertThat(first.path("scorecard").findValuesAsText("criterion")).containsExactly(
        "obligation-to-act", "own-forces", "prompt", "legally-binding", "durable",
        "independent-guarantors", "veto-free");
    JsonNode commitment = first.path("guarantors").path(0).path("commitments").path(0);
    assertThat(commitment.path("range").path("start").path("line").asInt()).isEqualTo(12);
    assertThat(commitment.path("guaranteeGrade").asBoolean()).isFalse();
    assertThat(root.path("arrangements").path(1).path("kind").isNull()).isTrue();
  }

  @Test
  void noArrangements() throws IOException {
    assertThat(render(AssessFormat.TEXT, List.of())).isEqualTo("no arrangements\n");
    assertThat(render(AssessFormat.JSON, List.of()))
        .isEqualTo("{\n  \"version\": 1,\n  \"arrangements\": []\n}\n");
    assertThat(render(AssessFormat.MARKDOWN, List.of())).endsWith("No arrangements were found.\n");
  }

  @Test
  void markdownCellsCannotBreakATable() {
    assertThat(MarkdownAssessmentRenderer.cell("a | b\nc *d*"))
        .isEqualTo("a \\| b c \\*d\\*");
    // a code span of the reason stays one (shown as code), its pipe escaped for the table
    assertThat(MarkdownAssessmentRenderer.cell("`mutual defence` binds *US*; `a|b` and `x"))
        .isEqualTo("`mutual defence` binds \\*US\\*; `a\\|b` and \\`x");
  }

  /**
   * A reason that holds the drafter's text (a `duration until "..."`, which a line over the
   * limit still holds) with a run of 400,000 blanks and no line break: put on one line at once
   * (the pattern that did it, tried at each blank of the run, took time quadratic in its length:
   * 32,000 blanks took 35 s in `assess`, 100,000 15 s here).
   */
  @Test
  void aLongRunOfBlanksIsPutOnOneLineAtOnce() {
    String blanks = " \t".repeat(200_000);
    String reason = "duration until an event: a" + blanks + "b";

    String one = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30), () -> TextAssessmentRenderer.oneLine(reason));

    assertThat(one).isEqualTo(reason);
    assertThat(TextAssessmentRenderer.oneLine("  a \t\r\n \n\tb c\r d \n"))
        .isEqualTo("a b c d");
  }

  @Test
  void formatsParseByName() {
    assertThat(AssessFormat.parse(" Markdown ")).contains(AssessFormat.MARKDOWN);
    assertThat(AssessFormat.parse("html")).isEmpty();
    assertThat(AssessFormat.spellings()).isEqualTo("text|json|markdown");
  }
}

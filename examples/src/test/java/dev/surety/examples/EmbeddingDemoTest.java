package dev.surety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.validation.SuretyValidator;
import dev.surety.validation.assessment.Assessment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingDemoTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EmbeddingDemo.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void validatesTheArrangementBuiltByHandAndTheCompiledOne() {
    assertThat(run()).isZero();
    String out = out();
    assertThat(out).startsWith("Built in Java:\n" + HandBuiltArrangement.TITLE + "\n"
        + "  verdict: assurance\n  score:   2/7\n");
    assertThat(out.substring(0, out.indexOf("Compiled from")))
        .contains("SUR205 error").doesNotContain(" 0:0 ");
    assertThat(out.substring(out.indexOf("Compiled from")))
        .startsWith("Compiled from north-atlantic-treaty-article-5.surety:\n"
            + "North Atlantic Treaty, Article 5\n  verdict: guarantee\n");
  }

  /**
   * The hand-built arrangement is the US–Ukraine draft statement for statement: the validator
   * judges both alike (the same verdict, score, scorecard and rule codes), though only the
   * compiled one has places in a file.
   */
  @Test
  void theHandBuiltArrangementIsJudgedAsTheDraftItEncodes() throws Exception {
    Arrangement built = HandBuiltArrangement.usUkraineGuarantee2026();
    Report compiled = Surety.create().check(
        List.of(EmbeddingDemo.locate("us-ukraine-guarantee-2026.surety")));
    Arrangement fromFile = compiled.arrangements().stream()
        .filter(a -> a.title().equals(HandBuiltArrangement.TITLE)).findFirst().orElseThrow();
    SuretyValidator validator = SuretyValidator.shared();

    Assessment expected = validator.assess(fromFile);
    Assessment actual = validator.assess(built);
    assertThat(actual.verdict()).isEqualTo(expected.verdict());
    assertThat(actual.score()).isEqualTo(expected.score());
    assertThat(actual.scorecard()).extracting(l -> l.met()).isEqualTo(
        expected.scorecard().stream().map(l -> l.met()).toList());
    assertThat(validator.validate(built)).extracting(Diagnostic::code)
        .containsExactlyInAnyOrderElementsOf(
            validator.validate(fromFile).stream().map(Diagnostic::code).toList());
    assertThat(validator.validate(built)).allSatisfy(d -> assertThat(d.range().isKnown()).isFalse());
    // and the same messages, but for the lines that only the compiled one can cite (the built one
    // says "no line"): the parties are the draft's, as parties/common.surety declares them (the US
    // with Congress and the Senate)
    assertThat(validator.validate(built)).extracting(d -> withoutLines(d.message()))
        .containsExactlyInAnyOrderElementsOf(
            validator.validate(fromFile).stream().map(d -> withoutLines(d.message())).toList());
  }

  private static String withoutLines(String message) {
    return message.replaceAll(" \\((?:line \\d+|no line)\\)|, (?:line \\d+|no line)", "");
  }

  /**
   * The drafts that the build's surety:compile put on the class path (examples/pom.xml), read
   * back and assessed: the reference is a guarantee, 7/7; the UK-Ukraine agreements are an
   * assurance, 4/7, and a declaration, 3/7; no draft with an error (Budapest, the US-Ukraine
   * history) is there. {@link CompiledDraftsTest} checks that they are all the sound drafts.
   */
  @Test
  void readsTheDraftsCompiledByTheBuildFromTheClasspath() {
    assertThat(run()).isZero();
    String out = out();
    String compiled = "Compiled by the build, read from the class path:\n";
    assertThat(out).contains(compiled);
    assertThat(out.substring(out.indexOf(compiled)))
        .contains("surety/north-atlantic-treaty-article-5.json: North Atlantic Treaty, Article 5\n"
            + "  verdict: guarantee\n  score:   7/7\n")
        .contains("UK-Ukraine Agreement on Security Co-operation\n  verdict: assurance\n"
            + "  score:   4/7\n")
        .contains("UK-Ukraine 100 Year Partnership\n  verdict: declaration\n  score:   3/7\n")
        .doesNotContain("Budapest")
        .doesNotContain("US-Ukraine");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void checksTheReferenceFromTheClasspathByDefault() {
    assertThat(run()).isZero();
    assertThat(out())
        .contains("North Atlantic Treaty, Article 5")
        .contains("verdict: guarantee")
        .contains("score:   ");
  }

  @Test
  void checksANamedDraftFromTheClasspath() {
    assertThat(run("budapest-memorandum-1994.surety")).isZero();
    assertThat(out())
        .contains("verdict: declaration")
        .contains("score:   0/7")
        .contains("SUR203 error");
  }

  @Test
  void checksAPathOnDisk() {
    assertThat(run("drafts/coalition-of-the-willing-2026.surety")).isZero();
    assertThat(out()).contains("verdict: assurance").contains("SUR108 warning");
  }

  @Test
  void reportsAMissingDraft() {
    assertThat(run("no-such-draft.surety")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such draft");
  }
}

package dev.surety.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckExecutorTest {

  @TempDir Path dir;

  private List<Path> drafts() throws IOException {
    Files.writeString(dir.resolve("parties.surety"), "party US \"United States\"; legislature Congress.\n"
        + "party UA \"Ukraine\".\nparty RU \"Russian Federation\".\n");
    Path a = Files.writeString(dir.resolve("a.surety"), "include \"parties.surety\".\n"
        + "arrangement \"A\" {\n  kind guarantee.\n  beneficiary UA.\n  against RU.\n"
        + "  trigger attack: armed attack; by RU.\n  US backstop: air defence; on attack.\n}\n");
    Path b = Files.writeString(dir.resolve("b.surety"), "include \"parties.surety\".\n"
        + "arrangement \"B\" {\n  beneficiary UA.\n  US military aid.\n}\n");
    return List.of(a, b);
  }

  /** Everything ({@code assess}), or the findings only ({@code lint}). */
  private CheckResult check(boolean findingsOnly, int jobs) throws IOException {
    return CheckExecutor.execute(CheckRequest.builder().files(drafts()).root(dir)
        .workingDirectory(dir).jobs(jobs).findingsOnly(findingsOnly).assess(!findingsOnly).build());
  }

  @Test
  void withoutAssessTheModelsComeAndNoAssessment() throws IOException {
    CheckResult all = check(false, 1);
    CheckResult models = CheckExecutor.execute(CheckRequest.builder().files(drafts()).root(dir)
        .workingDirectory(dir).jobs(1).build());
    assertThat(models.arrangements()).isEqualTo(all.arrangements()).hasSize(2);
    assertThat(models.assessments()).isEmpty();
    assertThat(models.diagnostics()).isEqualTo(all.diagnostics());
  }

  @Test
  void findingsOnlyKeepsEveryFindingSourceAndFileButNoModel() throws IOException {
    CheckResult all = check(false, 1);
    CheckResult findings = check(true, 2);
    assertThat(all.arrangements()).hasSize(2);
    assertThat(all.assessments()).hasSize(2);
    assertThat(findings.arrangements()).isEmpty();
    assertThat(findings.assessments()).isEmpty();
    assertThat(findings.diagnostics()).isNotEmpty().isEqualTo(all.diagnostics());
    // of the texts, the lines the findings start on, in their places: the same snippets
    assertThat(findings.sources()).containsOnlyKeys(all.sources().keySet())
        .containsKeys("a.surety", "parties.surety");
    for (var d : all.diagnostics()) {
      int line = d.range().start().line();
      assertThat(lines(findings.sources().get(d.range().file())).get(line - 1))
          .isEqualTo(lines(all.sources().get(d.range().file())).get(line - 1))
          .isNotBlank();
    }
    findings.sources().forEach((file, text) -> {
      assertThat(lines(text)).hasSameSizeAs(lines(all.sources().get(file)));
      assertThat(lines(text).stream().filter(l -> !l.isEmpty()).count()).isEqualTo(
          all.diagnostics().stream().filter(d -> d.range().file().equals(file))
              .map(d -> d.range().start().line()).distinct().count());
    });
    assertThat(render(findings)).isEqualTo(render(all));
    assertThat(findings.fileCount()).isEqualTo(all.fileCount()).isEqualTo(3);
    assertThat(findings.filesRead()).isEqualTo(all.filesRead());
    assertThat(findings.failed()).isEqualTo(all.failed());
  }

  @Test
  void equalHelpAndRelatedTextsAreKeptOnceForTheWholeCheck() throws IOException {
    // the same unused trigger in two files: a help the rule builds for each finding
    List<Path> files = new ArrayList<>();
    for (String name : List.of("c", "d")) {
      files.add(Files.writeString(dir.resolve(name + ".surety"), "party UA \"Ukraine\".\n"
          + "party RU \"Russian Federation\".\narrangement \"" + name + "\" {\n"
          + "  beneficiary UA.\n  trigger t1: armed attack; by RU.\n}\n"));
    }
    List<Diagnostic> findings = CheckExecutor.execute(CheckRequest.builder().files(files)
        .root(dir).workingDirectory(dir).jobs(2).findingsOnly(true).build()).diagnostics();
    List<Diagnostic> unused = findings.stream().filter(d -> d.code().equals("SUR114")).toList();
    assertThat(unused).hasSize(2);
    assertThat(unused.get(0).help()).isPresent();
    assertThat(unused.get(0).help().get()).isSameAs(unused.get(1).help().get());
    List<RelatedLocation> related = check(true, 2).diagnostics().stream()
        .flatMap(d -> d.related().stream()).toList();
    for (RelatedLocation a : related) {
      for (RelatedLocation b : related) {
        if (a.message().equals(b.message())) {
          assertThat(a.message()).isSameAs(b.message());
        }
      }
    }
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  private static String render(CheckResult result) {
    return new dev.surety.cli.format.TextRenderer().renderToString(
        dev.surety.cli.format.LintReport.builder().diagnostics(result.diagnostics())
            .sources(result.sources()).fileCount(result.fileCount()).build());
  }

  @Test
  void findingsAreSortedAndEachKeptOnceInTheOrderTheyFirstCame() {
    java.util.List<dev.surety.core.diagnostic.Diagnostic> findings = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 2000; i++) {
      // few files, lines, codes and messages: many ties, many repeats; help tells tied ones apart
      findings.add(dev.surety.core.diagnostic.Diagnostic.builder()
          .code("SUR10" + random.nextInt(2))
          .name("rule")
          .severity(dev.surety.core.diagnostic.Severity.WARNING)
          .message("message " + random.nextInt(2))
          .help("help " + random.nextInt(3))
          .range(dev.surety.core.source.SourceRange.of("f" + random.nextInt(3), 1 + random.nextInt(4),
              1, 5 + random.nextInt(2), 2))
          .build());
    }
    // the definition: each once, in the order first seen, then sorted stably
    java.util.List<dev.surety.core.diagnostic.Diagnostic> expected =
        new java.util.ArrayList<>(new java.util.LinkedHashSet<>(findings));
    expected.sort(dev.surety.core.diagnostic.Diagnostic.ORDER);
    assertThat(CheckExecutor.distinctSorted(findings)).containsExactlyElementsOf(expected)
        .doesNotHaveDuplicates();
    assertThat(expected.size()).isBetween(100, 600);
  }

  @Test
  void anInputWhoseCheckFailsInsideSuretyIsNamedAndTheOthersStillCount() throws IOException {
    CheckRequest request = CheckRequest.builder().files(drafts()).root(dir).workingDirectory(dir)
        .jobs(1).build();
    CheckExecutor.Kept failed = CheckExecutor.guarded(request, new CheckExecutor.Strings(),
        "a.surety", () -> {
          throw new ArithmeticException("long overflow");
        });
    assertThat(failed.report()).isNull();
    assertThat(failed.ownFile()).isEqualTo("a.surety");
    assertThat(failed.failure()).isInstanceOf(ArithmeticException.class);
    CheckExecutor.Kept outOfMemory = CheckExecutor.guarded(request, new CheckExecutor.Strings(),
        "big.surety", () -> {
          throw new OutOfMemoryError("Java heap space");
        });
    assertThat(outOfMemory.failure()).isInstanceOf(OutOfMemoryError.class);
    assertThat(outOfMemory.ownFile()).isEqualTo("big.surety");
    CheckExecutor.Kept fine = CheckExecutor.guarded(request, new CheckExecutor.Strings(),
        "b.surety", () -> dev.surety.dsl.Surety.create().check("party UA \"Ukraine\".\n", "b.surety"));
    assertThat(fine.failure()).isNull();
    assertThat(fine.report()).isNotNull();

    CheckResult ok = check(true, 1);
    assertThat(ok.failures()).isEmpty();
    ok.requireNoFailures(); // nothing to throw
    CheckResult withFailure = new CheckResult(ok.diagnostics(), ok.sources(), ok.fileCount(),
        ok.arrangements(), ok.assessments(), ok.filesRead(), ok.failOn(),
        List.of(new CheckResult.CheckFailure("a.surety", new ArithmeticException("long overflow"))),
        List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(withFailure::requireNoFailures)
        .isInstanceOf(CheckFailedException.class)
        .hasMessage("internal error while checking a.surety: java.lang.ArithmeticException: long overflow");
  }
}

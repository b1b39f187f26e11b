package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.diagnostic.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The compiler never throws, never hangs and never overflows the stack, whatever the input. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RobustnessTest {

  private final SuretyCompiler compiler = SuretyCompiler.create();

  private static List<Diagnostic> of(Compilation c, String code) {
    return c.diagnostics().stream().filter(d -> d.code().equals(code)).collect(Collectors.toList());
  }

  @Test
  void emptyFile() {
    Compilation c = compiler.compile("", "empty.surety");
    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.files()).hasSize(1);
    assertThat(c.arrangements()).isEmpty();
  }

  @Test
  void binaryGarbage(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[200_000];
    new Random(42).nextBytes(bytes);
    Path file = dir.resolve("garbage.surety");
    Files.write(file, bytes);
    Compilation c = compiler.compile(file);
    assertThat(c.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("the file is binary, not a draft"));
    // without a NUL byte, garbage is read as text: at most 100 syntax errors, then a summary
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
    }
    Files.write(file, bytes);
    Compilation text = compiler.compile(file);
    assertThat(of(text, "SUR001")).isNotEmpty().hasSizeLessThanOrEqualTo(102);
    assertThat(text.diagnostics()).anyMatch(d -> d.message().contains("not valid UTF-8"));
  }

  @Test
  void invalidUtf8IsReportedAtItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.surety");
    byte[] head = "party UA \"Ukraine\".\nparty US \"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\".\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xC3;
    all[head.length + 1] = (byte) 0x28;
    System.arraycopy(tail, 0, all, head.length + 2, tail.length);
    Files.write(file, all);
    Compilation c = compiler.compile(file);
    assertThat(of(c, "SUR001")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("the file is not valid UTF-8 at line 2, column 11; the"
          + " bytes that are not were read as U+FFFD");
      // the replacement character underlined, where the byte is, not the line's start (a
      // byte-order mark before it counts no column: RobustnessTest#aByteOrderMarkCountsNoColumn)
      assertThat(d.range()).isEqualTo(dev.surety.core.source.SourceRange.of("bad.surety", 2, 11, 2, 12));
    });
    assertThat(c.files().get(0).parties()).hasSize(2);
  }

  @Test
  void tenThousandUnclosedBraces() {
    Compilation c = compiler.compile("arrangement \"A\" " + "{".repeat(10_000), "braces.surety");
    assertThat(of(c, "SUR003")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("maxNestingDepth"));
    assertThat(of(c, "SUR001")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void hundredThousandOpeningBraces() {
    Compilation c = compiler.compile("{".repeat(100_000), "deep.surety");
    assertThat(of(c, "SUR003")).hasSize(1);
    assertThat(of(c, "SUR001")).hasSize(1);
  }

  @Test
  void oneMegabyteLine() {
    String line = "condition \"" + "x".repeat(1_000_000) + "\".";
    Compilation c = compiler.compile("arrangement \"A\" {\n" + line + "\n}\n", "long.surety");
    assertThat(of(c, "SUR003")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.message()).contains("maxLineLength");
    });
  }

  @Test
  void listOfTwoHundredThousandItems() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      items.append(i == 0 ? "" : ",\n").append("land");
    }
    Compilation c = compiler.compile("arrangement \"A\" {\n  covers " + items + ".\n}\n", "list.surety");
    assertThat(of(c, "SUR003")).singleElement().satisfies(d -> {
      // the first item over the limit, the first one left out
      assertThat(d.range().start().line()).isEqualTo(100_002);
      assertThat(d.message()).contains("maxListItems").contains("200000");
    });
    assertThat(c.arrangements().get(0).covers()).hasSize(100_000);
  }

  @Test
  void numbersTooLargeForALong() {
    String big = "9".repeat(400);
    Compilation c = compiler.compile(
        "party UA \"U\".\ncoalition C \"C\": UA; size " + big + ".\narrangement \"A\" {\n"
            + "  UA military aid: air; within " + big + " hours; annually EUR " + big + " billion.\n"
            + "  sustain UA armed forces: " + big + ".5 personnel.\n  duration " + big + " years.\n}\n",
        "big.surety");
    assertThat(of(c, "SUR005")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.message()).contains("not a plausible number of members");
    });
    assertThat(of(c, "SUR001")).isEmpty();
    assertThat(c.arrangements().get(0).durations()).hasSize(1);
  }

  @Test
  void maxIncludeDepthCountsTheIncludesOfAChain(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.surety"), "include \"b.surety\".\n");
    Files.writeString(dir.resolve("b.surety"), "include \"c.surety\".\n");
    Files.writeString(dir.resolve("c.surety"), "party UA \"Ukraine\".\n");
    SuretyCompiler one = SuretyCompiler.create(CompilerOptions.builder().root(dir)
        .limits(Limits.builder().maxIncludeDepth(1).build()).build());
    // a → b is one include deep: allowed; b → c makes it two
    assertThat(of(one.compile(dir.resolve("b.surety")), "SUR003")).isEmpty();
    assertThat(of(one.compile(dir.resolve("a.surety")), "SUR003")).singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo(
            "includes are chained more than 1 deep (maxIncludeDepth): a.surety → b.surety → c.surety"));
    SuretyCompiler two = SuretyCompiler.create(CompilerOptions.builder().root(dir)
        .limits(Limits.builder().maxIncludeDepth(2).build()).build());
    assertThat(of(two.compile(dir.resolve("a.surety")), "SUR003")).isEmpty();
  }

  @Test
  void aFileJustOverTheSizeLimitIsMeasuredInBytes() {
    // not "8.0 MiB, over the limit of 8 MiB"
    assertThat(dev.surety.dsl.internal.Session.over(8 * 1024 * 1024 + 39, 8 * 1024 * 1024))
        .isEqualTo("8,388,647 bytes, over the limit of 8,388,608 bytes (8 MiB)");
    assertThat(dev.surety.dsl.internal.Session.over(10 * 1024 * 1024, 8 * 1024 * 1024))
        .isEqualTo("10 MiB, over the limit of 8 MiB");
    assertThat(dev.surety.dsl.internal.Session.over(20000, 1024))
        .isEqualTo("20000 bytes, over the limit of 1024 bytes");
  }

  @Test
  void fileOverTheSizeLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.surety");
    Files.writeString(file, "party UA \"Ukraine\".\n".repeat(1000));
    Compilation c = SuretyCompiler.create(CompilerOptions.builder()
        .limits(Limits.builder().maxFileBytes(1024).build()).build()).compile(file);
    assertThat(of(c, "SUR003")).singleElement().satisfies(d ->
        assertThat(d.message()).isEqualTo(
            "file big.surety is 20000 bytes, over the limit of 1024 bytes (maxFileBytes)"));
    // the file is named, at no line of it: it is not read, and no line of it is in question
    assertThat(of(c, "SUR003")).singleElement().satisfies(d -> {
      assertThat(d.range().file()).isEqualTo("big.surety");
      assertThat(d.range().isKnown()).isFalse();
    });
  }

  @Test
  void missingTopLevelPath(@TempDir Path dir) {
    Compilation c = compiler.compile(dir.resolve("nowhere.surety"));
    assertThat(of(c, "SUR002")).singleElement().satisfies(d ->
        assertThat(d.message()).startsWith("cannot read nowhere.surety: "));
  }

  @Test
  void aDirectoryNamedByALinkIsCompiledWhole(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("real/sub"));
    Files.writeString(real.resolve("../a.surety"), "party UA \"Ukraine\".\n");
    Files.writeString(real.resolve("b.surety"), "party US \"United States\".\n");
    Path link = Files.createSymbolicLink(dir.resolve("drafts"), dir.resolve("real"));
    Compilation c = compiler.compile(link);
    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.files()).flatExtracting(f -> f.parties()).extracting(p -> p.id())
        .containsExactly("UA", "US");
  }

  @Test
  void aLinkToAFileIsReportedUnderTheLinksNameOnce(@TempDir Path dir) throws Exception {
    // the file an editor has open is the link: its findings must name it, not where it leads
    Path root = Files.createDirectories(dir.resolve("root"));
    Files.writeString(dir.resolve("secret.surety"), "party X \"Secret\"\n");
    Files.createSymbolicLink(root.resolve("link.surety"), Path.of("../secret.surety"));
    Files.writeString(root.resolve("a.surety"), "party Y \"Y\".\n");
    for (Compilation c : List.of(compiler.compile(root), compiler.compile(root.resolve("link.surety")),
        SuretyCompiler.create(CompilerOptions.builder().root(root).build())
            .compile(root.resolve("link.surety")))) {
      assertThat(c.files()).extracting(f -> f.path()).contains("link.surety")
          .doesNotContain("secret.surety", dir.resolve("secret.surety").toString());
      assertThat(of(c, "SUR001")).singleElement()
          .satisfies(d -> assertThat(d.range().file()).isEqualTo("link.surety"));
    }
  }

  @Test
  void bytesInMemoryAreReadAsAFileIs(@TempDir Path dir) throws Exception {
    byte[] latin1 = "party UA \"Ukr\u00e4ine\".\n".getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("ua.surety"), latin1);
    assertThat(of(compiler.compileBytes(latin1, "ua.surety"), "SUR001"))
        .isEqualTo(of(SuretyCompiler.create(CompilerOptions.builder().root(dir).build())
            .compile(file), "SUR001"))
        .singleElement().satisfies(d -> assertThat(d.message()).startsWith("the file is not valid UTF-8"));
    // a byte-order mark is dropped, as from a file
    byte[] bom = "\uFEFFparty UA \"Ukraine\".\n".getBytes(StandardCharsets.UTF_8);
    assertThat(compiler.compileBytes(bom, "bom.surety").diagnostics()).isEmpty();
    // over the size limit: SUR003, nothing decoded
    Compilation big = SuretyCompiler.create(CompilerOptions.builder()
        .limits(Limits.builder().maxFileBytes(16).build()).build())
        .compileBytes(new byte[17], "big.surety");
    assertThat(of(big, "SUR003")).singleElement().satisfies(d -> assertThat(d.message())
        .isEqualTo("big.surety is larger than the limit of 16 bytes (maxFileBytes)"));
    assertThat(of(big, "SUR003")).singleElement()
        .satisfies(d -> assertThat(d.range().isKnown()).isFalse());
    assertThat(compiler.compileBytes(new byte[0], null).diagnostics()).isEmpty();
  }

  @Test
  void aNullDraftIsRefusedByNameAndANullNameIsTheSource() {
    // a null draft is the caller's mistake, not an empty draft that passes every check
    assertThatThrownBy(() -> compiler.compile(null, "a.surety"))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> compiler.compileBytes(null, "a.surety"))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThat(compiler.compile("", null).diagnostics()).isEmpty();
    assertThat(compiler.compile("party", null).diagnostics())
        .allSatisfy(d -> assertThat(d.range().file()).isEqualTo("<source>"));
    assertThat(compiler.compile("\u0000\u0001}}}.;;", "odd.surety").hasErrors()).isTrue();
  }

  /** An empty or blank name is no name: its findings were placed in a file named "". */
  @Test
  void anEmptyOrBlankNameIsTheSourceToo() {
    for (String name : new String[] {"", "  "}) {
      Report report = Surety.create().check("include \"gone.surety\".\nparty", name);
      assertThat(report.diagnostics()).isNotEmpty().allSatisfy(d -> {
        assertThat(d.range().file()).isEqualTo("<source>");
        assertThat(d.message()).doesNotContain("chain: )", "chain:   )");
      });
      assertThat(compiler.compileBytes(new byte[] {'}'}, name).diagnostics())
          .allSatisfy(d -> assertThat(d.range().file()).isEqualTo("<source>"));
      assertThat(dev.surety.dsl.format.SuretyFormatter.create().format("party", name).diagnostics())
          .isNotEmpty().allSatisfy(d -> assertThat(d.range().file()).isEqualTo("<source>"));
    }
  }

  @Test
  void fuzzedDraftsNeverThrow() {
    String base = "include \"x.surety\".\nparty US \"United States\"; legislature Congress.\n"
        + "arrangement \"A\" {\n kind guarantee.\n layer \"L\" {\n  US backstop: air; on t; within 3 days.\n }\n}\n";
    Random random = new Random(7);
    for (int i = 0; i < 300; i++) {
      StringBuilder s = new StringBuilder(base);
      for (int k = 0; k < 3; k++) {
        int at = random.nextInt(s.length());
        if (random.nextBoolean()) {
          s.deleteCharAt(at);
        } else {
          s.insert(at, "{}.;:,\"/*@".charAt(random.nextInt(10)));
        }
      }
      assertThat(compiler.compile(s.toString(), "fuzz.surety")).isNotNull();
    }
  }

  /**
   * Found by fuzzing (CheckFuzzTestInputs/check/crash-4a20c2ad...): a statement that fails on its
   * first token, after a line without its `.`, was recovered by reading it again as it stood, for
   * ever: the parse ran out of memory. Each mistake is now one SUR001, and the parse ends.
   */
  @Test
  void statementThatFailsOnItsFirstTokenAfterAMissingDot() {
    Compilation c = compiler.compile(
        "arrangement \"A\" {\n  kind guarantee\n  duration \"\n}\n", "typing.surety");
    assertThat(of(c, "SUR003")).isEmpty();
    assertThat(of(c, "SUR001")).extracting(d -> d.range().start().line()).containsExactly(2, 3);
    assertThat(c.arrangements()).hasSize(1);
  }

  @Test
  void aNullWhereTheCallingCodeMustGiveSomethingThrowsAtOnceNamingIt() {
    // a mistake of the calling code, not an input: before, a null list became a SUR001 whose
    // message was a NullPointerException's, as if the draft had a syntax error
    assertThatThrownBy(() -> compiler.compile((Path[]) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("paths");
    assertThatThrownBy(() -> compiler.compile((List<Path>) null)).hasMessage("paths");
    assertThatThrownBy(() -> compiler.compile(java.util.Arrays.asList(Path.of("a.surety"), null)))
        .hasMessage("paths[1] is null");
    assertThatThrownBy(() -> SuretyCompiler.create(null)).hasMessage("options");
    assertThatThrownBy(() -> Surety.builder().compilerOptions(null)).hasMessage("compilerOptions");
    assertThatThrownBy(() -> Surety.builder().severities(null)).hasMessage("severities");
    assertThatThrownBy(() -> Surety.create().check((List<Path>) null)).hasMessage("paths");
    assertThatThrownBy(() -> Surety.create().check((Compilation) null)).hasMessage("compilation");
    assertThatThrownBy(() -> Surety.create().check((String) null, "a.surety")).hasMessage("source");
    assertThatThrownBy(() -> Surety.severities(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("overrides");
    assertThatThrownBy(() -> dev.surety.validation.SuretyValidator.shared().validate(null))
        .isInstanceOf(NullPointerException.class).hasMessage("arrangement");
    assertThatThrownBy(() -> dev.surety.validation.SuretyValidator.shared().assess(null))
        .isInstanceOf(NullPointerException.class).hasMessage("arrangement");
    assertThatThrownBy(() -> dev.surety.core.model.Phrase.of(
        (dev.surety.core.vocabulary.CommitmentKind) null))
        .isInstanceOf(NullPointerException.class).hasMessage("term");
    // what the validator returns is read-only, like every list of the API
    var found = dev.surety.validation.SuretyValidator.shared().validate(
        compiler.compile("arrangement \"A\" { }", "a.surety").arrangements().get(0));
    assertThat(found).isNotEmpty();
    assertThatThrownBy(found::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> dev.surety.dsl.json.ArrangementJson.read((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> dev.surety.dsl.json.ArrangementJson.readResource(null))
        .hasMessage("path");
    assertThatThrownBy(() -> Limits.builder().maxFileBytes(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit maxFileBytes must be a positive integer, not -1");
    assertThatThrownBy(() -> Limits.builder().maxLineLength(0).build())
        .hasMessage("limit maxLineLength must be a positive integer, not 0");
  }

  @Test
  void aByteOrderMarkCountsNoColumn(@TempDir Path dir) throws Exception {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'p', 'a', 'r', 't', 'y', ' ', 'U', 'A',
        ' ', '"', (byte) 0xFF, '"', '.', '\n'};
    Path file = Files.write(dir.resolve("bom.surety"), bytes);
    assertThat(of(compiler.compile(file), "SUR001")).singleElement()
        .satisfies(d -> assertThat(d.range().start().column()).isEqualTo(11));
  }

  /**
   * A failure inside the compiler is thrown as it is, for the caller to report as its own: an
   * OutOfMemoryError was caught and reported as a syntax error (SUR001 "the input could not be
   * compiled: java.lang.OutOfMemoryError: Java heap space") of a file named {@code <input>}, which
   * no drafter could act on. Here a path that throws when the compiler asks where it is.
   */
  @Test
  void aFailureInsideTheCompilerIsThrownNotReportedAsAFinding() {
    Path failing = (Path) java.lang.reflect.Proxy.newProxyInstance(Path.class.getClassLoader(),
        new Class<?>[] {Path.class}, (proxy, method, args) -> {
          throw new OutOfMemoryError("Java heap space");
        });
    SuretyCompiler compiler = SuretyCompiler.create();

    assertThatThrownBy(() -> compiler.compile(failing)).isInstanceOf(OutOfMemoryError.class);
    assertThatThrownBy(() -> Surety.create().check(List.of(failing)))
        .isInstanceOf(OutOfMemoryError.class);
  }
}

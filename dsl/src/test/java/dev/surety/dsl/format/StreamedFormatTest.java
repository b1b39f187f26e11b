package dev.surety.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.dsl.internal.SuretyParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter reads a file as a stream (its statements laid out as the parser leaves them, the
 * formatted text's tokens compared with the original's as both are lexed): it must give exactly
 * what it gave when it buffered every token and built the whole parse tree ({@link
 * WholeTreeFormatter#format}), the formatted text, the diagnostics and the text read, on
 * every text: the repository's drafts, the fuzzing seeds, drafts generated at random (comments
 * and directives everywhere, line ends CRLF or a byte-order mark on some) and a large one.
 */
class StreamedFormatTest {

  private static final SuretyFormatter FORMATTER = SuretyFormatter.create();

  private static final Path SEEDS = Path.of("src/test/resources/dev/surety/dsl/format/"
      + "FormatFuzzTestInputs/format");

  static Stream<String> repositoryFiles() throws IOException {
    return Stream.of(RepositoryFormatTest.DRAFT, RepositoryFormatTest.BROKEN,
            RepositoryFormatTest.UNFORMATTED)
        .flatMap(extension -> {
          try {
            return RepositoryFormatTest.files(extension).stream();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  static List<String> seeds() throws IOException {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("repositoryFiles")
  void aRepositoryFileFormatsAsFromTheWholeTree(String name) throws IOException {
    String source =
        Files.readString(RepositoryFormatTest.REPOSITORY.resolve(name), StandardCharsets.UTF_8);
    assertSame(source, name);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void aFuzzingSeedFormatsAsFromTheWholeTree(String name) throws IOException {
    assertSame(new String(Files.readAllBytes(SEEDS.resolve(name)), StandardCharsets.UTF_8), name);
  }

  @Test
  void generatedDraftsFormatAsFromTheWholeTree() {
    int refused = 0;
    for (int seed = 0; seed < 400; seed++) {
      String draft = Drafts.generate(new Random(seed));
      if (seed % 5 == 1) {
        draft = draft.replace("\n", "\r\n");
      } else if (seed % 5 == 2) {
        draft = "\uFEFF" + draft;
      }
      FormatResult streamed = assertSame(draft, "generated-" + seed + ".surety");
      refused += streamed.leftAsItIs().isPresent() ? 1 : 0;
    }
    // the directives of the generated drafts make the formatter refuse some: those compared, too
    assertThat(refused).isPositive();
  }

  @Test
  void aLargeDraftFormatsAsFromTheWholeTree() {
    String draft = large(3000);
    FormatResult streamed = assertSame(draft, "large.surety");
    assertThat(streamed.formatted()).isPresent();
    assertThat(streamed.formatted().get()).isNotEqualTo(draft)
        .contains("\n  P2995 mutual defence: land; on t. // its one commitment\n");
  }

  @Test
  void theParseTreeHoldsOneStatementAtATime() {
    String draft = large(500);
    SuretyFormatter.Printer printer = new SuretyFormatter.Printer("\n", Set.of(), draft.length());
    SuretyParser parser = SuretyFormatter.streamedParser(draft, "large.surety", printer);
    SuretyFormatter.Structure structure = new SuretyFormatter.Structure(printer);
    int[] largest = new int[1];
    parser.onRuleExit(ctx -> {
      structure.accept(ctx);
      ParserRuleContext root = ctx;
      while (root.getParent() != null) {
        root = root.getParent();
      }
      largest[0] = Math.max(largest[0], size(root));
    });
    SuretyParser.FileContext tree = parser.file();
    assertThat(tree.fileBody().getChildCount()).isZero();
    assertThat(printer.finish())
        .isEqualTo(FORMATTER.format(draft, "large.surety").formatted().orElseThrow());
    // a commitment with its arrangement, layer and bodies around it: some 30 nodes; the whole
    // tree of 1,000 statements would hold thousands
    assertThat(largest[0]).isBetween(10, 60);
  }

  /**
   * A draft of {@code parties} parties, each with a commitment, some in a layer, with comments,
   * not laid out canonically.
   */
  private static String large(int parties) {
    StringBuilder out = new StringBuilder("// a generated draft\narrangement   \"Big\"  {\n"
        + "kind  guarantee .\nstatus draft.\ntrigger t:  armed attack.\n");
    for (int i = 0; i < parties; i++) {
      if (i % 10 == 0) {
        out.append("   // party ").append(i).append(" and the nine after it\n");
      }
      out.append("party  P").append(i).append(" \"Party ").append(i).append("\".\n");
    }
    out.append("layer \"first\" {\n");
    for (int i = 0; i < parties; i++) {
      if (i == parties / 2) {
        out.append("}\n\n\n");
      }
      out.append(i % 7 == 6 ? "P" + i + "   mutual defence :land ;  on t .  // its one commitment\n"
          : "P" + i + " mutual defence:  land; on t.\n");
    }
    return out.append("}\n/* the end */\n").toString();
  }

  private static int size(ParseTree tree) {
    int size = 1;
    for (int i = 0; i < tree.getChildCount(); i++) {
      size += size(tree.getChild(i));
    }
    return size;
  }

  private static FormatResult assertSame(String source, String name) {
    FormatResult streamed = FORMATTER.format(source, name);
    FormatResult whole = WholeTreeFormatter.format(source, name);
    assertThat(streamed.formatted()).as("formatted text of %s", name).isEqualTo(whole.formatted());
    assertThat(streamed.diagnostics()).as("diagnostics of %s", name)
        .isEqualTo(whole.diagnostics());
    assertThat(streamed.read()).as("text read of %s", name).isEqualTo(whole.read());
    return streamed;
  }
}

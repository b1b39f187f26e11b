package dev.surety.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link StreamedParse}: on every draft of the repository, and on drafts cut and spliced. */
class StreamedParseTest {

  /** The repository's drafts and the check harness's corpus (generated drafts, crash reproducers). */
  static List<String> drafts() throws IOException {
    return drafts(true);
  }

  /**
   * The drafts, with or without the fuzzer's crash reproducers (garbage by nature: splicing their
   * lines would make most spliced drafts fail to parse, whatever the parser does).
   */
  static List<String> drafts(boolean withCrashes) throws IOException {
    List<Path> roots = List.of(Path.of("../examples/drafts"), Path.of("src/test/resources/golden"),
        Path.of("src/test/resources/diff"),
        Path.of("src/test/resources/dev/surety/dsl/fuzz/CheckFuzzTestInputs/check"));
    List<String> texts = new java.util.ArrayList<>();
    for (Path root : roots) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile)
            .filter(f -> withCrashes || !f.getFileName().toString().startsWith("crash-"))
            .sorted().collect(Collectors.toList())) {
          texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      }
    }
    return texts;
  }

  @Test
  void everyDraftOfTheRepositoryParsesTheSameBothWays() throws IOException {
    List<String> drafts = drafts();
    assertThat(drafts).hasSizeGreaterThan(40);
    long compared = drafts.stream().filter(StreamedParse::sameAsRecovering).count();
    // most drafts have no syntax error, so the two paths were really compared
    assertThat(compared).isGreaterThan(drafts.size() / 2);
  }

  @Property(tries = 400)
  void draftsSplicedParseTheSameBothWays(@ForAll("spliced") String text) {
    StreamedParse.sameAsRecovering(text);
  }

  @Test
  void mostSplicedDraftsAreComparedNotJustRecovered() throws IOException {
    // a fixed seed: the same 200 drafts on every run
    Random random = new Random(20261130L);
    Pieces pieces = pieces();
    long compared = 0;
    for (int i = 0; i < 200; i++) {
      if (StreamedParse.sameAsRecovering(pieces.splice(random))) {
        compared++;
      }
    }
    assertThat(compared).as("spliced drafts without a syntax error").isGreaterThan(60);
  }

  /**
   * New drafts made of the repository's one-line statements: some shared declarations, then an
   * arrangement whose members are drawn from every draft's members (many of them parse, so the
   * two paths are compared on combinations no draft has).
   */
  @Provide
  Arbitrary<String> spliced() throws IOException {
    Pieces pieces = pieces();
    return Arbitraries.randomValue(pieces::splice);
  }

  private static Pieces pieces() throws IOException {
    List<String> lines = drafts(false).stream().flatMap(String::lines).distinct()
        .collect(Collectors.toList());
    return new Pieces(
        lines.stream().filter(l -> l.matches("(party|organisation|coalition|trigger) \\S.*\\.")).toList(),
        lines.stream().filter(l -> l.matches("  [a-zA-Z]\\S.*\\.")).toList());
  }

  /** The one-line statements to splice: file-level declarations and arrangement members. */
  private record Pieces(List<String> shared, List<String> members) {
    String splice(Random random) {
      StringBuilder out = new StringBuilder();
      for (int i = random.nextInt(7); i > 0; i--) {
        out.append(shared.get(random.nextInt(shared.size()))).append('\n');
      }
      out.append("arrangement \"Spliced\" {\n");
      for (int i = 1 + random.nextInt(30); i > 0; i--) {
        out.append(members.get(random.nextInt(members.size()))).append('\n');
      }
      return out.append("}\n").toString();
    }
  }
}

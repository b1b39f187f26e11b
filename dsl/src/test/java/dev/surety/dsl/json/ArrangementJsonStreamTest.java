package dev.surety.dsl.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.model.Arrangement;
import dev.surety.dsl.Compilation;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.SuretyCompiler;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ArrangementJson#write(Arrangement, OutputStream)} and {@link
 * ArrangementJson#write(Arrangement, java.io.Writer)}, which {@code surety compile} streams
 * through, write exactly what {@link ArrangementJson#write(Arrangement)} returns: byte for byte,
 * for every arrangement of the example drafts and the golden drafts, and for text beyond ASCII.
 */
class ArrangementJsonStreamTest {

  private static final List<Path> ROOTS =
      List.of(Path.of("../examples/drafts"), Path.of("src/test/resources/golden"));

  /** Every draft of the examples and the golden suite, as its root and its path. */
  static Stream<Path[]> drafts() throws IOException {
    List<Path[]> drafts = new ArrayList<>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".surety"))
            .sorted().collect(Collectors.toList())) {
          drafts.add(new Path[] {root, file});
        }
      }
    }
    return drafts.stream();
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("drafts")
  void streamsTheSameBytesAsTheText(Path root, Path draft) throws IOException {
    Compilation compilation =
        SuretyCompiler.create(CompilerOptions.builder().root(root).build()).compile(draft);
    for (Arrangement arrangement : compilation.arrangements()) {
      assertStreamsAsText(arrangement);
    }
  }

  /** Quotes, controls, Cyrillic, guillemets and a character beyond U+FFFF, as four bytes. */
  @Test
  void textBeyondAsciiIsWrittenAsUtf8NotEscaped() throws IOException {
    Arrangement arrangement = Arrangement.builder().from(Arrangements.rich())
        .title("«Україна» \"quoted\"\ttab\nline 🛡 shield <&>").build();

    byte[] bytes = assertStreamsAsText(arrangement);

    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .contains("\"title\": \"«Україна» \\\"quoted\\\"\\ttab\\nline 🛡 shield <&>\"")
        .doesNotContain("\\uD83D");
  }

  /** Flushed through a buffer, not closed: a second document follows the first on the stream. */
  @Test
  void flushesAndLeavesTheStreamOpen() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean[] closed = {false};
    OutputStream out = new FilterOutputStream(new BufferedOutputStream(bytes, 1 << 16)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Arrangement rich = Arrangements.rich();

    ArrangementJson.write(rich, out);
    int first = bytes.size();
    ArrangementJson.write(rich, out);

    String text = ArrangementJson.write(rich);
    assertThat(closed[0]).isFalse();
    assertThat(first).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text + text);
  }

  @Test
  void aStreamThatFailsIsAnIoException() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void write(byte[] b, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }
    };

    assertThatThrownBy(() -> ArrangementJson.write(Arrangements.rich(), full))
        .isInstanceOf(IOException.class).hasMessage("No space left on device");
  }

  /** The arrangement written to a stream and to a writer: the same as its text. */
  private static byte[] assertStreamsAsText(Arrangement arrangement) throws IOException {
    String text = ArrangementJson.write(arrangement);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArrangementJson.write(arrangement, bytes);
    StringWriter chars = new StringWriter();
    ArrangementJson.write(arrangement, chars);
    assertThat(bytes.toByteArray()).as(arrangement.title())
        .isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(chars.toString()).as(arrangement.title()).isEqualTo(text);
    return bytes.toByteArray();
  }
}

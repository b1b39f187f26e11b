package dev.surety.cli.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command's output: text and text already encoded, in the order written. */
class Utf8WriterTest {

  @Test
  void encodedTextComesAfterTheTextWrittenBeforeIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Writer out = new Utf8Writer(bytes);
    out.print("party UA \"Україна\".\n");
    out.writeUtf8("🇺🇦 second\n".getBytes(StandardCharsets.UTF_8));
    out.print("third");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).as("the rest held until flushed")
        .isEqualTo("party UA \"Україна\".\n");
    out.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("party UA \"Україна\".\n🇺🇦 second\nthird");
    assertThat(out.checkError()).isFalse();
  }

  @Test
  void aFailureToWriteIsKeptNotThrown() {
    Utf8Writer out = new Utf8Writer(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    });
    out.writeUtf8(new byte[100_000]);
    assertThat(out.checkError()).isTrue();
    assertThat(out.failure()).get().extracting(Throwable::getMessage).isEqualTo("Broken pipe");
    assertThat(Utf8Writer.isClosedPipe(out.failure().orElseThrow())).isTrue();
    assertThat(Utf8Writer.isClosedPipe(new IOException("No space left on device"))).isFalse();
  }

  @Test
  void aReportRenderedOnTheJobsIsTheSameEncodedThere() throws IOException {
    LintReport report = FormatFixtures.report();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8Writer out = new Utf8Writer(bytes);
    new TextRenderer().render(report, out, 3);
    out.flush();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(new TextRenderer().renderToString(report))
        .contains("Україна");
  }
}

package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WriterOutputStreamTest {

  @Test
  void charactersSplitBetweenWritesArriveWhole() throws Exception {
    String text = "Content-Length: 30\r\n\r\n{\"text\":\"Україна 🇺🇦 🛡\"}";
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk <= 7; chunk++) {
      StringWriter out = new StringWriter();
      WriterOutputStream stream = new WriterOutputStream(out);
      for (int i = 0; i < bytes.length; i += chunk) {
        stream.write(bytes, i, Math.min(chunk, bytes.length - i));
      }
      stream.flush();
      assertThat(out.toString()).isEqualTo(text);
    }
  }

  @Test
  void largeWritesPassThrough() throws Exception {
    String text = "ж🛡".repeat(100_000);
    StringWriter out = new StringWriter();
    WriterOutputStream stream = new WriterOutputStream(out);
    stream.write(text.getBytes(StandardCharsets.UTF_8));
    stream.write('!');
    stream.flush();
    assertThat(out.toString()).isEqualTo(text + "!");
  }
}

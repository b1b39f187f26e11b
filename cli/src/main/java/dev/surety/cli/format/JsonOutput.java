package dev.surety.cli.format;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.surety.dsl.json.ArrangementJson;
import java.io.IOException;
import java.io.Writer;

/**
 * The one JSON layout of every JSON output: two-space indent, {@code "key": value}, arrays one
 * element a line, {@code []} and {@code {}} when empty, LF line ends, a trailing newline, and
 * characters beyond ASCII written as themselves (the output is UTF-8).
 */
final class JsonOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  /** The same, writing to a stream it must not close: the command's output, where more may follow. */
  private static final ObjectWriter STREAMING =
      WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private JsonOutput() {}

  static DefaultPrettyPrinter prettyPrinter() {
    return ArrangementJson.prettyPrinter();
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * {@code value} pretty-printed, with a trailing newline. Written as it is generated when {@code
   * out} is a {@link Writer} (the command's output: the findings of a large corpus make a document
   * of a hundred megabytes, which is never held whole), else through a string.
   */
  static void write(Object value, Appendable out) throws IOException {
    try {
      if (out instanceof Writer writer) {
        STREAMING.writeValue(writer, value);
        writer.append('\n');
      } else {
        out.append(WRITER.writeValueAsString(value)).append('\n');
      }
    } catch (JsonProcessingException e) {
      throw new IOException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}

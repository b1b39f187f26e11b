package dev.surety.cli.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.surety.dsl.json.ArrangementJson;
import java.io.IOException;

/**
 * The one JSON layout of every JSON output: two-space indent, {@code "key": value}, arrays one
 * element a line, {@code []} and {@code {}} when empty, LF line ends, a trailing newline, and
 * characters beyond ASCII written as themselves (the output is UTF-8).
 */
final class JsonOutput {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private JsonOutput() {}

  static DefaultPrettyPrinter prettyPrinter() {
    return ArrangementJson.prettyPrinter();
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code value} pretty-printed, with a trailing newline. */
  static void write(Object value, Appendable out) throws IOException {
    try {
      out.append(WRITER.writeValueAsString(value)).append('\n');
    } catch (JsonProcessingException e) {
      throw new IOException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }
}

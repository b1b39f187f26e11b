package dev.surety.dsl.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.surety.core.model.Arrangement;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * The compiled form of an arrangement ({@code surety compile}): JSON, schema version {@value
 * #SCHEMA_VERSION}, documented in {@code docs/compile-schema.md}. It holds every field of the model
 * and every source range, so {@code read(write(a))} equals {@code a} and has the same ranges. Not
 * {@link Arrangement#unread()}, which only a draft with a syntax error or an invalid value has:
 * {@code surety compile} and the plugin write no draft with an error, and those errors cannot be
 * silenced ({@link dev.surety.core.diagnostic.RuleDescriptor#configurable()}).
 *
 * <p>Written through a Jackson generator, field by field as the model is walked, in a fixed key
 * order: no reflection, no default typing, no Java serialization, and no tree of the whole
 * document in memory (the JSON of a large draft is some 30 times its size). Read strictly: an
 * unknown field, a missing required field, a spelling outside a vocabulary or another {@code
 * schemaVersion} is an {@link ArrangementJsonException}, never silently dropped (a dropped
 * qualifier could change what a commitment means).
 *
 * <pre>{@code
 * Arrangement a = ArrangementJson.readResource("arrangements/us-guarantee.json");
 * }</pre>
 */
public final class ArrangementJson {

  /** The version of the schema this class writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /**
   * The generators that write: with a character beyond U+FFFF (an emoji) as its four bytes of
   * UTF-8 also when writing bytes, as when writing text; Jackson 2 writes bytes of it as an
   * escaped surrogate pair by default, which is not the text {@link #write(Arrangement)} gives.
   */
  private static final JsonFactory GENERATORS =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private ArrangementJson() {}

  /**
   * {@code arrangement} as pretty-printed JSON: two-space indent, keys in the documented order,
   * UTF-8 text unescaped, LF line ends, a trailing newline. The same text as {@link
   * #write(Arrangement, OutputStream)} writes; for a large arrangement, that method spares holding
   * the whole text.
   */
  public static String write(Arrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    StringWriter text = new StringWriter();
    try {
      write(arrangement, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter never fails
    }
    return text.toString();
  }

  /**
   * Writes {@code arrangement} to {@code out} as UTF-8, the same bytes as {@link
   * #write(Arrangement)}'s text, as it walks the model: nothing but a small buffer is held besides
   * the arrangement. {@code out} is flushed, not closed. On failure, {@code out} may hold part of
   * the document.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(Arrangement arrangement, OutputStream out) throws IOException {
    Objects.requireNonNull(arrangement, "arrangement");
    Objects.requireNonNull(out, "out");
    write(arrangement, GENERATORS.createGenerator(out, JsonEncoding.UTF8));
  }

  /**
   * Writes {@code arrangement} to {@code out} as text, the same characters as {@link
   * #write(Arrangement)} returns, as it walks the model. {@code out} is flushed, not closed.
   *
   * @throws IOException when {@code out} cannot be written
   */
  public static void write(Arrangement arrangement, Writer out) throws IOException {
    Objects.requireNonNull(arrangement, "arrangement");
    Objects.requireNonNull(out, "out");
    write(arrangement, GENERATORS.createGenerator(out));
  }

  /**
   * The document through {@code generator}, with {@link #prettyPrinter()} and a trailing newline,
   * then the generator closed (its target flushed, not closed). After a failure it is left as it
   * is: closing it would complete the document's brackets after a part.
   */
  private static void write(Arrangement arrangement, JsonGenerator generator) throws IOException {
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setPrettyPrinter(prettyPrinter());
    new ArrangementWriter(generator).arrangement(arrangement);
    generator.writeRaw('\n');
    generator.close();
  }

  /** The arrangement that {@code json} describes. */
  public static Arrangement read(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    }
    return ArrangementReader.read(tree);
  }

  /** The arrangement that the UTF-8 JSON in {@code in} describes; {@code in} is not closed. */
  public static Arrangement read(InputStream in) {
    Objects.requireNonNull(in, "in");
    JsonNode tree;
    try {
      tree = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw malformed(e);
    } catch (IOException e) {
      throw new ArrangementJsonException("cannot read the compiled arrangement: " + e.getMessage(), e);
    }
    return ArrangementReader.read(tree);
  }

  /**
   * The arrangement in the class path resource {@code path} (as for {@link
   * ClassLoader#getResource}: no leading {@code /}; one is tolerated), loaded with the context
   * class loader when there is one, else this class's loader.
   */
  public static Arrangement readResource(String path) {
    Objects.requireNonNull(path, "path");
    String name = path.startsWith("/") ? path.substring(1) : path;
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = ArrangementJson.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in == null) {
        throw new ArrangementJsonException("no class path resource " + name);
      }
      try {
        return read(in);
      } catch (ArrangementJsonException e) {
        throw new ArrangementJsonException(name + ": " + e.getMessage(), e);
      }
    } catch (IOException e) {
      throw new ArrangementJsonException("cannot read class path resource " + name + ": " + e.getMessage(), e);
    }
  }

  private static ArrangementJsonException malformed(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    String what = String.valueOf(e.getOriginalMessage()).split("\\R", 2)[0];
    return new ArrangementJsonException("malformed JSON" + where + ": " + what, e);
  }

  /**
   * The layout of every JSON file Surety writes: two-space indentation, `"key": value`, empty
   * objects and arrays as `{}` and `[]`. Shared with the CLI's JSON reports.
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}

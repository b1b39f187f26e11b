package dev.surety.dsl.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.surety.core.model.Arrangement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The compiled form of an arrangement ({@code surety compile}): JSON, schema version {@value
 * #SCHEMA_VERSION}, documented in {@code docs/compile-schema.md}. It holds every field of the model
 * and every source range, so {@code read(write(a))} equals {@code a} and has the same ranges. Not
 * {@link Arrangement#unread()}, which only a draft with a syntax error or an invalid value has:
 * {@code surety compile} and the plugin write no draft with an error, and those errors cannot be
 * silenced ({@link dev.surety.core.diagnostic.RuleDescriptor#configurable()}).
 *
 * <p>Written as a tree of Jackson nodes, field by field, in a fixed key order: no reflection, no
 * default typing, no Java serialization. Read strictly: an unknown field, a missing required field,
 * a spelling outside a vocabulary or another {@code schemaVersion} is an {@link
 * ArrangementJsonException}, never silently dropped (a dropped qualifier could change what a
 * commitment means).
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

  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private ArrangementJson() {}

  /**
   * {@code arrangement} as pretty-printed JSON: two-space indent, keys in the documented order,
   * UTF-8 text unescaped, LF line ends, a trailing newline.
   */
  public static String write(Arrangement arrangement) {
    Objects.requireNonNull(arrangement, "arrangement");
    try {
      return WRITER.writeValueAsString(new ArrangementWriter().arrangement(arrangement)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of nodes always writes
    }
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

package dev.surety.cli.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.surety.cli.CliException;
import dev.surety.cli.IoProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads the configuration: {@code .surety.json}, or the same keys as TOML in {@code
 * surety.toml} (RULES.md names both). With {@code --config FILE} that file is read, as TOML when
 * its name ends in {@code .toml}; otherwise the first of them in the working directory or one of
 * its parents, if any; both in one directory is an error, since either could be the one meant. A
 * file that is not valid JSON or TOML or not of the documented shape stops the command with one
 * line that names the file and the problem (exit status 2).
 */
public final class ConfigLoader {

  private static final Pattern JACKSONS_PLACE =
      Pattern.compile("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

  private static final Pattern UNCLOSED = Pattern.compile("Unexpected end-of-input: expected close"
      + " marker for (Object|Array) \\(start marker at " + JACKSONS_PLACE.pattern() + "\\)");

  private static final List<String> KEYS = List.of("severity", "failOn", "limits");

  /**
   * The most a configuration file may hold: a few lines in practice. A larger one is refused
   * before it is read whole; {@code --config /dev/zero} read until memory ran out.
   */
  static final int MAX_BYTES = 1 << 20;

  /** The names a configuration file is looked for by, in every directory from the working one up. */
  public static final List<String> FILE_NAMES = List.of(".surety.json", "surety.toml");

  /**
   * Built on first use: most runs have no configuration file, and building a Jackson mapper costs
   * a start-up some hundreds of classes (BENCHMARKS.md, cold start).
   */
  private static final class Json {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
  }

  /** Built on first use, as {@link Json}: only a project configured in TOML needs it. */
  private static final class Toml {
    static final ObjectMapper MAPPER = TomlMapper.builder().build();
  }

  private ConfigLoader() {}

  /**
   * @param explicit {@code --config}, resolved against the working directory, and as written
   * @param workingDirectory where the upward search starts
   */
  public static SuretyConfig load(Optional<Path> explicit, String explicitAsWritten, Path workingDirectory) {
    if (explicit.isPresent()) {
      return read(explicit.get(), explicitAsWritten);
    }
    return find(workingDirectory).map(f -> read(f, f.toString())).orElse(SuretyConfig.NONE);
  }

  /**
   * The nearest {@code .surety.json} or {@code surety.toml} at or above {@code directory}.
   *
   * @throws CliException when one directory holds both
   */
  public static Optional<Path> find(Path directory) {
    for (Path d = directory.toAbsolutePath(); d != null; d = d.getParent()) {
      Path found = null;
      for (String name : FILE_NAMES) {
        Path candidate = d.resolve(name);
        if (Files.isRegularFile(candidate)) {
          if (found != null) {
            throw new CliException(d + ": both " + found.getFileName() + " and " + name
                + " configure Surety here; keep one");
          }
          found = candidate;
        }
      }
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  private static boolean isToml(Path file) {
    return file.getFileName() != null && file.getFileName().toString().endsWith(".toml");
  }

  /** Reads one configuration file; {@code shown} is its name in messages. */
  public static SuretyConfig read(Path file, String shown) {
    if (Files.isDirectory(file)) {
      throw new CliException(shown + ": is a directory, not a configuration file");
    }
    String text;
    try {
      text = readText(file, shown);
    } catch (CharacterCodingException e) { // its message is "Input length = 1", and no more
      throw new CliException(shown + ": not UTF-8 text; a configuration is JSON or TOML, saved as"
          + " UTF-8", e);
    } catch (IOException e) {
      throw new CliException(shown + ": " + IoProblems.describe(e), e);
    } catch (java.io.UncheckedIOException e) {
      throw new CliException(shown + ": " + IoProblems.describe(e.getCause()), e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte-order mark, as some editors save: dropped, as in drafts
    }
    try {
      return parse(text, file);
    } catch (JsonProcessingException e) {
      String problem = String.valueOf(e.getOriginalMessage());
      if (problem.startsWith("Trailing token")) { // Jackson names its own classes here
        problem = "more than one JSON value; a configuration is one object";
      }
      problem = withoutJacksonsSource(problem);
      throw new CliException(shown + where(e.getLocation()) + ": " + problem, e);
    } catch (IllegalArgumentException e) {
      throw new CliException(shown + ": " + e.getMessage(), e);
    }
  }

  /**
   * The file's text, read no further than one byte past {@link #MAX_BYTES} (a FIFO, as {@code
   * --config <(...)} gives, is read too).
   */
  private static String readText(Path file, String shown) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new CliException(shown + ": larger than " + MAX_BYTES / (1 << 20) + " MiB; a"
          + " configuration is a few lines of JSON or TOML");
    }
    return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
  }

  /**
   * Jackson names the place where an unclosed object or array starts in its own words for the
   * input ({@code [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled);
   * line: 1, column: 1]}): the place is kept, as {@code line:column}, and said in plain words.
   */
  static String withoutJacksonsSource(String problem) {
    Matcher unclosed = UNCLOSED.matcher(problem);
    if (unclosed.matches()) {
      return "the file ends before the " + unclosed.group(1).toLowerCase(Locale.ROOT)
          + " that opens at " + unclosed.group(2) + ":" + unclosed.group(3) + " is closed";
    }
    return JACKSONS_PLACE.matcher(problem).replaceAll("$1:$2");
  }

  static SuretyConfig parse(String text, Path file) throws JsonProcessingException {
    boolean toml = isToml(file);
    // an empty TOML document is an empty table, every key being optional; an empty JSON file is
    // not JSON
    JsonNode root = (toml ? Toml.MAPPER : Json.MAPPER).readTree(text);
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException("empty file; expected a JSON object");
    }
    if (!root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object at the top level");
    }
    String object = toml ? "a table" : "an object";
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown key \"" + name + "\" (expected " + String.join(", ", KEYS) + ")");
      }
    }
    Map<String, String> severity = new LinkedHashMap<>();
    JsonNode severities = root.path("severity");
    if (!severities.isMissingNode()) {
      requireObject(severities, "severity", object + " from rule code to level");
      severities.fields().forEachRemaining(e -> {
        if (!e.getValue().isTextual()) {
          throw new IllegalArgumentException("severity of " + e.getKey()
              + " must be a string: error, warning, info or off");
        }
        severity.put(e.getKey(), e.getValue().textValue());
      });
    }
    Optional<FailOn> failOn = Optional.empty();
    JsonNode failNode = root.path("failOn");
    if (!failNode.isMissingNode()) {
      if (!failNode.isTextual()) {
        throw new IllegalArgumentException("failOn must be a string: " + FailOn.SPELLINGS);
      }
      failOn = Optional.of(FailOn.parse(failNode.textValue()).orElseThrow(() ->
          new IllegalArgumentException("failOn \"" + failNode.textValue() + "\" is not one of "
              + FailOn.SPELLINGS)));
    }
    Map<String, Long> limits = new LinkedHashMap<>();
    JsonNode limitNodes = root.path("limits");
    if (!limitNodes.isMissingNode()) {
      requireObject(limitNodes, "limits", object + " from limit name to a positive integer");
      limitNodes.fields().forEachRemaining(e -> {
        if (!SuretyConfig.LIMITS.contains(e.getKey())) {
          throw new IllegalArgumentException("unknown limit \"" + e.getKey() + "\" (expected "
              + String.join(", ", SuretyConfig.LIMITS) + ")");
        }
        JsonNode value = e.getValue();
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() <= 0) {
          throw new IllegalArgumentException(
              "limit " + e.getKey() + " must be a positive integer, not " + value);
        }
        limits.put(e.getKey(), value.longValue());
      });
    }
    return new SuretyConfig(Optional.of(file), severity, failOn, limits);
  }

  private static void requireObject(JsonNode node, String key, String expected) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(key + " must be " + expected);
    }
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() <= 0) {
      return "";
    }
    return ":" + location.getLineNr() + ":" + location.getColumnNr();
  }
}

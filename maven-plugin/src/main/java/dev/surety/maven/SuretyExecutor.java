package dev.surety.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonParser;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableDiagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.SourceFile;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.ImmutableLimits;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.validation.SeverityConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one entry point a build uses to check drafts: {@link #execute(SuretyRequest)}.
 *
 * <p>Phase 1 of issue #6: until the CLI's check executor is public, this is the plugin's thin
 * adapter over the {@link Surety} facade. It holds no rule: it reads {@code .surety.json}
 * (severity, failOn, limits, as docs/cli.md describes it), merges the request's overrides over the
 * file's, hands the drafts to the facade, shows file names relative to the request's display base
 * and decides whether the result fails. Stateless and safe to call from several threads.
 */
public final class SuretyExecutor {

  static final List<String> FAIL_LEVELS = List.of("error", "warning", "info", "never");

  private static final List<String> CONFIG_KEYS = List.of("severity", "failOn", "limits");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Checks the drafts of {@code request}.
   *
   * @throws IllegalArgumentException when the request or the configuration file is wrong (an
   *     unknown code or level, an unreadable or malformed file); the message names where
   */
  public SuretyResult execute(SuretyRequest request) {
    Config config = request.configFile().map(SuretyExecutor::readConfig).orElse(Config.NONE);
    Map<String, String> merged = new LinkedHashMap<>();
    config.severity.forEach((code, level) -> merged.put(code.trim().toUpperCase(Locale.ROOT), level));
    request.severities().forEach((code, level) -> merged.put(code.trim().toUpperCase(Locale.ROOT), level));
    SeverityConfig severities;
    try {
      severities = SeverityConfig.parse(merged);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("severities: " + e.getMessage(), e);
    }
    String failOn = request.failOn().or(() -> config.failOn).orElse("error")
        .trim().toLowerCase(Locale.ROOT);
    if (!FAIL_LEVELS.contains(failOn)) {
      throw new IllegalArgumentException(
          "failOn '" + failOn + "' is not one of error, warning, info or never");
    }
    CompilerOptions options = CompilerOptions.builder()
        .root(request.root())
        .limits(limits(config.limits))
        .build();
    Surety surety = Surety.builder().compilerOptions(options).severities(severities).build();
    Report report = request.drafts().isEmpty()
        ? null : surety.check(request.drafts());
    if (report == null) {
      return new SuretyResult(List.of(), Map.of(), 0, List.of(), List.of(), List.of(), failOn, false);
    }
    Display display = new Display(request.root(), request.displayBase());
    List<Diagnostic> diagnostics = new ArrayList<>();
    report.diagnostics().forEach(d -> diagnostics.add(display.shown(d)));
    diagnostics.sort(Diagnostic.ORDER);
    Map<String, String> sources = new TreeMap<>();
    report.sources().forEach((file, text) -> sources.put(display.show(file), text));
    List<Path> read = report.files().stream()
        .map(SourceFile::path)
        .map(p -> request.root().resolve(p).toAbsolutePath().normalize())
        .distinct()
        .toList();
    boolean failed = diagnostics.stream().anyMatch(d -> fails(failOn, d.severity()));
    return new SuretyResult(List.copyOf(diagnostics), sources, report.files().size(), read,
        report.arrangements(), report.assessments(), failOn, failed);
  }

  static boolean fails(String failOn, Severity severity) {
    switch (failOn) {
      case "error":
        return severity.isAtLeast(Severity.ERROR);
      case "warning":
        return severity.isAtLeast(Severity.WARNING);
      case "info":
        return severity.isAtLeast(Severity.INFO);
      default:
        return false;
    }
  }

  private static dev.surety.dsl.Limits limits(Map<String, Long> values) {
    ImmutableLimits.Builder limits = dev.surety.dsl.Limits.builder();
    values.forEach((name, value) -> {
      switch (name) {
        case "maxFileBytes" -> limits.maxFileBytes(value);
        case "maxListItems" -> limits.maxListItems(Math.toIntExact(value));
        case "maxLineLength" -> limits.maxLineLength(Math.toIntExact(value));
        case "maxNestingDepth" -> limits.maxNestingDepth(Math.toIntExact(value));
        case "maxIncludeDepth" -> limits.maxIncludeDepth(Math.toIntExact(value));
        default -> throw new IllegalArgumentException("unknown limit \"" + name + "\"");
      }
    });
    return limits.build();
  }

  /** The parts of {@code .surety.json} a check uses (docs/cli.md). */
  private record Config(Map<String, String> severity, Optional<String> failOn, Map<String, Long> limits) {
    static final Config NONE = new Config(Map.of(), Optional.empty(), Map.of());
  }

  private static Config readConfig(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage().split("\\R", 2)[0], e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": expected a JSON object at the top level");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!CONFIG_KEYS.contains(name)) {
        throw new IllegalArgumentException(file + ": unknown key \"" + name + "\" (expected "
            + String.join(", ", CONFIG_KEYS) + ")");
      }
    }
    Map<String, String> severity = new LinkedHashMap<>();
    root.path("severity").fields().forEachRemaining(e -> severity.put(e.getKey(), e.getValue().asText()));
    Optional<String> failOn = root.hasNonNull("failOn")
        ? Optional.of(root.get("failOn").asText()) : Optional.empty();
    Map<String, Long> limits = new LinkedHashMap<>();
    root.path("limits").fields().forEachRemaining(e -> {
      if (!e.getValue().canConvertToLong() || e.getValue().longValue() <= 0) {
        throw new IllegalArgumentException(file + ": limit " + e.getKey()
            + " must be a positive integer, not " + e.getValue());
      }
      limits.put(e.getKey(), e.getValue().longValue());
    });
    return new Config(severity, failOn, limits);
  }

  /** Reported names (relative to the root) as shown: relative to the display base, with {@code /}. */
  private record Display(Path root, Path base) {
    String show(String reported) {
      if (reported.isEmpty()) {
        return reported;
      }
      Path file = root.resolve(reported).toAbsolutePath().normalize();
      Path from = base.toAbsolutePath().normalize();
      String shown = file.startsWith(from) ? from.relativize(file).toString() : file.toString();
      return shown.replace('\\', '/');
    }

    SourceRange shown(SourceRange range) {
      String file = show(range.file());
      return file.equals(range.file()) ? range : SourceRange.of(file, range.start(), range.end());
    }

    Diagnostic shown(Diagnostic d) {
      List<RelatedLocation> related = new ArrayList<>();
      d.related().forEach(r -> related.add(RelatedLocation.of(shown(r.range()), r.message())));
      return ImmutableDiagnostic.copyOf(d).withRange(shown(d.range())).withRelated(related);
    }
  }
}

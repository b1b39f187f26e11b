package dev.surety.cli.config;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of a {@code .surety.json} or {@code surety.toml} (docs/cli.md): severity overrides by code, the fail
 * level and resource limits. Codes and levels are checked when the overrides are applied
 * ({@code Surety.severities}), so that one place knows the catalogue.
 *
 * @param file where it was read from; empty for the default (no file)
 * @param severity rule code to level ({@code error}, {@code warning}, {@code info}, {@code off}), in
 *     the order written
 * @param failOn {@code failOn}, if written
 * @param limits limit name (one of {@link #LIMITS}) to value, in the order written
 */
public record SuretyConfig(
    Optional<Path> file, Map<String, String> severity, Optional<FailOn> failOn, Map<String, Long> limits) {

  /** The limits that {@code limits} may set: the names of {@code CompilerOptions.Limits}. */
  public static final List<String> LIMITS =
      List.of("maxFileBytes", "maxListItems", "maxLineLength", "maxNestingDepth", "maxIncludeDepth");

  public static final SuretyConfig NONE =
      new SuretyConfig(Optional.empty(), Map.of(), Optional.empty(), Map.of());

  public SuretyConfig {
    severity = Collections.unmodifiableMap(new LinkedHashMap<>(severity));
    limits = Collections.unmodifiableMap(new LinkedHashMap<>(limits));
  }
}

package dev.surety.validation;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-code severity overrides ({@code error}, {@code warning}, {@code info}, {@code off}), as the
 * CLI flag, the config file and the Maven plugin parameter give them. Immutable.
 */
public final class SeverityConfig {
  private static final SeverityConfig DEFAULTS = new SeverityConfig(Map.of());

  /** Code to level; an empty Optional is {@code off}. */
  private final Map<String, Optional<Severity>> levels;

  private SeverityConfig(Map<String, Optional<Severity>> levels) {
    this.levels = Collections.unmodifiableMap(new TreeMap<>(levels));
  }

  /** No overrides: every code at its default severity. */
  public static SeverityConfig defaults() {
    return DEFAULTS;
  }

  /**
   * Parses overrides such as {@code SUR107=off} against the codes of a catalogue (the facade's
   * {@code Surety.severities} passes every code, the compiler's and this module's). Codes are
   * matched case-insensitively.
   *
   * @throws IllegalArgumentException naming the code when a code is unknown or a level is not
   *     {@code error}, {@code warning}, {@code info} or {@code off}
   */
  public static SeverityConfig parse(Map<String, String> overrides, Set<String> knownCodes) {
    Map<String, Optional<Severity>> levels = new TreeMap<>();
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String code = e.getKey() == null ? "" : e.getKey().trim().toUpperCase(Locale.ROOT);
      if (!knownCodes.contains(code)) {
        throw new IllegalArgumentException("unknown rule code '" + e.getKey()
            + "' in severity configuration; known codes are " + new java.util.TreeSet<>(knownCodes));
      }
      String level = e.getValue() == null ? "" : e.getValue().trim().toLowerCase(Locale.ROOT);
      if (level.equals("off")) {
        levels.put(code, Optional.empty());
      } else {
        Optional<Severity> severity = Severity.parse(level);
        if (severity.isEmpty()) {
          throw new IllegalArgumentException("unknown severity '" + e.getValue() + "' for " + code
              + "; use error, warning, info or off");
        }
        levels.put(code, severity);
      }
    }
    return new SeverityConfig(levels);
  }

  /** The level configured for {@code code}, if any ({@code Optional.of(Optional.empty())} is off). */
  public Optional<Optional<Severity>> level(String code) {
    return Optional.ofNullable(levels.get(code));
  }

  public boolean isOff(String code) {
    return levels.containsKey(code) && levels.get(code).isEmpty();
  }

  /** Drops the findings of codes turned off and changes the severity of the others configured. */
  public List<Diagnostic> apply(List<Diagnostic> diagnostics) {
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      Optional<Severity> level = levels.getOrDefault(d.code(), Optional.of(d.severity()));
      if (level.isPresent()) {
        out.add(level.get() == d.severity() ? d : d.withSeverity(level.get()));
      }
    }
    return out;
  }

  /** The overrides, code to {@code error|warning|info|off}. */
  public Map<String, String> asMap() {
    Map<String, String> out = new TreeMap<>();
    levels.forEach((k, v) -> out.put(k, v.map(Severity::spelling).orElse("off")));
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SeverityConfig && ((SeverityConfig) o).levels.equals(levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return "SeverityConfig" + asMap();
  }
}

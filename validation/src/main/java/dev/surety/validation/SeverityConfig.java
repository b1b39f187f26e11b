package dev.surety.validation;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableSuppressedDiagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

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
   * Parses overrides such as {@code SUR107=off} against the rules of a catalogue (the facade's
   * {@code Surety.severities} passes every rule, the compiler's and this module's). Codes are
   * matched case-insensitively, levels too. A rule that is not {@linkplain
   * RuleDescriptor#configurable() configurable} may only be set to {@code error}, which it is.
   *
   * @throws IllegalArgumentException naming the code when a code is unknown or given twice (as
   *     {@code SUR107} and {@code sur107}), a level is not {@code error}, {@code warning}, {@code
   *     info} or {@code off}, or a rule that is always an error is lowered or turned off
   */
  public static SeverityConfig parse(Map<String, String> overrides,
      Collection<RuleDescriptor> rules) {
    Map<String, RuleDescriptor> byCode = new HashMap<>();
    rules.forEach(rule -> byCode.put(rule.code(), rule));
    Map<String, Optional<Severity>> levels = new TreeMap<>();
    for (Map.Entry<String, String> e : overrides.entrySet()) {
      String code = normal(e.getKey());
      RuleDescriptor rule = byCode.get(code);
      if (rule == null) {
        throw new IllegalArgumentException("unknown rule code '" + e.getKey()
            + "' in severity configuration; known codes are " + new TreeSet<>(byCode.keySet()));
      }
      if (levels.containsKey(code)) {
        throw new IllegalArgumentException(code + " is configured twice, once as '" + e.getKey()
            + "'; codes are matched whatever their case, so keep one");
      }
      String level = e.getValue() == null ? "" : e.getValue().trim().toLowerCase(Locale.ROOT);
      Optional<Severity> severity = level.equals("off") ? Optional.empty() : Severity.parse(level);
      if (!level.equals("off") && severity.isEmpty()) {
        throw new IllegalArgumentException("unknown severity '" + e.getValue() + "' for " + code
            + "; use error, warning, info or off");
      }
      if (!rule.configurable() && !severity.equals(Optional.of(Severity.ERROR))) {
        throw new IllegalArgumentException(code + " (" + rule.name() + ") is always an error and"
            + " cannot be set to " + level + ": " + ALWAYS_AN_ERROR + "; fix the text instead");
      }
      levels.put(code, severity);
    }
    return new SeverityConfig(levels);
  }

  /**
   * Why a rule that is not {@linkplain RuleDescriptor#configurable() configurable} is always an
   * error, for messages and the rules' documentation.
   */
  public static final String ALWAYS_AN_ERROR =
      "a draft with it is compiled without what its text says there, into a different arrangement";

  /** How the rules' documentation (the rules page, {@code surety explain}) says it. */
  public static final String ALWAYS_AN_ERROR_NOTE =
      "always: it cannot be lowered, turned off or suppressed, since " + ALWAYS_AN_ERROR;

  /**
   * The level configured for {@code code} (matched whatever its case), if any ({@code
   * Optional.of(Optional.empty())} is off).
   */
  public Optional<Optional<Severity>> level(String code) {
    return Optional.ofNullable(levels.get(normal(code)));
  }

  /** Whether {@code code} (matched whatever its case) is turned off. */
  public boolean isOff(String code) {
    Optional<Severity> level = levels.get(normal(code));
    return level != null && level.isEmpty();
  }

  private static String normal(String code) {
    return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
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

  /**
   * {@link #apply} for the findings that suppressions covered: those of codes turned off are
   * dropped, the others get their configured severity.
   */
  public List<SuppressedDiagnostic> applySuppressed(List<SuppressedDiagnostic> suppressed) {
    List<SuppressedDiagnostic> out = new ArrayList<>(suppressed.size());
    for (SuppressedDiagnostic s : suppressed) {
      Diagnostic d = s.diagnostic();
      Optional<Severity> level = levels.getOrDefault(d.code(), Optional.of(d.severity()));
      if (level.isPresent()) {
        out.add(level.get() == d.severity() ? s
            : ImmutableSuppressedDiagnostic.copyOf(s).withDiagnostic(d.withSeverity(level.get())));
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

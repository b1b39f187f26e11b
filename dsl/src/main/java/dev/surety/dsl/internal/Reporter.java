package dev.surety.dsl.internal;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects diagnostics, taking each code's name and severity from {@link CompilerRules}. */
public final class Reporter {

  private final Set<Diagnostic> diagnostics = new LinkedHashSet<>();
  private int errors;

  public void report(String code, SourceRange range, String message) {
    report(code, range, message, null);
  }

  public void report(String code, SourceRange range, String message, String help,
      RelatedLocation... related) {
    RuleDescriptor rule = CompilerRules.get(code);
    var builder =
        Diagnostic.builder()
            .code(rule.code())
            .name(rule.name())
            .severity(rule.defaultSeverity())
            .message(message)
            .range(range)
            .addRelated(related);
    if (help != null) {
      builder.help(help);
    }
    if (diagnostics.add(builder.build()) && rule.defaultSeverity() == Severity.ERROR) {
      errors++;
    }
  }

  /** How many errors have been reported: a statement that adds one could not be read whole. */
  public int errorCount() {
    return errors;
  }

  public void addAll(Reporter other) {
    for (Diagnostic d : other.diagnostics) {
      if (diagnostics.add(d) && d.severity() == Severity.ERROR) {
        errors++;
      }
    }
  }

  public int count(String code) {
    int n = 0;
    for (Diagnostic d : diagnostics) {
      if (d.code().equals(code)) {
        n++;
      }
    }
    return n;
  }

  public List<Diagnostic> diagnostics() {
    return new ArrayList<>(diagnostics);
  }
}

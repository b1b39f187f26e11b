package dev.surety.core.diagnostic;

import dev.surety.core.source.SourceRange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding: a rule's {@code code} and {@code name}, its severity for this run, a message that
 * names the parties and terms involved, an optional help line with the fix, the range at fault and
 * the other places involved.
 */
@Value.Immutable
public abstract class Diagnostic implements Comparable<Diagnostic> {

  /** File, then position, then code: the order of every report. */
  public static final Comparator<Diagnostic> ORDER = Diagnostic::order;

  // written out rather than composed (Comparator.comparing...): a large report sorts and merges
  // hundreds of thousands of findings with it
  private static int order(Diagnostic a, Diagnostic b) {
    int byRange = a.range().compareTo(b.range());
    if (byRange != 0) {
      return byRange;
    }
    int byCode = a.code().compareTo(b.code());
    return byCode != 0 ? byCode : a.message().compareTo(b.message());
  }

  public abstract String code();

  public abstract String name();

  public abstract Severity severity();

  public abstract String message();

  public abstract Optional<String> help();

  public abstract SourceRange range();

  public abstract List<RelatedLocation> related();

  public static ImmutableDiagnostic.Builder builder() {
    return ImmutableDiagnostic.builder();
  }

  /** A copy of this finding with another severity (after configuration). */
  public Diagnostic withSeverity(Severity severity) {
    return ImmutableDiagnostic.copyOf(this).withSeverity(severity);
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return range() + " " + severity().spelling() + "[" + code() + "] " + message();
  }
}

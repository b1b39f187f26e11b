package dev.surety.core.source;

import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A stretch of a file: {@code start} inclusive, {@code end} exclusive. {@code file} is the path as
 * the toolchain reports it (relative to the compilation root where there is one, with {@code /}).
 */
@Value.Immutable
public abstract class SourceRange implements Comparable<SourceRange> {

  private static final Comparator<SourceRange> ORDER =
      Comparator.comparing(SourceRange::file)
          .thenComparing(SourceRange::start)
          .thenComparing(SourceRange::end);

  /** The range of an element that does not come from a file. */
  public static final SourceRange NONE =
      ImmutableSourceRange.of("", SourcePosition.NONE, SourcePosition.NONE);

  public abstract String file();

  public abstract SourcePosition start();

  public abstract SourcePosition end();

  public static SourceRange of(String file, SourcePosition start, SourcePosition end) {
    return ImmutableSourceRange.of(file, start, end);
  }

  public static SourceRange of(
      String file, int startLine, int startColumn, int endLine, int endColumn) {
    return of(file, SourcePosition.of(startLine, startColumn), SourcePosition.of(endLine, endColumn));
  }

  @Value.Check
  protected void check() {
    if (end().compareTo(start()) < 0) {
      throw new IllegalArgumentException("range ends before it starts: " + start() + "-" + end());
    }
  }

  /** Whether this range points into a real file. */
  public boolean isKnown() {
    return start().line() > 0;
  }

  /** The smallest range that covers this one and {@code other} (same file assumed). */
  public SourceRange span(SourceRange other) {
    if (!isKnown()) {
      return other;
    }
    if (!other.isKnown()) {
      return this;
    }
    SourcePosition s = start().compareTo(other.start()) <= 0 ? start() : other.start();
    SourcePosition e = end().compareTo(other.end()) >= 0 ? end() : other.end();
    return of(file(), s, e);
  }

  public boolean contains(SourcePosition position) {
    return start().compareTo(position) <= 0 && position.compareTo(end()) < 0;
  }

  @Override
  public int compareTo(SourceRange other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return (file().isEmpty() ? "" : file() + ":") + start() + "-" + end();
  }
}

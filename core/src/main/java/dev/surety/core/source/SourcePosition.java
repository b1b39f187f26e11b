package dev.surety.core.source;

import java.util.Comparator;
import org.immutables.value.Value;

/** A place in a file: line and column are 1-based; the column counts Unicode code points. */
@Value.Immutable
public abstract class SourcePosition implements Comparable<SourcePosition> {

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparingInt(SourcePosition::line).thenComparingInt(SourcePosition::column);

  /** The position of elements that were not read from a file (for example, built in Java). */
  public static final SourcePosition NONE = ImmutableSourcePosition.of(0, 0);

  public abstract int line();

  public abstract int column();

  public static SourcePosition of(int line, int column) {
    return ImmutableSourcePosition.of(line, column);
  }

  @Value.Check
  protected void check() {
    if (line() < 0 || column() < 0) {
      throw new IllegalArgumentException("negative position " + line() + ":" + column());
    }
  }

  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return line() + ":" + column();
  }
}

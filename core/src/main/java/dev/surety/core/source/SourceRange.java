package dev.surety.core.source;

import org.immutables.value.Value;

/**
 * A stretch of a file: {@code start} inclusive, {@code end} exclusive. {@code file} is the path as
 * the toolchain reports it (relative to the compilation root where there is one, with {@code /}).
 *
 * <p>Every element of a model has one, so a range keeps its four numbers itself and makes its
 * {@link SourcePosition}s when asked: a third of the memory of a range holding two positions (an 8
 * MB draft has some half a million ranges).
 */
@Value.Immutable
public abstract class SourceRange implements Comparable<SourceRange> {

  /** The range of an element that does not come from a file. */
  public static final SourceRange NONE = ImmutableSourceRange.of("", 0, 0, 0, 0);

  public abstract String file();

  public abstract int startLine();

  public abstract int startColumn();

  public abstract int endLine();

  public abstract int endColumn();

  /** Where the range starts (inclusive). */
  public SourcePosition start() {
    return SourcePosition.of(startLine(), startColumn());
  }

  /** Where the range ends (exclusive). */
  public SourcePosition end() {
    return SourcePosition.of(endLine(), endColumn());
  }

  public static SourceRange of(String file, SourcePosition start, SourcePosition end) {
    return ImmutableSourceRange.of(file, start.line(), start.column(), end.line(), end.column());
  }

  public static SourceRange of(
      String file, int startLine, int startColumn, int endLine, int endColumn) {
    return ImmutableSourceRange.of(file, startLine, startColumn, endLine, endColumn);
  }

  @Value.Check
  protected void check() {
    if (startLine() < 0 || startColumn() < 0 || endLine() < 0 || endColumn() < 0) {
      throw new IllegalArgumentException("negative position in range " + this);
    }
    if (compare(endLine(), endColumn(), startLine(), startColumn()) < 0) {
      throw new IllegalArgumentException("range ends before it starts: " + start() + "-" + end());
    }
  }

  private static int compare(int line, int column, int otherLine, int otherColumn) {
    return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
  }

  /** The same stretch in {@code file} (a file shown under another name); this range when equal. */
  public SourceRange inFile(String file) {
    return file.equals(file()) ? this : of(file, startLine(), startColumn(), endLine(), endColumn());
  }

  /** Whether this range points into a real file. */
  public boolean isKnown() {
    return startLine() > 0;
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
    return compare(startLine(), startColumn(), position.line(), position.column()) <= 0
        && compare(position.line(), position.column(), endLine(), endColumn()) < 0;
  }

  /** By file, then start, then end. */
  @Override
  public int compareTo(SourceRange other) {
    // file names are most often one shared string: comparing it with itself is the common case
    int byFile = file() == other.file() ? 0 : file().compareTo(other.file());
    if (byFile != 0) {
      return byFile;
    }
    int byStart = compare(startLine(), startColumn(), other.startLine(), other.startColumn());
    return byStart != 0 ? byStart
        : compare(endLine(), endColumn(), other.endLine(), other.endColumn());
  }

  @Override
  public String toString() {
    return (file().isEmpty() ? "" : file() + ":") + startLine() + ":" + startColumn() + "-"
        + endLine() + ":" + endColumn();
  }
}

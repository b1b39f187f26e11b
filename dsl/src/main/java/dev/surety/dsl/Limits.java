package dev.surety.dsl;

import org.immutables.value.Value;

/**
 * The resource limits of one compilation; input beyond one is reported as SUR003 with the limit's
 * name ({@code maxFileBytes}, ...) so that a user knows which option to raise.
 */
@Value.Immutable
public abstract class Limits {

  /** A file larger than this is not read (default 8 MiB). */
  @Value.Default
  public long maxFileBytes() {
    return 8L * 1024 * 1024;
  }

  /** Items of one list ({@code covers}, items, ids) beyond this are dropped (default 100,000). */
  @Value.Default
  public int maxListItems() {
    return 100_000;
  }

  /** A longer line is reported (default 100,000 code points). */
  @Value.Default
  public int maxLineLength() {
    return 100_000;
  }

  /** Braces nested deeper than this are reported (default 200). */
  @Value.Default
  public int maxNestingDepth() {
    return 200;
  }

  /** Includes chained deeper than this are not followed (default 64). */
  @Value.Default
  public int maxIncludeDepth() {
    return 64;
  }

  /** Syntax errors reported per file before the rest are summarised in one note (default 100). */
  @Value.Default
  public int maxErrorsPerFile() {
    return 100;
  }

  /** Each limit is at least 1: at 0 or below, no draft could be compiled at all. */
  @Value.Check
  protected void check() {
    positive("maxFileBytes", maxFileBytes());
    positive("maxListItems", maxListItems());
    positive("maxLineLength", maxLineLength());
    positive("maxNestingDepth", maxNestingDepth());
    positive("maxIncludeDepth", maxIncludeDepth());
    positive("maxErrorsPerFile", maxErrorsPerFile());
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("limit " + name + " must be a positive integer, not " + value);
    }
  }

  public static ImmutableLimits.Builder builder() {
    return ImmutableLimits.builder();
  }

  public static Limits defaults() {
    return builder().build();
  }
}

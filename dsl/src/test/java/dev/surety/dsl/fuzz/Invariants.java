package dev.surety.dsl.fuzz;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The invariants the fuzz harnesses check on what the toolchain returns for any text: every
 * diagnostic's range lies inside the file it names, every code is one of the catalogue, and no
 * diagnostic is the toolchain's own failure dressed as a finding (a caught exception).
 */
public final class Invariants {

  /** The files a fuzzed draft may include: the golden tests' includes. */
  public static final Path ROOT = Path.of("src/test/resources/golden").toAbsolutePath();

  public static final Set<String> CODES =
      Surety.rules().stream().map(RuleDescriptor::code).collect(Collectors.toUnmodifiableSet());

  /**
   * The messages of the catch-alls that turn an exception into a diagnostic (SuretyCompiler,
   * Session, SuretyFormatter). Anchored: a message may quote the draft's own words.
   */
  private static final Pattern INTERNAL = Pattern.compile(
      "^(the input|the file) could not be (compiled|read): |^the formatter failed: "
          + "|^the formatter could not keep every token and comment in place;"
          + "|^the formatter could not parse a text the compiler accepted$");

  private Invariants() {}

  /** The fuzzer's bytes as a draft: UTF-8, malformed bytes read as U+FFFD, as the CLI reads files. */
  public static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /** Checks every invariant of a report; {@code what} names the input in the failure. */
  public static void report(Report report, String what) {
    if (report == null) {
      throw new AssertionError("no report for " + what);
    }
    check(report.arrangements().size() == report.assessments().size(),
        "one assessment per arrangement", what, report);
    diagnostics(report.diagnostics(), report.sources(), what);
  }

  public static void diagnostics(List<Diagnostic> diagnostics, Map<String, String> sources, String what) {
    for (Diagnostic d : diagnostics) {
      check(CODES.contains(d.code()), "code " + d.code() + " is in Surety.rules()", what, d);
      check(!INTERNAL.matcher(d.message()).find(), "no internal failure", what, d);
      check(d.message() != null && !d.message().isBlank(), "a message", what, d);
      range(d.range(), sources, what, d);
      for (RelatedLocation r : d.related()) {
        range(r.range(), sources, what, d);
      }
    }
  }

  /**
   * A range lies inside the text of its file: start <= end, lines 1..(number of lines), columns
   * 1..(length of the line in code points + 1), the end exclusive. A range that points into no
   * file ({@link SourceRange#isKnown()} false) is 0:0-0:0.
   */
  public static void range(SourceRange range, Map<String, String> sources, String what, Object about) {
    check(range.start().compareTo(range.end()) <= 0, "start <= end", what, about);
    if (!range.isKnown()) {
      check(range.start().equals(SourcePosition.NONE) && range.end().equals(SourcePosition.NONE),
          "an unknown range is 0:0-0:0", what, about);
      return;
    }
    String text = sources.get(range.file());
    check(text != null, "the range's file " + range.file() + " is among the sources "
        + sources.keySet(), what, about);
    // the source is the text the compiler read, its byte-order mark already taken off: a second
    // U+FEFF is text (a finding of the harness itself, reproducer check/crash-b3df11f0...)
    String[] lines = lines(text);
    position(range.start(), lines, what, about);
    position(range.end(), lines, what, about);
  }

  /** The last text split and its lines: a report's hundreds of ranges name the same text. */
  private static String splitText;
  private static String[] splitLines;

  /**
   * The lines of {@code text} as the compiler counts them: a lone carriage return ends one too
   * (docs/decisions.md). Split once per text, not once per range (split by a pattern for every
   * range, the check harness ran ten times slower).
   */
  private static synchronized String[] lines(String text) {
    if (text != splitText) {
      splitLines = text.split("\r\n|\r|\n", -1);
      splitText = text;
    }
    return splitLines;
  }

  private static void position(SourcePosition p, String[] lines, String what, Object about) {
    check(p.line() >= 1 && p.line() <= lines.length,
        "line " + p.line() + " within 1.." + lines.length, what, about);
    String line = lines[p.line() - 1];
    int length = line.codePointCount(0, line.length());
    check(p.column() >= 1 && p.column() <= length + 1,
        "column " + p.column() + " of line " + p.line() + " within 1.." + (length + 1), what, about);
  }

  public static void check(boolean ok, String invariant, String what, Object about) {
    if (!ok) {
      throw new AssertionError("invariant broken: " + invariant + "\n  at: " + about
          + "\n  input: " + abbreviate(what));
    }
  }

  public static String abbreviate(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "... (" + s.length() + " chars)";
  }
}

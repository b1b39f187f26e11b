package dev.surety.cli.fmt;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unified diff of a file and its formatted text, as {@code diff -u} and {@code git diff} print
 * it (java-diff-utils computes it): {@code --- NAME} and {@code +++ NAME}, then hunks with three
 * lines of context, so that {@code patch -p0} can apply it.
 *
 * <p>Lines are compared with their line ends, so a change of line end alone is a change. A last
 * line without a line end is followed by {@code \ No newline at end of file}, as GNU diff writes
 * it, and an empty side of a hunk starts at line 0 ({@code @@ -1,2 +0,0 @@}), as GNU diff and
 * {@code git apply} have it. A name with a space in it ends in a tab ({@code --- a b.surety\t}),
 * as {@code git diff} writes it: GNU patch reads a name up to a tab, else up to the first space.
 *
 * <p>Myers' algorithm takes time and memory that grow with the length of the files times the
 * number of lines changed: minutes and hundreds of megabytes for a draft of 80,000 lines that
 * all change (tabs for indentation, a line end the formatter rewrites). So it may explore edit
 * scripts of up to {@link #MAX_EDITS} lines removed and added; beyond that, the diff is taken
 * as GNU diff does for large files: the lines the two texts start and end with in common are
 * context, lines that occur on one side only (between them) are changed lines, and Myers, under
 * the same bound, pairs the remaining lines; should that bound too be reached, everything between
 * the common start and end is one change. The diff is still a valid one, which patch applies,
 * just not always the shortest.
 */
public final class UnifiedDiff {

  /** Lines of context around each change. */
  public static final int CONTEXT = 3;

  /**
   * The most lines removed and added that Myers explores before the diff falls back as described
   * above. Its work is then bounded by about this number times the lines of the two texts.
   */
  static final int MAX_EDITS = 1_000;

  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after}; the empty text when they are equal. */
  public static String of(String name, String before, String after) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    write(name, before, after, out);
    out.flush();
    return text.toString();
  }

  /**
   * Writes {@link #of} to {@code out} a line at a time, without holding the whole diff: nothing
   * when the texts are equal. {@code out}'s errors are its own to check ({@link
   * PrintWriter#checkError}).
   */
  public static void write(String name, String before, String after, PrintWriter out) {
    if (before.equals(after)) {
      return;
    }
    List<String> oldLines = lines(before);
    List<String> newLines = lines(after);
    Patch<String> patch = patch(oldLines, newLines);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(name, name, oldLines, patch, CONTEXT);
    for (int i = 0; i < diff.size(); i++) {
      String line = diff.get(i);
      // the two file headers and the hunk headers have no line end of their own; every other
      // line is a line of the text behind a ' ', '-' or '+', with the line end it had
      if (i < 2) {
        out.append(line).append(name.indexOf(' ') >= 0 ? "\t" : "").append('\n');
      } else if (line.startsWith("@@")) {
        out.append(hunkHeader(line)).append('\n');
      } else if (line.endsWith("\n")) {
        out.append(line);
      } else {
        out.append(line).append('\n').append(NO_NEWLINE).append('\n');
      }
    }
  }

  /** The changes from {@code before} to {@code after}: Myers' if within bounds, else roughly. */
  static Patch<String> patch(List<String> before, List<String> after) {
    try {
      return DiffUtils.diff(before, after, new MyersDiff<>(), new Bound());
    } catch (OverBound e) {
      return roughly(before, after);
    }
  }

  /**
   * The changes from {@code before} to {@code after}, with the common first and last lines
   * unchanged, the lines of one side only changed, and the others paired by Myers if within
   * bounds.
   */
  static Patch<String> roughly(List<String> before, List<String> after) {
    int start = 0;
    while (start < before.size() && start < after.size()
        && before.get(start).equals(after.get(start))) {
      start++;
    }
    int endBefore = before.size();
    int endAfter = after.size();
    while (endBefore > start && endAfter > start
        && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
      endBefore--;
      endAfter--;
    }
    List<Integer> keptBefore = both(before, start, endBefore, after, start, endAfter);
    List<Integer> keptAfter = both(after, start, endAfter, before, start, endBefore);
    List<String> linesBefore = keptBefore.stream().map(before::get).toList();
    List<String> linesAfter = keptAfter.stream().map(after::get).toList();
    Pairs pairs = new Pairs(start, start);
    try {
      Patch<String> kept = DiffUtils.diff(linesBefore, linesAfter, new MyersDiff<>(), new Bound());
      int i = 0;
      int j = 0;
      for (AbstractDelta<String> delta : kept.getDeltas()) {
        for (; i < delta.getSource().getPosition(); i++, j++) {
          pairs.pair(keptBefore.get(i), keptAfter.get(j));
        }
        i += delta.getSource().size();
        j += delta.getTarget().size();
      }
      for (; i < keptBefore.size(); i++, j++) {
        pairs.pair(keptBefore.get(i), keptAfter.get(j));
      }
    } catch (OverBound e) {
      // no pairs: all of the middle is one change
    }
    pairs.pair(endBefore, endAfter);
    return Patch.generate(before, after, pairs.changes);
  }

  /** The indexes of the lines {@code lines[from, to)} that occur in {@code other[otherFrom, otherTo)}. */
  private static List<Integer> both(
      List<String> lines, int from, int to, List<String> other, int otherFrom, int otherTo) {
    Set<String> others = new HashSet<>(other.subList(otherFrom, otherTo));
    List<Integer> kept = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (others.contains(lines.get(i))) {
        kept.add(i);
      }
    }
    return kept;
  }

  /** Equal lines paired in order; the lines between two pairs are a change. */
  private static final class Pairs {
    final List<Change> changes = new ArrayList<>();
    int before;
    int after;

    Pairs(int before, int after) {
      this.before = before;
      this.after = after;
    }

    /** Pairs line {@code i} before with line {@code j} after (the ends of the texts as last). */
    void pair(int i, int j) {
      if (i > before || j > after) {
        DeltaType type = i == before ? DeltaType.INSERT
            : j == after ? DeltaType.DELETE : DeltaType.CHANGE;
        changes.add(new Change(type, before, i, after, j));
      }
      before = i + 1;
      after = j + 1;
    }
  }

  /** Stops Myers once it explores edit scripts of more than {@link #MAX_EDITS} lines. */
  private static final class Bound implements DiffAlgorithmListener {
    @Override
    public void diffStart() {}

    @Override
    public void diffStep(int value, int max) {
      if (value > MAX_EDITS) {
        throw new OverBound();
      }
    }

    @Override
    public void diffEnd() {}
  }

  /** Myers went past {@link #MAX_EDITS}. */
  private static final class OverBound extends RuntimeException {
    OverBound() {
      super(null, null, false, false);
    }
  }

  /** java-diff-utils starts an empty side at line 1; GNU diff, which patch tools follow, at 0. */
  static String hunkHeader(String header) {
    Matcher m = HUNK.matcher(header);
    if (!m.matches()) {
      return header;
    }
    return "@@ -" + range(m.group(1), m.group(2)) + " +" + range(m.group(3), m.group(4)) + " @@";
  }

  private static String range(String start, String count) {
    return (count.equals("0") ? Math.max(0, Integer.parseInt(start) - 1) : start) + "," + count;
  }

  /** The lines of a text, each with its line end ({@code \n} or {@code \r\n}); the last may have none. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}

package dev.surety.cli.fmt;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class UnifiedDiff {

  /** Lines of context around each change. */
  public static final int CONTEXT = 3;

  private static final String NO_NEWLINE = "\\ No newline at end of file";

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after}; the empty text when they are equal. */
  public static String of(String name, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> oldLines = lines(before);
    List<String> newLines = lines(after);
    Patch<String> patch = DiffUtils.diff(oldLines, newLines);
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(name, name, oldLines, patch, CONTEXT);
    StringBuilder out = new StringBuilder();
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
    return out.toString();
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

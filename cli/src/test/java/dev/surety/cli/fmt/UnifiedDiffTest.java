package dev.surety.cli.fmt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.difflib.patch.PatchFailedException;
import dev.surety.dsl.format.SuretyFormatter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a.surety", "x\n", "x\n")).isEmpty();
  }

  @Test
  void anEmptySideStartsAtLineZero() {
    assertThat(UnifiedDiff.of("a.surety", "\n\n", "")).isEqualTo("""
        --- a.surety
        +++ a.surety
        @@ -1,2 +0,0 @@
        -
        -
        """);
    assertThat(UnifiedDiff.of("a.surety", "", "x\n")).isEqualTo("""
        --- a.surety
        +++ a.surety
        @@ -0,0 +1,1 @@
        +x
        """);
  }

  @Test
  void aLastLineWithoutALineEndIsMarked() {
    assertThat(UnifiedDiff.of("a.surety", "x.", "x.\n")).isEqualTo("""
        --- a.surety
        +++ a.surety
        @@ -1,1 +1,1 @@
        -x.
        \\ No newline at end of file
        +x.
        """);
  }

  @Test
  void aNameWithASpaceEndsInATabAsGitWritesIt() {
    // patch -p0 read `--- a b.surety` as the file `a` and could not apply the diff
    assertThat(UnifiedDiff.of("drafts/a b.surety", "x\n", "y\n")).isEqualTo(
        "--- drafts/a b.surety\t\n+++ drafts/a b.surety\t\n@@ -1,1 +1,1 @@\n-x\n+y\n");
  }

  @Test
  void crlfLineEndsAreKept() {
    assertThat(UnifiedDiff.of("a.surety", "a  b\r\nc\r\n", "a b\r\nc\r\n"))
        .isEqualTo("--- a.surety\n+++ a.surety\n@@ -1,2 +1,2 @@\n-a  b\r\n+a b\r\n c\r\n");
  }

  @Test
  void hunkHeadersOfNonEmptySidesAreKept() {
    assertThat(UnifiedDiff.hunkHeader("@@ -3,5 +3,4 @@")).isEqualTo("@@ -3,5 +3,4 @@");
    assertThat(UnifiedDiff.hunkHeader("@@ -1,0 +1,2 @@")).isEqualTo("@@ -0,0 +1,2 @@");
  }

  @Test
  void linesKeepTheirEnds() {
    assertThat(UnifiedDiff.lines("a\nb\r\nc")).containsExactly("a\n", "b\r\n", "c");
    assertThat(UnifiedDiff.lines("")).isEmpty();
  }

  @Test
  void aDraftWhoseEveryLineChangesIsDiffedInLinearTime() {
    // Myers alone took minutes and hundreds of megabytes for this (docs/formatting.md)
    StringBuilder tabs = new StringBuilder("// generated\n\n");
    for (int i = 0; tabs.length() < 1_000_000; i++) {
      tabs.append("arrangement \"A").append(i).append("\" {\n")
          .append("\tkind guarantee.\n\tstatus draft.\n\tbeneficiary UA.\n\tagainst RU.\n")
          .append("\t// note ").append(i).append(".\n\tUS military aid.\n}\n\n");
    }
    // its first line break LF, the others CRLF: the formatter writes them all LF
    String crlf = tabs.toString().replaceFirst("\n", "\u0000").replace("\n", "\r\n")
        .replace('\u0000', '\n');
    for (String before : List.of(tabs.toString(), crlf)) {
      String after = SuretyFormatter.create().format(before, "a.surety").formatted().orElseThrow();
      assertThat(UnifiedDiff.lines(before)).hasSizeGreaterThan(50_000);
      String diff = assertTimeoutPreemptively(
          Duration.ofSeconds(30), () -> UnifiedDiff.of("a.surety", before, after));
      assertThat(applied(diff, before)).isEqualTo(after);
    }
  }

  @Test
  void pastTheBoundEverythingBetweenTheCommonStartAndEndIsOneChange() {
    // every line occurs on both sides, in the opposite order: Myers would need 2 x 2,999 edits
    List<String> middle = IntStream.range(0, 3_000).mapToObj(i -> i + "\n").toList();
    List<String> reversed = new ArrayList<>(middle);
    Collections.reverse(reversed);
    String before = "a\nb\n" + String.join("", middle) + "y\nz\n";
    String after = "a\nb\n" + String.join("", reversed) + "y\nz\n";
    String diff = UnifiedDiff.of("a.surety", before, after);
    assertThat(diff).startsWith("--- a.surety\n+++ a.surety\n@@ -1,3004 +1,3004 @@\n a\n b\n-0\n");
    assertThat(applied(diff, before)).isEqualTo(after);
  }

  @Test
  void theRoughDiffIsAValidDiff() throws PatchFailedException {
    Random random = new Random(7);
    for (int n = 0; n < 2_000; n++) {
      List<String> before = randomLines(random);
      List<String> after = randomLines(random);
      assertThat(UnifiedDiff.roughly(before, after).applyTo(before)).isEqualTo(after);
      String diff = UnifiedDiff.of("a.surety", String.join("", before), String.join("", after));
      assertThat(diff.isEmpty() ? String.join("", before) : applied(diff, String.join("", before)))
          .isEqualTo(String.join("", after));
    }
  }

  private static List<String> randomLines(Random random) {
    List<String> lines = new ArrayList<>();
    for (int i = random.nextInt(12); i > 0; i--) {
      lines.add((char) ('a' + random.nextInt(5)) + (random.nextInt(4) == 0 ? "\r\n" : "\n"));
    }
    if (!lines.isEmpty() && random.nextBoolean()) {
      String last = lines.remove(lines.size() - 1);
      lines.add(last.strip());
    }
    return lines;
  }

  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@\n");

  /** {@code diff} applied to {@code text} as patch does, strictly: every context line must match. */
  private static String applied(String diff, String text) {
    List<String> lines = new ArrayList<>(UnifiedDiff.lines(diff));
    // "\ No newline at end of file" takes the line end off the line before it
    for (int i = lines.size() - 1; i > 0; i--) {
      if (lines.get(i).startsWith("\\")) {
        String line = lines.get(i - 1);
        lines.set(i - 1, line.substring(0, line.length() - 1));
        lines.remove(i);
      }
    }
    assertThat(lines.get(0)).startsWith("--- ");
    assertThat(lines.get(1)).startsWith("+++ ");
    List<String> old = UnifiedDiff.lines(text);
    StringBuilder out = new StringBuilder();
    int at = 0;
    int i = 2;
    while (i < lines.size()) {
      Matcher m = HUNK.matcher(lines.get(i++));
      assertThat(m.matches()).as("hunk header %s", lines.get(i - 1)).isTrue();
      int oldCount = Integer.parseInt(m.group(2));
      int start = Integer.parseInt(m.group(1)) - (oldCount == 0 ? 0 : 1);
      assertThat(start).isGreaterThanOrEqualTo(at);
      while (at < start) {
        out.append(old.get(at++));
      }
      int removed = 0;
      int added = 0;
      for (; i < lines.size() && !lines.get(i).startsWith("@@"); i++) {
        String line = lines.get(i);
        String rest = line.substring(1);
        if (line.charAt(0) != '+') {
          assertThat(old.get(at++)).isEqualTo(rest);
          removed++;
        }
        if (line.charAt(0) != '-') {
          out.append(rest);
          added++;
        }
      }
      assertThat(removed).isEqualTo(oldCount);
      assertThat(added).isEqualTo(Integer.parseInt(m.group(4)));
    }
    while (at < old.size()) {
      out.append(old.get(at++));
    }
    return out.toString();
  }
}

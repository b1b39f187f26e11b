package dev.surety.cli.fmt;

import static org.assertj.core.api.Assertions.assertThat;

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
}

package dev.surety.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceRangeTest {

  @Test
  void ordersByFileThenPosition() {
    SourceRange a = SourceRange.of("a.surety", 3, 1, 3, 5);
    SourceRange b = SourceRange.of("a.surety", 10, 1, 10, 2);
    SourceRange c = SourceRange.of("b.surety", 1, 1, 1, 2);
    assertThat(a).isLessThan(b);
    assertThat(b).isLessThan(c);
    assertThat(SourcePosition.of(2, 9)).isLessThan(SourcePosition.of(10, 1));
  }

  @Test
  void rejectsRangesThatEndBeforeTheyStart() {
    assertThatThrownBy(() -> SourceRange.of("a.surety", 3, 5, 3, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spanCoversBoth() {
    SourceRange a = SourceRange.of("a.surety", 3, 4, 3, 9);
    SourceRange b = SourceRange.of("a.surety", 5, 1, 5, 2);
    assertThat(a.span(b)).isEqualTo(SourceRange.of("a.surety", 3, 4, 5, 2));
    assertThat(SourceRange.NONE.span(b)).isEqualTo(b);
    assertThat(a.contains(SourcePosition.of(3, 8))).isTrue();
    assertThat(a.contains(SourcePosition.of(3, 9))).as("end is exclusive").isFalse();
  }

  @Test
  void inAnotherFileKeepsItsNumbers() {
    SourceRange a = SourceRange.of("a.surety", 3, 4, 5, 2);
    assertThat(a.inFile("drafts/a.surety")).isEqualTo(SourceRange.of("drafts/a.surety", 3, 4, 5, 2));
    assertThat(a.inFile("a.surety")).isSameAs(a);
  }
}

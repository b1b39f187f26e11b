package dev.surety.validation.assessment;

import dev.surety.core.source.SourceRange;
import java.util.List;
import org.immutables.value.Value;

/** One commitment of one guarantor: binding or not, guarantee-grade or not, and why not. */
@Value.Immutable
public interface CommitmentDetail {
  /** The kind as written ({@code backstop}). */
  String kind();

  SourceRange range();

  boolean binding();

  boolean guaranteeGrade();

  /** Why it is not binding or not guarantee-grade; empty when it is both. */
  List<String> why();

  static ImmutableCommitmentDetail.Builder builder() {
    return ImmutableCommitmentDetail.builder();
  }
}

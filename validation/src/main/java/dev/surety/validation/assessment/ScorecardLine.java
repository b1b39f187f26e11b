package dev.surety.validation.assessment;

import dev.surety.core.source.SourceRange;
import java.util.List;
import org.immutables.value.Value;

/** One line of the scorecard: met or not, why, and the statements that decided it. */
@Value.Immutable
public interface ScorecardLine {
  Criterion criterion();

  boolean met();

  String reason();

  List<SourceRange> ranges();

  static ImmutableScorecardLine.Builder builder() {
    return ImmutableScorecardLine.builder();
  }
}

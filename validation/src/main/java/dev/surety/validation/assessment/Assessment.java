package dev.surety.validation.assessment;

import dev.surety.core.vocabulary.ArrangementKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The verdict, the Article 5 scorecard and the per-guarantor detail of one arrangement. */
@Value.Immutable
public interface Assessment {
  String title();

  /** The file the arrangement is written in (empty when built in Java). */
  String file();

  /** What the drafters claim ({@code kind}), when written. */
  Optional<ArrangementKind> kind();

  Verdict verdict();

  /** How many of the seven scorecard lines are met. */
  @Value.Derived
  default int score() {
    return (int) scorecard().stream().filter(ScorecardLine::met).count();
  }

  /** Exactly seven lines, in the order of {@link Criterion}. */
  List<ScorecardLine> scorecard();

  List<GuarantorDetail> guarantors();

  static ImmutableAssessment.Builder builder() {
    return ImmutableAssessment.builder();
  }

  @Value.Check
  default void check() {
    if (scorecard().size() != Criterion.values().length) {
      throw new IllegalStateException("a scorecard has seven lines, not " + scorecard().size());
    }
  }
}

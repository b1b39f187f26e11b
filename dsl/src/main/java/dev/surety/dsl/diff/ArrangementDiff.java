package dev.surety.dsl.diff;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.validation.assessment.Verdict;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The diff of one arrangement: its changes, its verdict and Article 5 score before and after, and
 * the diagnostics that appeared, disappeared or changed (compared by code and message, not by
 * position; a finding whose code is reported once before and once after, in other words, has
 * changed rather than gone and come). An
 * arrangement only before (removed) has no verdict after; one only after (added) none before.
 */
@Value.Immutable
public interface ArrangementDiff {

  /** The title after, or before when the arrangement was removed. */
  String title();

  List<Change> changes();

  Optional<Verdict> verdictBefore();

  Optional<Verdict> verdictAfter();

  Optional<Integer> scoreBefore();

  Optional<Integer> scoreAfter();

  /** Diagnostics after that were not there before (after's ranges). */
  List<Diagnostic> appeared();

  /** Diagnostics before that are no longer there (before's ranges). */
  List<Diagnostic> disappeared();

  /**
   * Findings reported before and after in other words: of a code that, once the unchanged ones
   * are set aside, is left once before and once after (SUR205's list of what the nearest
   * commitment lacks grew shorter: the same finding, changed, not one gone and another come).
   */
  List<DiagnosticChange> changedDiagnostics();

  /** A finding before, and the same finding after in other words. */
  record DiagnosticChange(Diagnostic before, Diagnostic after) {}

  static ImmutableArrangementDiff.Builder builder() {
    return ImmutableArrangementDiff.builder();
  }

  /** Whether nothing changed: no change, the same verdict and score, no diagnostic came or went. */
  default boolean isEmpty() {
    return changes().isEmpty() && appeared().isEmpty() && disappeared().isEmpty()
        && changedDiagnostics().isEmpty()
        && verdictBefore().equals(verdictAfter()) && scoreBefore().equals(scoreAfter());
  }
}

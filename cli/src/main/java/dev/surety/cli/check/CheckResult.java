package dev.surety.cli.check;

import dev.surety.cli.config.FailOn;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.validation.assessment.Assessment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The merged outcome of checking every input: what the facade's {@code Report} holds, for all the
 * files together, and whether it fails at the fail level in force.
 *
 * @param diagnostics every finding once, sorted by {@link Diagnostic#ORDER}, file names as shown
 * @param sources shown file name to text, sorted by name
 * @param fileCount the files read, included ones too, each once
 * @param arrangements in the order of the inputs, then of the source
 * @param assessments one per arrangement, in the same order
 * @param filesRead every file read from disk, included ones too, absolute and normalised, sorted
 * @param failOn the fail level in force: the request's, else the configuration's, else error
 * @param failures the inputs whose check failed inside Surety (a bug, not a finding), in input
 *     order: the others are checked and reported all the same
 * @param suppressed the findings that suppression comments covered, with the comments' reasons,
 *     each once, sorted as {@code diagnostics}
 */
public record CheckResult(
    List<Diagnostic> diagnostics,
    Map<String, String> sources,
    int fileCount,
    List<Arrangement> arrangements,
    List<Assessment> assessments,
    List<Path> filesRead,
    FailOn failOn,
    List<CheckFailure> failures,
    List<SuppressedDiagnostic> suppressed) {

  /** An input whose check failed inside Surety, as shown, and what was thrown. */
  public record CheckFailure(String file, Throwable cause) {}

  /**
   * Throws {@link CheckFailedException} when an input's check failed, so that the command, having
   * reported what the other inputs gave, ends with exit status 2 and one line per such input.
   */
  public void requireNoFailures() {
    if (!failures.isEmpty()) {
      throw new CheckFailedException(failures);
    }
  }

  /** Whether a finding is at or above {@link #failOn()}. */
  public boolean failed() {
    return diagnostics.stream().anyMatch(d -> failOn.fails(d.severity()));
  }
}

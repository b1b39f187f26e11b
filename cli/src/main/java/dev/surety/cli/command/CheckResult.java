package dev.surety.cli.command;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.validation.assessment.Assessment;
import java.util.List;
import java.util.Map;

/**
 * The merged outcome of checking every input: what the facade's {@code Report} holds, for all the
 * files together.
 *
 * @param diagnostics every finding once, sorted by {@link Diagnostic#ORDER}, file names as shown
 * @param sources shown file name to text, sorted by name
 * @param fileCount the files read, included ones too, each once
 * @param arrangements in the order of the inputs, then of the source
 * @param assessments one per arrangement, in the same order
 */
public record CheckResult(
    List<Diagnostic> diagnostics,
    Map<String, String> sources,
    int fileCount,
    List<Arrangement> arrangements,
    List<Assessment> assessments) {}

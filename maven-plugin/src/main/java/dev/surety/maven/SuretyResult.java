package dev.surety.maven;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.validation.assessment.Assessment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one check found, for all the drafts together, and whether it fails the build.
 *
 * @param diagnostics every finding, sorted by file and position, file names as shown
 * @param sources shown file name to its text (for SARIF and snippets)
 * @param fileCount the files read, included ones too, each once
 * @param filesRead every file read, included ones too, absolute (the incremental state hashes them)
 * @param arrangements in the order of the drafts, then of the source
 * @param assessments one per arrangement, in the same order
 * @param failOn the fail level in force ({@code error}, {@code warning}, {@code info}, {@code never})
 * @param failed whether a finding is at or above {@code failOn}
 */
public record SuretyResult(
    List<Diagnostic> diagnostics,
    Map<String, String> sources,
    int fileCount,
    List<Path> filesRead,
    List<Arrangement> arrangements,
    List<Assessment> assessments,
    String failOn,
    boolean failed) {

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** {@code 1 error, 2 warnings, 0 infos in 3 files}. */
  public String summary() {
    return plural(count(Severity.ERROR), "error") + ", " + plural(count(Severity.WARNING), "warning")
        + ", " + plural(count(Severity.INFO), "info") + " in " + plural(fileCount, "file");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

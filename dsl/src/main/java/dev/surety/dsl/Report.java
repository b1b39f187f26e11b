package dev.surety.dsl;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.SourceFile;
import dev.surety.validation.assessment.Assessment;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What {@link Surety#check} found: the files read, the arrangements compiled, every diagnostic
 * (after suppressions and severity configuration, sorted by file and position), the findings
 * suppressed and why, one assessment per
 * arrangement (none from a checker built with {@code assess(false)}), and the text of every file
 * read (for snippets).
 */
@Value.Immutable
public interface Report {

  List<SourceFile> files();

  List<Arrangement> arrangements();

  List<Diagnostic> diagnostics();

  /**
   * The findings that suppression comments covered (not in {@link #diagnostics()}), each with the
   * comment's reason, at their configured severities (none of a code turned off), sorted as the
   * diagnostics are: the JSON and SARIF reports keep them (LANGUAGE.md section 5).
   */
  List<SuppressedDiagnostic> suppressed();

  List<Assessment> assessments();

  Map<String, String> sources();

  default boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }
}

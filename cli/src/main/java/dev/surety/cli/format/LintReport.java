package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one run of {@code surety lint} found, ready to render: the findings (already filtered by
 * suppressions and configuration, with their final severities), the text of the files for
 * snippets, how many files were checked and the whole rule catalogue.
 *
 * <p>Renderers never change it; they order the findings themselves with {@link Diagnostic#ORDER}
 * ({@link #sortedDiagnostics()}), so the caller may add them in any order.
 */
@Value.Immutable
public abstract class LintReport {

  /** The findings to report, in any order, with their final severities. */
  public abstract List<Diagnostic> diagnostics();

  /**
   * The findings that suppression comments covered, with the comments' reasons: kept by the
   * {@code json} and {@code sarif} formats (LANGUAGE.md section 5), not shown or counted by the
   * others.
   */
  public abstract List<SuppressedDiagnostic> suppressed();

  /**
   * Reported file name (as in {@link dev.surety.core.source.SourceRange#file()}) to the file's full
   * text. Used for the snippets of the {@code text} format and the file list of {@code checkstyle};
   * a file may be missing (its findings are then shown without a snippet).
   */
  public abstract Map<String, String> sources();

  /** How many files were checked (the {@code in N files} of the summary, {@code files} of JSON). */
  public abstract int fileCount();

  /** Every rule of the catalogue: SARIF's rule table. */
  public abstract List<RuleDescriptor> rules();

  /** Whether the {@code text} format may use ANSI colour. */
  @Value.Default
  public boolean color() {
    return false;
  }

  /** The version of surety that ran, as SARIF's and Checkstyle's reports name it. */
  @Value.Default
  public String toolVersion() {
    return Optional.ofNullable(LintReport.class.getPackage().getImplementationVersion())
        .orElse("dev");
  }

  public static ImmutableLintReport.Builder builder() {
    return ImmutableLintReport.builder();
  }

  /** The findings ordered by file, then position, then code ({@link Diagnostic#ORDER}). */
  public List<Diagnostic> sortedDiagnostics() {
    return diagnostics().stream().sorted(Diagnostic.ORDER).toList();
  }

  /** How many findings have severity {@code severity}. */
  public int count(Severity severity) {
    return (int) diagnostics().stream().filter(d -> d.severity() == severity).count();
  }

  /** The rule with this code, if the catalogue has it. */
  public Optional<RuleDescriptor> rule(String code) {
    return rules().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  @Value.Check
  protected void check() {
    if (fileCount() < 0) {
      throw new IllegalArgumentException("negative file count: " + fileCount());
    }
  }
}

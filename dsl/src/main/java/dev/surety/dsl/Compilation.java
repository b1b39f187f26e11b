package dev.surety.dsl;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.SourceFile;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** The result of one compilation: every file read, the arrangements, and every diagnostic. */
@Value.Immutable
public abstract class Compilation {

  /** Every file read, included ones too, each once, in the order they were first reached. */
  public abstract List<SourceFile> files();

  /** The arrangements, in file order then source order. */
  public abstract List<Arrangement> arrangements();

  /** Every diagnostic, sorted by {@link Diagnostic#ORDER}. */
  public abstract List<Diagnostic> diagnostics();

  /** Reported file name to its full text as decoded (for caret snippets). */
  public abstract Map<String, String> sources();

  public boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public static ImmutableCompilation.Builder builder() {
    return ImmutableCompilation.builder();
  }
}

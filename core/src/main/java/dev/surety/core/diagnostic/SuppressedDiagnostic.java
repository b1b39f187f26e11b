package dev.surety.core.diagnostic;

import dev.surety.core.source.SourceRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A finding that a suppression comment covers: not reported, but kept with the comment's reason
 * (LANGUAGE.md section 5: "The reason after {@code --} is kept in reports"), so that the JSON and
 * SARIF reports can show what was suppressed and why, as ESLint's {@code suppressedMessages} and
 * SARIF's {@code suppressions} do.
 */
@Value.Immutable
public interface SuppressedDiagnostic {

  /** The finding, at its configured severity. */
  Diagnostic diagnostic();

  /** The directive that suppressed it: {@code disable-next-line} or {@code disable-file}. */
  String directive();

  /** The reason written after {@code --}, if any. */
  Optional<String> reason();

  /** The suppression comment. */
  SourceRange comment();

  static ImmutableSuppressedDiagnostic.Builder builder() {
    return ImmutableSuppressedDiagnostic.builder();
  }
}

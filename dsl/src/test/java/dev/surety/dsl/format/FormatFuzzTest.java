package dev.surety.dsl.format;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.fuzz.Invariants;
import java.util.Map;

/**
 * The formatter on any text. Invariants: on a text the parser accepts, a formatted text comes out,
 * formatting it again changes nothing, it compiles to a model equal to the original's (positions
 * aside), it keeps the multiset of comment texts and the layout rules ({@link FormatChecks}); on a
 * text with syntax errors, no formatted text and SUR001 diagnostics only, each inside the text.
 * On any text, the same result as the formatter that builds the whole parse tree first ({@link
 * WholeTreeFormatter}), which the streamed one replaced.
 *
 * <p>Seeds: {@code FormatFuzzTestInputs/format/} (see docs/fuzzing.md).
 */
class FormatFuzzTest {

  private static final SuretyFormatter FORMATTER = SuretyFormatter.create();

  @FuzzTest
  void format(byte[] data) {
    String text = Invariants.text(data);
    FormatResult result = FORMATTER.format(text, "fuzz.surety");
    FormatResult whole = WholeTreeFormatter.format(text, "fuzz.surety");
    Invariants.check(result.formatted().equals(whole.formatted())
            && result.diagnostics().equals(whole.diagnostics()),
        "the same result as the whole-tree formatter", text, whole);
    if (result.formatted().isPresent()) {
      Invariants.check(result.diagnostics().isEmpty(), "no diagnostics with a formatted text",
          text, result.diagnostics());
      FormatChecks.check(text, "fuzz.surety", Invariants.ROOT);
    } else {
      Invariants.check(!result.diagnostics().isEmpty(), "diagnostics without a formatted text",
          text, result);
      for (Diagnostic d : result.diagnostics()) {
        Invariants.check(d.code().equals(CompilerRules.SYNTAX_ERROR), "SUR001 only", text, d);
      }
      Invariants.diagnostics(result.diagnostics(), Map.of("fuzz.surety", text), text);
    }
  }
}

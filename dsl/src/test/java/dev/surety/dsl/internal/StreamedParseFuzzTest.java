package dev.surety.dsl.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.surety.dsl.fuzz.Invariants;

/**
 * Any text that parses without a syntax error must give the same diagnostics, suppressions and
 * model by the streamed parse as by the recovering one ({@link StreamedParse}); a text with a
 * syntax error takes the recovering parse only, which the check harness covers.
 *
 * <p>Seeds: {@code StreamedParseFuzzTestInputs/streamed/} (tools/fuzz-seeds.sh; docs/fuzzing.md).
 */
class StreamedParseFuzzTest {

  @FuzzTest
  void streamed(byte[] data) {
    StreamedParse.sameAsRecovering(Invariants.text(data));
  }
}

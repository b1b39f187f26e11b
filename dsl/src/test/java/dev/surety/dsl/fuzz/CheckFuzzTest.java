package dev.surety.dsl.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;

/**
 * Compile-and-validate through the public facade on any text. Invariants: a {@link Report} comes
 * out and nothing is thrown; every diagnostic (and related location) lies inside the text of the
 * file it names; every code is in {@link Surety#rules()}; no diagnostic is a caught exception; one
 * assessment per arrangement.
 *
 * <p>Seeds: {@code CheckFuzzTestInputs/check/} (see docs/fuzzing.md).
 */
class CheckFuzzTest {

  private static final Surety SURETY = Surety.builder()
      .compilerOptions(CompilerOptions.builder().root(Invariants.ROOT).build())
      .build();

  @FuzzTest
  void check(byte[] data) {
    String text = Invariants.text(data);
    Report report = SURETY.check(text, "fuzz.surety");
    Invariants.report(report, text);
  }
}

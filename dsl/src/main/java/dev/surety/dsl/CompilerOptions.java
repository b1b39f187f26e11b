package dev.surety.dsl;

import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/** How to compile: the compilation root (includes may not leave it) and the resource limits. */
@Value.Immutable
public abstract class CompilerOptions {

  /**
   * The compilation root. When empty: for {@code compile(Path...)}, the common directory of the
   * paths (a single file's own directory); for {@code compile(String, String)}, the current
   * directory.
   */
  public abstract Optional<Path> root();

  @Value.Default
  public Limits limits() {
    return Limits.defaults();
  }

  public static ImmutableCompilerOptions.Builder builder() {
    return ImmutableCompilerOptions.builder();
  }

  public static CompilerOptions defaults() {
    return builder().build();
  }
}

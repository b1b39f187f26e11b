package dev.surety.dsl;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
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

  /** The resource limits; input beyond one is SUR003 naming it (default {@link Limits#defaults()}). */
  @Value.Default
  public Limits limits() {
    return Limits.defaults();
  }

  /**
   * How a message's text names a file (an include chain, a file that cannot be read, the files a
   * file-level declaration is repeated in): given the name a finding's range carries (relative to
   * the root), the name to write. By default that same name. The command line gives the names its
   * reports show (relative to the working directory), so that a message names a file as the
   * finding's location does, whatever the root.
   */
  @Value.Default
  @Value.Auxiliary
  public Function<String, String> fileNamesInMessages() {
    return Function.identity();
  }

  public static ImmutableCompilerOptions.Builder builder() {
    return ImmutableCompilerOptions.builder();
  }

  public static CompilerOptions defaults() {
    return builder().build();
  }
}

package dev.surety.cli.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a command was asked to read: the files in a stable order (directories expanded), whether
 * {@code -} asked for standard input and under which name, and the include root.
 *
 * @param files absolute, normalized, each once (one file under two names, through a link, under
 *     the first), in the order of the arguments; the files below a
 *     directory in lexicographic order of their paths
 * @param stdinName the name to report for standard input, when {@code -} was given
 * @param root the compilation root: {@code --root}, else the common directory of the paths
 */
public record Inputs(List<Path> files, Optional<String> stdinName, Path root) {

  public Inputs {
    files = List.copyOf(files);
  }

  public boolean readsStdin() {
    return stdinName.isPresent();
  }
}

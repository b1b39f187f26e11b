package dev.surety.cli.assess;

import dev.surety.core.source.SourceRange;
import java.nio.file.Path;

/** How a reported file name is shown: the identity, or relative to the working directory. */
@FunctionalInterface
public interface PathDisplay {

  PathDisplay AS_REPORTED = file -> file;

  String show(String reportedFile);

  /**
   * A file as the user sees it: relative to the working directory when it lies below it, else
   * absolute; with {@code /} on every platform.
   */
  static String relative(Path workingDirectory, Path file) {
    String shown = file.startsWith(workingDirectory)
        ? workingDirectory.relativize(file).toString() : file.toString();
    return shown.replace('\\', '/');
  }

  /** {@code FILE:LINE:COLUMN} of a range's start, or the file alone when the range is unknown. */
  default String location(SourceRange range) {
    String file = show(range.file());
    if (!range.isKnown()) {
      return file;
    }
    return file + ":" + range.start().line() + ":" + range.start().column();
  }
}

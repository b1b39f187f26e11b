package dev.surety.cli.assess;

import dev.surety.core.source.SourceRange;

/** How a reported file name is shown: the identity, or relative to the working directory. */
@FunctionalInterface
public interface PathDisplay {

  PathDisplay AS_REPORTED = file -> file;

  String show(String reportedFile);

  /** {@code FILE:LINE:COLUMN} of a range's start, or the file alone when the range is unknown. */
  default String location(SourceRange range) {
    String file = show(range.file());
    if (!range.isKnown()) {
      return file;
    }
    return file + ":" + range.start().line() + ":" + range.start().column();
  }
}

package dev.surety.maven;

import dev.surety.cli.IoProblems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The drafts under a source directory that match Ant-style {@code includes} and none of the
 * {@code excludes} ({@code **} any number of directories, {@code *} any part of a name, {@code ?}
 * one character; paths relative to the directory, with {@code /}). Sorted by path, so the order of
 * the findings never depends on the file system.
 */
final class DraftScanner {

  static final List<String> DEFAULT_INCLUDES = List.of("**/*.surety");

  private final List<Pattern> includes;
  private final List<Pattern> excludes;

  /**
   * Blank patterns (an empty {@code <include/>}) are passed by, as blank {@code severities} are.
   *
   * @throws IllegalArgumentException naming the parameter, for a pattern that reaches outside the
   *     source directory ({@code ../shared/*.surety}, {@code /abs/*.surety}): it could match
   *     nothing, and a build that checks nothing must not pass for one that checked the drafts
   */
  DraftScanner(List<String> includes, List<String> excludes) {
    List<String> given = patterns("includes", includes);
    this.includes = (given.isEmpty() ? DEFAULT_INCLUDES : given)
        .stream().map(DraftScanner::compile).toList();
    this.excludes = patterns("excludes", excludes)
        .stream().map(DraftScanner::compile).toList();
  }

  private static List<String> patterns(String parameter, List<String> patterns) {
    List<String> kept = new ArrayList<>();
    for (String pattern : patterns == null ? List.<String>of() : patterns) {
      if (pattern == null || pattern.isBlank()) {
        continue;
      }
      String written = pattern.trim().replace('\\', '/');
      if (written.startsWith("/") || written.matches("[A-Za-z]:.*")
          || List.of(written.split("/")).contains("..")) {
        throw new IllegalArgumentException(parameter + ": '" + pattern.trim() + "' reaches"
            + " outside sourceDirectory, and the patterns are relative to it (set"
            + " sourceDirectory to the directory that holds the drafts)");
      }
      kept.add(pattern);
    }
    return kept;
  }

  /**
   * What a scan found: the drafts, and the name of every file below the directory, relative to it
   * with {@code /} and sorted. The names go into the incremental state: an include can only reach
   * a file below the directory (the include root), so a file that appears there may be one that a
   * draft includes, and was missing.
   */
  record Found(List<Path> drafts, List<String> files) {}

  /**
   * The matching regular files below {@code directory}, absolute and named below it; none if it
   * does not exist. A directory that is a symbolic link is walked where the link leads (a walk
   * would otherwise see only the link, and find nothing); links below it are not followed into
   * directories. A matching name that is no draft to read, a broken symbolic link or a FIFO, is
   * refused, as the CLI refuses it below a directory: a draft whose link broke must not drop out
   * of the check unnoticed, and a FIFO could block the build.
   *
   * @throws Unreadable naming the file or directory and the problem
   */
  Found scan(Path directory) throws Unreadable {
    if (!Files.isDirectory(directory)) {
      return new Found(List.of(), List.of());
    }
    Path base = directory.toAbsolutePath().normalize();
    List<Path> drafts = new ArrayList<>();
    List<String> files = new ArrayList<>();
    try {
      Path start = Files.isSymbolicLink(base) ? base.toRealPath() : base;
      try (Stream<Path> walk = Files.walk(start)) {
        for (Path found : (Iterable<Path>) walk::iterator) {
          if (found.equals(start) || Files.isDirectory(found)) {
            continue;
          }
          Path file = base.resolve(start.relativize(found));
          String name = base.relativize(file).toString().replace('\\', '/');
          files.add(name);
          if (!matches(name)) {
            continue;
          }
          if (Files.isRegularFile(found)) {
            drafts.add(file);
          } else if (!Files.exists(found)) {
            throw new Unreadable(file, "broken symbolic link");
          } else {
            throw new Unreadable(file, "not a regular file");
          }
        }
      }
    } catch (IOException e) {
      throw unreadable(base, e);
    } catch (UncheckedIOException e) {
      throw unreadable(base, e.getCause());
    }
    drafts.sort(null);
    files.sort(null);
    return new Found(List.copyOf(drafts), List.copyOf(files));
  }

  private static Unreadable unreadable(Path directory, IOException e) {
    Path where = e instanceof FileSystemException f && f.getFile() != null
        ? Path.of(f.getFile()) : directory;
    return new Unreadable(where, IoProblems.describe(e));
  }

  boolean matches(String relative) {
    return includes.stream().anyMatch(p -> p.matcher(relative).matches())
        && excludes.stream().noneMatch(p -> p.matcher(relative).matches());
  }

  static Pattern compile(String antPattern) {
    String pattern = antPattern.trim().replace('\\', '/');
    if (pattern.endsWith("/")) {
      pattern = pattern + "**";
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (pattern.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (pattern.startsWith("**", i)) {
        regex.append(".*");
        i += 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }

  /** A file or directory below the source directory that cannot be read, and why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    final transient Path path;
    final String problem;

    Unreadable(Path path, String problem) {
      super(path + ": " + problem);
      this.path = path;
      this.problem = problem;
    }
  }
}

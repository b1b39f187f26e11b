package dev.surety.maven;

import dev.surety.cli.IoProblems;
import dev.surety.cli.input.InputCollector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The drafts under a source directory that match Ant-style {@code includes} and none of the
 * {@code excludes} ({@code **} any number of directories, {@code *} any part of a name, {@code ?}
 * one character; paths relative to the directory, with {@code /}). Sorted by path, so the order of
 * the findings never depends on the file system.
 */
final class DraftScanner {

  static final List<String> DEFAULT_INCLUDES = List.of("**/*.surety");

  /** Any file of a draft's name, whatever the patterns say. */
  private static final Pattern SURETY_FILE = compile("**/*" + InputCollector.EXTENSION);

  /** Maven's default excludes, as maven-resources-plugin applies them (copied: it is an array). */
  private static final List<Pattern> DEFAULT_EXCLUDES =
      Stream.of(DirectoryScanner.DEFAULTEXCLUDES).map(DraftScanner::compile).toList();

  private final List<String> includeSpellings;
  private final List<String> excludeSpellings;
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
    this.includeSpellings = given.isEmpty() ? DEFAULT_INCLUDES : given;
    this.excludeSpellings = patterns("excludes", excludes);
    this.includes = includeSpellings.stream().map(DraftScanner::compile).toList();
    this.excludes = excludeSpellings.stream().map(DraftScanner::compile).toList();
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
      kept.add(pattern.trim());
    }
    return kept;
  }

  /**
   * What a scan found: the drafts; the name of every file below the directory, relative to it
   * with {@code /} and sorted; and how many of those files are named {@code *.surety} and not
   * excluded, whether the includes select them or not. The names go into the incremental state: an include can only
   * reach a file below the directory (the include root), so a file that appears there may be one
   * that a draft includes, and was missing.
   */
  record Found(List<Path> drafts, List<String> files, int suretyFiles) {}

  /** As {@link #scan(Path, Collection)}, skipping no directory but those the CLI skips. */
  Found scan(Path directory) throws Unreadable {
    return scan(directory, List.of());
  }

  /**
   * The matching regular files below {@code directory}, absolute and named below it; none if it
   * does not exist. A directory that is a symbolic link is walked where the link leads (a walk
   * would otherwise see only the link, and find nothing); links below it are not followed into
   * directories. A matching name that is no draft to read, a broken symbolic link or a FIFO, is
   * refused, as the CLI refuses it below a directory: a draft whose link broke must not drop out
   * of the check unnoticed, and a FIFO could block the build. One file under two names (a
   * symbolic or hard link to a draft beside it) is one draft, under the first of its names in
   * sorted order, as the CLI reads it ({@link InputCollector#identity}).
   *
   * <p>As the CLI's walk of a directory, the scan does not enter hidden directories, {@code
   * target} or {@code node_modules} below it ({@link InputCollector#skippedDirectory}), which hold
   * copies of the drafts a build packaged and names that change on every build; nor {@code
   * skipped}, the build directory and the output directory wherever they are. Files that Maven's
   * default excludes name ({@link DirectoryScanner#DEFAULTEXCLUDES}: an editor's lock {@code
   * .#x.surety} and backup {@code x.surety~}, macOS's {@code ._x.surety}, SCM files) are no file
   * of the directory at all.
   *
   * @throws Unreadable naming the file or directory and the problem
   */
  Found scan(Path directory, Collection<Path> skipped) throws Unreadable {
    if (!Files.isDirectory(directory)) {
      return new Found(List.of(), List.of(), 0);
    }
    Path base = directory.toAbsolutePath().normalize();
    Set<Path> skippedPaths = new HashSet<>();
    for (Path path : skipped) {
      skippedPaths.add(path.toAbsolutePath().normalize());
      skippedPaths.add(AbstractSuretyMojo.realPath(path));
    }
    List<Path> drafts = new ArrayList<>();
    Map<Path, Object> identities = new HashMap<>();
    List<String> files = new ArrayList<>();
    int[] suretyFiles = {0};
    Unreadable[] refused = {null};
    try {
      Path start = Files.isSymbolicLink(base) ? base.toRealPath() : base;
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(start) && (InputCollector.skippedDirectory(dir.getFileName().toString())
              || skippedPaths.contains(dir)
              || skippedPaths.contains(base.resolve(start.relativize(dir))))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path found, BasicFileAttributes attrs) {
          if (Files.isDirectory(found)) {
            return FileVisitResult.CONTINUE; // a link to a directory: not entered, no draft
          }
          Path file = base.resolve(start.relativize(found));
          String name = base.relativize(file).toString().replace('\\', '/');
          if (defaultExcluded(name)) {
            return FileVisitResult.CONTINUE;
          }
          files.add(name);
          if (SURETY_FILE.matcher(name).matches() && !excluded(name)) {
            suretyFiles[0]++;
          }
          if (!matches(name)) {
            return FileVisitResult.CONTINUE;
          }
          if (Files.isRegularFile(found)) {
            drafts.add(file);
            identities.put(file, InputCollector.identity(found, found, attrs));
            return FileVisitResult.CONTINUE;
          }
          refused[0] = new Unreadable(file,
              Files.exists(found) ? "not a regular file" : "broken symbolic link");
          return FileVisitResult.TERMINATE;
        }
      });
    } catch (IOException e) {
      throw unreadable(base, e);
    } catch (UncheckedIOException e) {
      throw unreadable(base, e.getCause());
    }
    if (refused[0] != null) {
      throw refused[0];
    }
    drafts.sort(null);
    files.sort(null);
    // one file under two names (a link to a draft beside it) is one draft, under the first name
    Set<Object> seen = new HashSet<>();
    drafts.removeIf(draft -> !seen.add(identities.get(draft)));
    return new Found(List.copyOf(drafts), List.copyOf(files), suretyFiles[0]);
  }

  /** Whether Maven's default excludes name the file (relative, with {@code /}). */
  static boolean defaultExcluded(String relative) {
    return DEFAULT_EXCLUDES.stream().anyMatch(p -> p.matcher(relative).matches());
  }

  /** The includes in force, as written: the given ones, else {@link #DEFAULT_INCLUDES}. */
  List<String> includes() {
    return includeSpellings;
  }

  /** The excludes given, as written. */
  List<String> excludes() {
    return excludeSpellings;
  }

  /**
   * The includes without a wildcard ({@code *}, {@code ?}) that name none of {@code files}: a
   * name written out is meant to be there, and a typo must not leave its draft unchecked.
   */
  List<String> literalIncludesMatchingNothing(List<String> files) {
    List<String> missing = new ArrayList<>();
    for (String include : includeSpellings) {
      if (include.contains("*") || include.contains("?") || include.endsWith("/")) {
        continue;
      }
      Pattern pattern = compile(include);
      if (files.stream().noneMatch(f -> pattern.matcher(f).matches())) {
        missing.add(include);
      }
    }
    return missing;
  }

  private static Unreadable unreadable(Path directory, IOException e) {
    Path where = e instanceof FileSystemException f && f.getFile() != null
        ? Path.of(f.getFile()) : directory;
    return new Unreadable(where, IoProblems.describe(e));
  }

  boolean matches(String relative) {
    return includes.stream().anyMatch(p -> p.matcher(relative).matches()) && !excluded(relative);
  }

  private boolean excluded(String relative) {
    return excludes.stream().anyMatch(p -> p.matcher(relative).matches());
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

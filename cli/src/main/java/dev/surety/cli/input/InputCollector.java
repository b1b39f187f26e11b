package dev.surety.cli.input;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.CliException;
import dev.surety.cli.IoProblems;
import dev.surety.cli.check.CheckRequest;
import dev.surety.cli.format.TerminalText;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the PATH arguments into {@link Inputs}: files as given, directories expanded to every
 * {@code *.surety} below them (sorted, so that every run reads them in the same order; build
 * output and hidden directories below are skipped, see {@link #SKIPPED_DIRECTORIES}), and
 * {@code -} for standard input; an editor's lock file or macOS's metadata beside a draft is no
 * draft, see {@link #skippedFile}. A missing or unreadable path, a directory that cannot be
 * listed or holds no draft, or a draft below a directory that cannot be read (a broken symbolic
 * link, a FIFO named {@code *.surety}), stops the command with one line naming it ({@link
 * CliException}, exit status 2): a CI job pointed at the wrong directory must not pass as "no
 * findings".
 *
 * <p>Each file is read once, under the first name it is reached by (the arguments in their order,
 * the files below a directory in theirs): a file named twice, through a symbolic link, a hard link
 * or a directory walked twice under two names, is one file, as {@link #identity} tells.
 */
public final class InputCollector {

  public static final String STDIN = "-";
  public static final String EXTENSION = ".surety";

  /**
   * Directories that a walk does not enter: the build output of Maven ({@code target}, which holds
   * copies of the drafts a build packaged) and of npm ({@code node_modules}); hidden directories
   * ({@code .git}, ...) are skipped too. A directory named as an argument is always walked.
   */
  public static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules");

  /**
   * Whether a walk passes a directory below the one named by: a hidden one, or one of {@link
   * #SKIPPED_DIRECTORIES}. The Maven plugin's scan of its {@code sourceDirectory} asks the same.
   */
  public static boolean skippedDirectory(String name) {
    return name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name);
  }

  /**
   * Whether a file below a directory, though named {@code *.surety}, is no draft but what an
   * editor or an operating system leaves beside one: Emacs's lock {@code .#name} (a symbolic link
   * to nowhere) and macOS's AppleDouble {@code ._name} (binary metadata). They are the entries of
   * Maven's default excludes ({@code **}{@code /.#*}, {@code **}{@code /._*}) that can name a
   * draft outside a skipped directory; a file named as an argument is always read.
   */
  public static boolean skippedFile(String name) {
    return name.startsWith(".#") || name.startsWith("._");
  }

  /** Paths below a directory: compared as strings with {@code /}, the same on every platform. */
  private static final Comparator<Path> STABLE =
      Comparator.comparing(p -> p.toString().replace('\\', '/'));

  private final CliEnvironment environment;

  public InputCollector(CliEnvironment environment) {
    this.environment = environment;
  }

  /**
   * @param arguments the PATH arguments as written
   * @param root {@code --root} as written, if given
   * @param stdinName the name to report for {@code -}; unless it is {@link
   *     CheckRequest#UNNAMED_STDIN}, standard input is read as the file of that name would be, so its
   *     directory counts towards the default root as a file's does
   */
  public Inputs collect(List<String> arguments, Optional<String> root, String stdinName) {
    // each file once, under the first name that reaches it: its identity to that name
    Map<Object, Path> files = new LinkedHashMap<>();
    List<Path> bases = new ArrayList<>();
    Map<String, Path> given = new LinkedHashMap<>();
    boolean stdin = false;
    for (String argument : arguments) {
      if (STDIN.equals(argument)) {
        stdin = true;
        continue;
      }
      Path path = environment.resolve(argument);
      given.putIfAbsent(argument, path);
      if (Files.isDirectory(path)) {
        requireReadableDirectory(argument, path);
        List<Found> drafts = listDrafts(argument, path);
        if (drafts.isEmpty()) {
          throw new CliException("no drafts (*" + EXTENSION + ") in " + named(argument));
        }
        drafts.forEach(found -> files.putIfAbsent(found.identity(), found.path()));
        bases.add(path);
      } else if (Files.exists(path)) {
        requireReadableFile(argument, path);
        files.putIfAbsent(identity(path, path, null), path);
        bases.add(path.getParent());
      } else {
        String problem = Files.exists(path, LinkOption.NOFOLLOW_LINKS)
            ? IoProblems.unresolvedLink(path)
            : "no such file or directory";
        throw new CliException(named(argument) + ": " + problem);
      }
    }
    if (stdin) {
      stdinPath(stdinName).ifPresent(path -> {
        bases.add(path.getParent());
        given.putIfAbsent(stdinName + " (--stdin-filename)", path);
      });
    }
    Path rootPath = root.map(r -> requireRoot(r, environment.resolve(r)))
        .orElseGet(() -> commonDirectory(bases));
    if (root.isPresent()) {
      given.forEach((argument, path) -> requireInside(argument, path, root.get(), rootPath));
    }
    return new Inputs(List.copyOf(files.values()), stdin ? Optional.of(stdinName) : Optional.empty(), rootPath);
  }

  /**
   * Where standard input is read as if it were, when it is named: the file of that name, relative to
   * the working directory. Empty for {@link CheckRequest#UNNAMED_STDIN} or a name that is no path.
   */
  private Optional<Path> stdinPath(String stdinName) {
    if (stdinName.equals(CheckRequest.UNNAMED_STDIN)) {
      return Optional.empty();
    }
    try {
      return Optional.of(environment.resolve(stdinName)).filter(p -> p.getParent() != null);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Refuses a PATH outside {@code --root}: the root is the directory that includes may not leave,
   * and by default it holds every PATH, so one outside it is a mistake in the arguments. Its
   * includes were each reported as leaving the root, which blamed the include rather than the PATH.
   */
  private static void requireInside(String argument, Path path, String root, Path rootPath) {
    if (path.startsWith(rootPath) || realPath(path).startsWith(realPath(rootPath))) {
      return;
    }
    throw new CliException(named(argument) + " is outside the compilation root " + named(root)
        + "; give --root a directory that holds every PATH, or leave --root out (the default is"
        + " the deepest directory that holds them)");
  }

  /** The path with its symbolic links resolved, or as it is when it cannot be. */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException | RuntimeException e) {
      return path;
    }
  }

  private Path requireRoot(String argument, Path path) {
    if (!Files.isDirectory(path)) {
      throw new CliException("--root " + named(argument) + ": "
          + (Files.exists(path) ? IoProblems.notADirectory(path) : "no such directory"));
    }
    return path;
  }

  /** The deepest directory that holds every base; the working directory when there is none. */
  Path commonDirectory(List<Path> bases) {
    if (bases.isEmpty()) {
      return environment.workingDirectory();
    }
    Path common = bases.get(0);
    for (Path base : bases.subList(1, bases.size())) {
      while (common != null && !base.startsWith(common)) {
        common = common.getParent();
      }
    }
    return common == null ? bases.get(0).getRoot() : common;
  }

  private static void requireReadableFile(String argument, Path path) {
    if (!Files.isRegularFile(path)) {
      throw new CliException(named(argument) + ": not a regular file");
    }
    if (!Files.isReadable(path)) {
      throw new CliException(named(argument) + ": permission denied");
    }
  }

  private static void requireReadableDirectory(String argument, Path path) {
    if (!Files.isReadable(path) || !Files.isExecutable(path)) {
      throw new CliException(named(argument) + ": permission denied");
    }
  }

  private static boolean skipped(Path dir) {
    return skippedDirectory(dir.getFileName().toString());
  }

  /** A draft found below a directory: its name below the directory as given, and {@link #identity}. */
  private record Found(Path path, Object identity) {}

  /**
   * What tells one file from another however it is named: the file key of its attributes (on
   * Unix, the device and inode, which a symbolic link, a hard link and a directory reached under
   * two names share), read from the attributes a walk already holds for a regular file, else
   * (once) through the links; where the file system has no key (Windows), the path with its links
   * resolved. A file whose attributes cannot be read is told by its name, as before. The Maven
   * plugin's scan of its {@code sourceDirectory} tells files apart with it too.
   *
   * @param name the path by which the file is reached (a link, or below a linked directory)
   * @param walked the same file as a walk reached it, for the key-less fallback: below a directory
   *     named by a link, the path below where the link leads
   * @param attributes the attributes a walk read without following links, or null
   */
  public static Object identity(Path name, Path walked, BasicFileAttributes attributes) {
    try {
      BasicFileAttributes read = attributes != null && attributes.isRegularFile()
          ? attributes : Files.readAttributes(name, BasicFileAttributes.class);
      Object key = read.fileKey();
      if (key != null) {
        return key;
      }
      return attributes != null && attributes.isRegularFile() ? walked : walked.toRealPath();
    } catch (IOException | RuntimeException e) {
      return name;
    }
  }

  /**
   * Every draft below {@code directory}, named below it as given. A directory named by a symbolic
   * link is walked where the link leads (a walk would otherwise see only the link, and find
   * nothing); the links below it are not followed into directories, as ripgrep does.
   */
  private static List<Found> listDrafts(String argument, Path directory) {
    List<Found> found = new ArrayList<>();
    try {
      Path start = Files.isSymbolicLink(directory) ? directory.toRealPath() : directory;
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(start) && skipped(dir)) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
            throw new CliException(shown(argument, start, dir) + ": permission denied");
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (!name.endsWith(EXTENSION) || skippedFile(name)) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile() || Files.isRegularFile(file)) {
            if (!Files.isReadable(file)) {
              throw new CliException(shown(argument, start, file) + ": permission denied");
            }
            found.add(new Found(directory.resolve(start.relativize(file)),
                identity(file, file, attrs)));
          } else if (!Files.exists(file)) {
            // a draft that is not there, as when it is named: not a file to pass by in silence
            throw new CliException(
                shown(argument, start, file) + ": " + IoProblems.unresolvedLink(file));
          } else if (!Files.isDirectory(file)) {
            // a FIFO or a device named as a draft: reading it would block or never end
            throw new CliException(shown(argument, start, file) + ": not a regular file");
          }
          // a link to a directory is not entered, as ripgrep does, so that a walk cannot loop
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          throw new CliException(shown(argument, start, file) + ": " + IoProblems.describe(e), e);
        }
      });
    } catch (IOException e) {
      throw IoProblems.failure(Path.of(argument), e);
    }
    found.sort(Comparator.comparing(Found::path, STABLE));
    return found;
  }

  /**
   * A path below a directory argument, as the user would write it, made safe for the terminal
   * ({@link #named}).
   */
  private static String shown(String argument, Path directory, Path path) {
    Path relative = directory.relativize(path);
    if (relative.toString().isEmpty()) {
      return named(argument);
    }
    String base = argument.endsWith("/") ? argument : argument + "/";
    return named(base + relative.toString().replace('\\', '/'));
  }

  /** A path in a message: its control characters written {@code <U+001B>}, as lint names files. */
  private static String named(String path) {
    return TerminalText.name(path);
  }
}

package dev.surety.dsl;

import dev.surety.core.source.SourcePosition;
import dev.surety.dsl.internal.FileParser;
import dev.surety.dsl.internal.Session;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Compiles Surety drafts into the model. Thread-safe and reusable. Problems with the input,
 * including I/O problems and inputs beyond a limit, become diagnostics. A failure of Surety itself
 * is thrown as it is, never reported as a finding about the draft: a {@link RuntimeException} is a
 * bug in Surety, an {@link OutOfMemoryError} or {@link StackOverflowError} a lack of memory for
 * that input; the caller reports it as its own (the command line exits with status 2 naming the
 * file, the language server logs it and keeps the diagnostics it had). A {@code null} where paths
 * or options are expected is a mistake of the calling code, not an input: it throws {@link
 * NullPointerException} naming the parameter at once (a draft's text too: an empty draft is {@code
 * ""}); a file name that is {@code null}, empty or blank is reported as {@code <source>}.
 *
 * <p><b>Paths given directly</b> (not through {@code include}) that are missing or unreadable are
 * reported as a diagnostic with code SUR002 (include-error) and the message {@code "cannot read
 * <path>: <reason>"}, with a range whose file is the path as reported and whose positions are
 * {@link SourcePosition#NONE}. There is no other code for it in RULES.md, and a caller treats both
 * cases alike (an input that could not be read).
 *
 * <p><b>Root</b>: {@link CompilerOptions#root()} when set; otherwise, for {@code compile(Path...)},
 * the deepest directory that holds every path (a single file's own directory, a single directory
 * itself), and for {@code compile(String, String)} the current directory. Reported file names are
 * relative to the root with {@code /}; an in-memory source is reported under the name given.
 */
public final class SuretyCompiler {

  private final CompilerOptions options;

  private SuretyCompiler(CompilerOptions options) {
    this.options = options;
  }

  /** A compiler with the default options: no root given, the default {@link Limits}. */
  public static SuretyCompiler create() {
    return new SuretyCompiler(CompilerOptions.defaults());
  }

  /** A compiler with {@code options}: its root and its resource limits. */
  public static SuretyCompiler create(CompilerOptions options) {
    return new SuretyCompiler(Objects.requireNonNull(options, "options"));
  }

  /** The options it was created with. */
  public CompilerOptions options() {
    return options;
  }

  /** Compiles files and directories (every {@code *.surety} below a directory, sorted). */
  public Compilation compile(Path... paths) {
    return compile(Arrays.asList(Objects.requireNonNull(paths, "paths")));
  }

  /**
   * Compiles files and directories (every {@code *.surety} below a directory, sorted; a directory
   * named by a symbolic link is read where it leads, and links to directories below it are not
   * entered). A directory that holds no draft adds nothing: a compilation of no files, with no
   * finding, is the caller's to refuse (the command line stops with exit status 2, {@code no
   * drafts}; the Maven plugin logs it and passes, so that a module without drafts builds).
   */
  public Compilation compile(List<Path> paths) {
    requireNoNulls(paths);
    Path root = options.root().orElseGet(() -> commonDirectory(paths));
    return new Session(root, options).compilePaths(paths);
  }

  /** The paths of a call: neither the list nor any of them {@code null}. */
  static void requireNoNulls(List<Path> paths) {
    Objects.requireNonNull(paths, "paths");
    for (int i = 0; i < paths.size(); i++) {
      if (paths.get(i) == null) {
        throw new NullPointerException("paths[" + i + "] is null");
      }
    }
  }

  /**
   * Compiles a draft held in memory; includes resolve against the root and the name's directory.
   * A {@code fileName} that is null, empty or blank is reported as {@code <source>}.
   *
   * @throws NullPointerException if {@code source} is null (an empty draft is {@code ""})
   */
  public Compilation compile(String source, String fileName) {
    Objects.requireNonNull(source, "source");
    return inMemory(fileName, (session, name) -> session.compileSource(source, name));
  }

  /**
   * Compiles a draft's bytes held in memory (standard input, a buffer) as a file's are read: bytes
   * that are not UTF-8 are reported (SUR001, "save the file as UTF-8") rather than silently
   * replaced, a byte-order mark is dropped, more than {@code maxFileBytes} is SUR003. Includes
   * resolve as for {@link #compile(String, String)}.
   *
   * @throws NullPointerException if {@code source} is null
   */
  public Compilation compileBytes(byte[] source, String fileName) {
    Objects.requireNonNull(source, "source");
    return inMemory(fileName, (session, name) -> session.compileBytes(source, name));
  }

  /**
   * A draft held in memory, compiled by {@code compile} in a session rooted at the configured
   * root or the working directory.
   */
  private Compilation inMemory(String fileName,
      java.util.function.BiFunction<Session, String, Compilation> compile) {
    Path root = options.root().orElseGet(() -> Path.of("").toAbsolutePath());
    return compile.apply(new Session(root, options), FileParser.reportedName(fileName));
  }

  private static Path commonDirectory(List<Path> paths) {
    Path common = null;
    for (Path path : paths) {
      Path p = path.toAbsolutePath().normalize();
      Path dir = java.nio.file.Files.isDirectory(p) ? p : p.getParent();
      if (dir == null) {
        dir = p;
      }
      if (common == null) {
        common = dir;
      } else {
        while (common != null && !dir.startsWith(common)) {
          common = common.getParent();
        }
      }
    }
    return common != null ? common : Path.of("").toAbsolutePath();
  }
}

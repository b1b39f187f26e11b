package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.CliException;
import dev.surety.cli.ExitCode;
import dev.surety.cli.IoProblems;
import dev.surety.cli.SuretyCli;
import dev.surety.cli.VersionProvider;
import dev.surety.cli.assess.PathDisplay;
import dev.surety.cli.check.CheckRequest;
import dev.surety.cli.compile.AtomicFiles;
import dev.surety.cli.config.ConfigLoader;
import dev.surety.cli.config.SuretyConfig;
import dev.surety.cli.fmt.UnifiedDiff;
import dev.surety.cli.format.LintReport;
import dev.surety.cli.format.TerminalText;
import dev.surety.cli.format.TextRenderer;
import dev.surety.cli.input.InputCollector;
import dev.surety.cli.input.Inputs;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableDiagnostic;
import dev.surety.dsl.Compilation;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Limits;
import dev.surety.dsl.Surety;
import dev.surety.dsl.SuretyCompiler;
import dev.surety.dsl.format.FormatResult;
import dev.surety.dsl.format.SuretyFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code surety fmt}: lays drafts out in the canonical layout (LANGUAGE.md section 6) with
 * {@link SuretyFormatter}. Without a mode it prints the formatted text of one file (several are
 * refused: their texts run together would be of no use); {@code --write} rewrites the files that
 * change, atomically ({@link AtomicFiles#replace}), and leaves the others untouched;
 * {@code --check} lists the files that would change; {@code --diff} prints how they would change,
 * as a unified diff. {@code --check} and {@code --diff} exit 1 when some file would change.
 *
 * <p>A file with syntax errors (or bytes that are not UTF-8) is never rewritten nor printed: its
 * SUR001 diagnostics go to standard error in lint's text format, the other files are still
 * formatted, and the exit status is 1. So is a file larger than the configuration's {@code
 * maxFileBytes}, with lint's SUR003 and without being read. Standard input ({@code -}) is formatted to standard output
 * in the default mode and with {@code --write}.
 */
@Command(
    name = "fmt",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lay drafts out in the canonical layout (LANGUAGE.md section 6).",
      "Without --check, --write or --diff: print the formatted text of one file."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      "0:every file is formatted (or was printed, or rewritten)",
      "1:--check, --diff: some file would change; any mode: some file has syntax errors, or "
          + "is over maxFileBytes (it is left as it is)",
      ExitCode.ERROR_HELP
    })
public final class FmtCommand implements Callable<Integer> {

  private static final SuretyFormatter FORMATTER = SuretyFormatter.create();

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files, directories (every *.surety below, in a stable order) or - for "
          + "standard input.")
  private List<String> paths = List.of();

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Mode mode = new Mode();

  /** At most one of the three modes; none: print. */
  static final class Mode {
    @Option(names = "--check",
        description = "List the files that would change, one a line; exit 1 if any would.")
    boolean check;

    @Option(names = "--write",
        description = "Rewrite the files that change, in place and atomically (standard input: "
            + "print the formatted text).")
    boolean write;

    @Option(names = "--diff",
        description = "Print a unified diff of each file that would change; exit 1 if any would.")
    boolean diff;
  }

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A configuration file, for its limit maxFileBytes (default: the first "
          + ".surety.json or surety.toml in the working directory or above).")
  private String config;

  @Option(
      names = "--stdin-filename",
      paramLabel = "NAME",
      defaultValue = CheckRequest.UNNAMED_STDIN,
      description = "The name to report for - (default: ${DEFAULT-VALUE}).")
  private String stdinFilename;

  public FmtCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  /**
   * One text to format: a file (with its path) or standard input (without); {@code tooLarge} when
   * it is over {@code maxFileBytes}, and so was not read (a file) or read no further.
   */
  private record Source(String name, Optional<Path> file, byte[] bytes, boolean tooLarge) {}

  @Override
  public Integer call() {
    CheckSession.requireStdinName(stdinFilename, spec);
    CheckSession.requireNames(paths, "PATH", null, config, spec);
    SuretyConfig configuration = ConfigLoader.load(
        Optional.ofNullable(config).map(environment::resolve), config,
        environment.workingDirectory());
    long maxFileBytes =
        configuration.limits().getOrDefault("maxFileBytes", Limits.defaults().maxFileBytes());
    Inputs inputs =
        new InputCollector(environment).collect(paths, Optional.empty(), stdinFilename);
    int count = inputs.files().size() + (inputs.readsStdin() ? 1 : 0);
    // there is at least one: a directory without drafts stops the command (InputCollector)
    if (!mode.check && !mode.write && !mode.diff && count != 1) {
      throw new CliException("fmt prints one file, and " + count + " were given: use --write to "
          + "rewrite them, --check to list those that would change, or --diff to see how");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    boolean changes = false;
    // a file that cannot be read or rewritten is one line, and the others are still formatted
    // (as ruff and prettier go on); the command then ends with status 2
    PrintWriter err = spec.commandLine().getErr();
    boolean failed = false;
    for (Path file : inputs.files()) {
      try {
        changes |= inMemory(PathDisplay.relative(environment.workingDirectory(), file), () ->
            format(read(file, maxFileBytes), inputs, maxFileBytes, out, diagnostics, sources));
      } catch (CliException e) {
        out.flush();
        err.println("surety: " + TerminalText.line(e.getMessage()));
        err.flush();
        failed = true;
      }
    }
    if (inputs.readsStdin()) {
      String name = inputs.stdinName().orElseThrow();
      changes |= inMemory(name, () -> format(readStdin(name, maxFileBytes), inputs,
          maxFileBytes, out, diagnostics, sources));
    }
    out.flush();
    if (!diagnostics.isEmpty()) {
      report(diagnostics, sources, count);
    }
    if (failed) {
      return ExitCode.ERROR;
    }
    if (!diagnostics.isEmpty()) {
      return ExitCode.FINDINGS;
    }
    return changes && (mode.check || mode.diff) ? ExitCode.FINDINGS : ExitCode.OK;
  }

  /**
   * Runs one file's step; a lack of memory for it is the command's failure, one line naming the
   * file (as lint says it), not a finding in the draft.
   */
  private static boolean inMemory(String name, BooleanSupplier step) {
    try {
      return step.getAsBoolean();
    } catch (OutOfMemoryError e) {
      throw new CliException(TerminalText.name(name) + ": could not be formatted: out of memory ("
          + SuretyCli.HEAP_HINT + ")");
    }
  }

  /** Formats one text and does what the mode asks; whether its layout changes. */
  private boolean format(Source source, Inputs inputs, long maxFileBytes, PrintWriter out,
      List<Diagnostic> diagnostics, Map<String, String> sources) {
    if (source.tooLarge()) {
      // as lint reports it (SUR003), and left as it is, as a file with syntax errors is
      diagnostics.addAll(overTheLimit(source, inputs.root(), maxFileBytes));
      sources.put(source.name(), "");
      return false;
    }
    FormatResult result = FORMATTER.format(source.bytes(), source.name());
    String before = new String(source.bytes(), StandardCharsets.UTF_8);
    if (result.formatted().isEmpty()) {
      diagnostics.addAll(result.diagnostics());
      // the lines as the compiler counts them (a byte-order mark is no column), as lint shows them
      sources.put(source.name(), result.read());
      return false;
    }
    String after = result.formatted().get();
    boolean changes = !after.equals(before);
    if (mode.check) {
      if (changes) {
        out.println(TerminalText.name(source.name()));
      }
    } else if (mode.diff) {
      UnifiedDiff.write(TerminalText.name(source.name()), before, after, out);
    } else if (mode.write && source.file().isPresent()) {
      if (changes) {
        rewrite(source.name(), source.file().get(), after);
      }
    } else {
      out.print(after);
    }
    return changes;
  }

  /**
   * Replaces the file with its formatted text ({@link AtomicFiles#replace}: its mode, owner and
   * group kept, or it is left as it is). Refused, before anything is written: a file whose
   * permission bits let no one write it (read-only, even for root, who may write anything), a file
   * that the user may not write, and a file with several hard links, which the rename would
   * separate (the other names would keep the old text).
   */
  private static void rewrite(String name, Path file, String text) {
    String shown = TerminalText.name(name);
    if (readOnly(file)) {
      throw new CliException(shown + ": permission denied (the file is read-only)");
    }
    if (!Files.isWritable(file)) {
      throw new CliException(shown + ": permission denied (the file is not writable)");
    }
    long links = hardLinks(file);
    if (links > 1) {
      throw new CliException(shown + ": cannot rewrite it: it has " + links + " hard links, and "
          + "a rewritten file would leave the others with the old text; remove the other links, "
          + "or format a copy");
    }
    try {
      AtomicFiles.replace(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new CliException(shown + ": cannot rewrite it: " + IoProblems.describe(e), e);
    }
  }

  /** Whether no permission bit lets anyone write the file (false where there are no such bits). */
  private static boolean readOnly(Path file) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      return !permissions.contains(PosixFilePermission.OWNER_WRITE)
          && !permissions.contains(PosixFilePermission.GROUP_WRITE)
          && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (UnsupportedOperationException e) {
      return false; // no POSIX bits (Windows): Files.isWritable reads the read-only attribute
    } catch (IOException e) {
      return false; // the rewrite reports it
    }
  }

  /** The number of names of the file ({@code unix:nlink}); 1 where the file system does not say. */
  private static long hardLinks(Path file) {
    try {
      return ((Number) Files.getAttribute(file, "unix:nlink")).longValue();
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
      return 1;
    }
  }

  /** The file's bytes; none when it is larger than {@code maxFileBytes}. */
  private Source read(Path file, long maxFileBytes) {
    String name = PathDisplay.relative(environment.workingDirectory(), file);
    String shown = TerminalText.name(name);
    try {
      if (Files.size(file) > maxFileBytes) {
        return new Source(name, Optional.of(file), new byte[0], true);
      }
      return new Source(name, Optional.of(file), Files.readAllBytes(file), false);
    } catch (IOException e) {
      throw new CliException(shown + ": cannot read it: " + IoProblems.describe(e), e);
    }
  }

  /** Standard input, read no further than one byte past {@code maxFileBytes}. */
  private Source readStdin(String name, long maxFileBytes) {
    try {
      byte[] bytes = environment.stdin()
          .readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
      return new Source(name, Optional.empty(), bytes, bytes.length > maxFileBytes);
    } catch (IOException e) {
      throw new CliException("-: cannot read standard input: " + IoProblems.describe(e), e);
    }
  }

  /**
   * The compiler's SUR003 for a text over {@code maxFileBytes}, with the root that lint would
   * have, so that fmt and lint say the same: the compiler looks at the size and reads no further.
   */
  private static List<Diagnostic> overTheLimit(Source source, Path root, long maxFileBytes) {
    SuretyCompiler compiler = SuretyCompiler.create(CompilerOptions.builder()
        .root(root)
        .limits(Limits.builder().maxFileBytes(maxFileBytes).build())
        .fileNamesInMessages(name -> source.name()) // the one file compiled, as shown
        .build());
    Compilation compilation = source.file().isPresent()
        ? compiler.compile(source.file().get())
        : compiler.compileBytes(source.bytes(), source.name());
    List<Diagnostic> found = new ArrayList<>();
    for (Diagnostic d : compilation.diagnostics()) {
      found.add(ImmutableDiagnostic.copyOf(d).withRange(d.range().inFile(source.name())));
    }
    return found;
  }

  /** The SUR001 diagnostics, on standard error, as {@code lint} prints them in text. */
  private void report(List<Diagnostic> diagnostics, Map<String, String> sources, int files) {
    LintReport report = LintReport.builder()
        .diagnostics(diagnostics)
        .sources(sources)
        .fileCount(files)
        .rules(Surety.rules())
        .toolVersion(VersionProvider.version())
        .build();
    PrintWriter err = spec.commandLine().getErr();
    try {
      new TextRenderer().render(report, err);
    } catch (IOException e) {
      throw new CliException("cannot write the diagnostics: " + e.getMessage(), e);
    }
    err.flush();
  }
}

package dev.surety.cli.check;

import dev.surety.cli.CliException;
import dev.surety.cli.config.SuretyConfig;
import dev.surety.cli.explain.RuleDocs;
import dev.surety.cli.input.Parallel;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableDiagnostic;
import dev.surety.core.diagnostic.ImmutableSuppressedDiagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.SourceFile;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Limits;
import dev.surety.dsl.ImmutableReport;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.validation.SeverityConfig;
import dev.surety.validation.assessment.Assessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The one entry point that checks drafts, for the CLI's {@code lint}, {@code assess} and {@code
 * compile} and for the Maven plugin's goals: builds the facade with the severities and limits of
 * the request, checks each file on its own (on {@code jobs} threads, all with the same root), and
 * merges the reports in input order, so that any number of jobs gives the same result. File names
 * are shown relative to the request's working directory. Stateless; safe to call from several
 * threads.
 */
public final class CheckExecutor {

  private CheckExecutor() {}

  /**
   * Checks the drafts of {@code request}.
   *
   * @throws CliException when a severity override or a limit of the configuration is wrong; the
   *     message names where it was written, in one line
   */
  public static CheckResult execute(CheckRequest request) {
    SeverityConfig severities =
        severities(request.config(), request.severities(), request.severitiesName());
    Strings strings = new Strings();
    CompilerOptions compilerOptions = CompilerOptions.builder()
        .root(request.root())
        .limits(limits(request.config()))
        // a message names a file as its location does: relative to the working directory
        .fileNamesInMessages(name -> strings.shownFile(request, name))
        .build();
    Surety surety = Surety.builder()
        .compilerOptions(compilerOptions)
        .severities(severities)
        .assess(request.assess())
        .build();
    // the findings of each input's own file as they come, those of the files it includes (which
    // every input that includes them reports again) once each; repeats are dropped after sorting
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Diagnostic> included = new HashSet<>();
    List<SuppressedDiagnostic> suppressed = new ArrayList<>();
    Set<SuppressedDiagnostic> includedSuppressed = new HashSet<>();
    // hashed while the reports come in (the main thread merges as the jobs check), sorted once
    Map<String, String> sources = new HashMap<>();
    Set<String> files = new HashSet<>();
    Set<Path> read = new HashSet<>();
    request.files().forEach(file -> files.add(CheckRequest.reportedName(request.root(), file)));
    Optional<String> stdinReported = request.stdinReportedName();
    stdinReported.ifPresent(files::add);
    List<Arrangement> arrangements = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    // a report holds the arrangements of the files its input includes too: each once, at the
    // first input that reaches it (ranges tell arrangements apart; equality ignores them)
    Set<SourceRange> seen = new HashSet<>();
    List<CheckResult.CheckFailure> failures = new ArrayList<>();
    Consumer<Kept> merge = kept -> {
      if (kept.failure() != null) {
        // counted as an input from the start, under its reported name (ownFile is as shown)
        failures.add(new CheckResult.CheckFailure(kept.ownFile(), kept.failure()));
        return;
      }
      Report report = kept.report();
      for (Diagnostic d : report.diagnostics()) {
        if (d.range().file().equals(kept.ownFile()) || included.add(d)) {
          diagnostics.add(d);
        }
      }
      for (SuppressedDiagnostic s : report.suppressed()) {
        if (s.diagnostic().range().file().equals(kept.ownFile()) || includedSuppressed.add(s)) {
          suppressed.add(s);
        }
      }
      report.sources().forEach((file, text) -> sources.merge(strings.shownFile(request, file),
          text, request.findingsOnly() ? ShownLines::union : (first, again) -> first));
      for (SourceFile file : report.files()) {
        // an included file that could not be read (SUR002, SUR003 at the include) was not
        // checked; an input is counted all the same, from the start
        if (file.read()) {
          files.add(file.path());
        }
        if (stdinReported.filter(file.path()::equals).isEmpty()) {
          read.add(request.root().resolve(file.path()).toAbsolutePath().normalize());
        }
      }
      for (int i = 0; i < report.arrangements().size(); i++) {
        Arrangement arrangement = report.arrangements().get(i);
        if (seen.add(arrangement.range())) {
          arrangements.add(arrangement);
          if (request.assess()) {
            assessments.add(report.assessments().get(i));
          }
        }
      }
    };
    // each file is checked, and its findings given the names the user sees, on a job's thread; its
    // report is merged, in the order of the inputs, as soon as it is ready, and then let go
    Parallel.forEachOrdered(request.files(), request.jobs(),
        file -> guarded(request, strings, CheckRequest.reportedName(request.root(), file),
            () -> surety.check(List.of(file))), merge);
    request.stdinBytes().ifPresent(bytes -> merge.accept(guarded(request, strings,
        stdinReported.orElseThrow(), () -> surety.checkBytes(bytes, stdinReported.orElseThrow()))));
    return new CheckResult(distinctSorted(diagnostics), new TreeMap<>(sources), files.size(),
        List.copyOf(arrangements), List.copyOf(assessments), List.copyOf(new TreeSet<>(read)),
        request.effectiveFailOn(), List.copyOf(failures), distinctSortedSuppressed(suppressed));
  }

  /**
   * What is kept of one file's report, its findings named as the user sees them: all of it, or
   * with {@link CheckRequest#findingsOnly()} the findings, the lines of the sources they show
   * ({@link ShownLines}) and the names of the files read, without the models (some twenty times
   * the size of the text).
   */
  private static Kept kept(CheckRequest request, Strings strings, String input, Report report) {
    List<Diagnostic> shown = new ArrayList<>(report.diagnostics().size());
    report.diagnostics().forEach(d -> shown.add(shown(request, strings, d)));
    List<SuppressedDiagnostic> shownSuppressed = new ArrayList<>(report.suppressed().size());
    report.suppressed().forEach(s -> shownSuppressed.add(ImmutableSuppressedDiagnostic.copyOf(s)
        .withDiagnostic(shown(request, strings, s.diagnostic()))
        .withComment(shown(request, strings, s.comment()))));
    String ownFile = strings.shownFile(request, input);
    if (!request.findingsOnly()) {
      return new Kept(ImmutableReport.copyOf(report).withDiagnostics(shown)
          .withSuppressed(shownSuppressed), ownFile);
    }
    List<SourceFile> files = new ArrayList<>(report.files().size());
    report.files().forEach(
        f -> files.add(SourceFile.builder().path(f.path()).read(f.read()).readError(f.readError())
            .build()));
    return new Kept(ImmutableReport.builder()
        .files(files)
        .diagnostics(shown)
        .suppressed(shownSuppressed)
        .sources(shownLines(report))
        .build(), ownFile);
  }

  /**
   * {@link #kept} of the report {@code check} gives, or, when Surety fails inside (a bug: a rule
   * that throws; or the heap or the stack too small for the draft), the failure, so that one
   * input's failure neither hides the other inputs' findings nor stops the run without naming the
   * input. The memory the failed check held is free again once it is caught.
   */
  static Kept guarded(CheckRequest request, Strings strings, String input,
      java.util.function.Supplier<Report> check) {
    Report report;
    try {
      report = check.get();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return new Kept(null, strings.shownFile(request, input), e);
    }
    Optional<String> unreadable = unreadable(input, report);
    if (unreadable.isPresent()) {
      return new Kept(null, strings.shownFile(request, input),
          new UnreadableInput(unreadable.get()));
    }
    return kept(request, strings, input, report);
  }

  /**
   * Why {@code input}, a file given to check, could not be read, when it could not: it passed the
   * command line's look before the check (it exists, is a file, and may be read) and then failed
   * when read (an I/O error; or it was changed in between). CLI.md makes an unreadable path exit
   * status 2, not a finding: it is a failure of the input ({@link CheckFailedException}), named in
   * one line after the other inputs' findings. A file over {@code maxFileBytes} stays a finding
   * (SUR003). Empty for every other report.
   */
  private static Optional<String> unreadable(String input, Report report) {
    for (SourceFile file : report.files()) {
      if (file.path().equals(input)) {
        return file.readError();
      }
    }
    return Optional.empty();
  }

  /**
   * A file given to check that could not be read, and why ({@code input/output error}): not a
   * bug, so its line names no exception ({@link CheckFailedException#line}).
   */
  public static final class UnreadableInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableInput(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * What is kept of the report of one input, and the input's own file as it is shown; or, for an
   * input whose check failed inside Surety, no report and the failure.
   */
  record Kept(Report report, String ownFile, Throwable failure) {
    Kept(Report report, String ownFile) {
      this(report, ownFile, null);
    }
  }

  /**
   * The findings in order ({@link Diagnostic#ORDER}), each once: sorted stably, then a finding
   * equal to one before it dropped. Equal findings are at the same place with the same code, so a
   * repeat is among the findings there, which are few. A finding in an included file reached
   * from two inputs (a missing include of a file that another input includes) differs only in
   * its include chain: it is one finding, kept with the first chain in that order.
   */
  static List<Diagnostic> distinctSorted(List<Diagnostic> findings) {
    List<Diagnostic> sorted = new ArrayList<>(findings);
    sorted.sort(Diagnostic.ORDER);
    List<Diagnostic> distinct = new ArrayList<>(sorted.size());
    int tiedFrom = 0;
    for (Diagnostic d : sorted) {
      Diagnostic last = distinct.isEmpty() ? null : distinct.get(distinct.size() - 1);
      if (last == null || !last.range().equals(d.range()) || !last.code().equals(d.code())) {
        tiedFrom = distinct.size();
        distinct.add(d);
      } else if (distinct.subList(tiedFrom, distinct.size()).stream()
          .noneMatch(kept -> sameFinding(kept, d))) {
        distinct.add(d);
      }
    }
    return List.copyOf(distinct);
  }

  private static final String CHAIN = " (include chain: ";

  /** Equal, or equal but for the include chain at the end of the message. */
  private static boolean sameFinding(Diagnostic kept, Diagnostic d) {
    if (kept.equals(d)) {
      return true;
    }
    int a = kept.message().lastIndexOf(CHAIN);
    int b = d.message().lastIndexOf(CHAIN);
    return a >= 0 && a == b && kept.message().regionMatches(0, d.message(), 0, a)
        && ImmutableDiagnostic.copyOf(kept).withMessage(d.message()).equals(d);
  }

  /** The suppressed findings in order, each once (an included file's come with each input). */
  private static List<SuppressedDiagnostic> distinctSortedSuppressed(
      List<SuppressedDiagnostic> suppressed) {
    List<SuppressedDiagnostic> sorted = new ArrayList<>(new LinkedHashSet<>(suppressed));
    sorted.sort((a, b) -> Diagnostic.ORDER.compare(a.diagnostic(), b.diagnostic()));
    return List.copyOf(sorted);
  }

  /** Each file's text as far as the report's findings show it ({@link ShownLines}). */
  private static Map<String, String> shownLines(Report report) {
    Map<String, BitSet> shown = new HashMap<>();
    for (Diagnostic d : report.diagnostics()) {
      if (d.range().isKnown()) {
        shown.computeIfAbsent(d.range().file(), file -> new BitSet())
            .set(d.range().startLine());
      }
    }
    Map<String, String> texts = new LinkedHashMap<>();
    report.sources().forEach((file, text) ->
        texts.put(file, ShownLines.keep(text, shown.getOrDefault(file, new BitSet()))));
    return texts;
  }

  /**
   * A finding as the user sees it: its file names shown, its help and related texts the shared
   * copies. Built with the builder, whose setters replace, rather than with the {@code with}
   * methods, which keep a text equal to the one given instead of the one given: the corpus's
   * 236,000 helps were then 236,000 strings of 346 texts, a fifth of the memory its findings held.
   */
  private static Diagnostic shown(CheckRequest request, Strings strings, Diagnostic d) {
    List<RelatedLocation> related = new ArrayList<>(d.related().size());
    for (RelatedLocation r : d.related()) {
      related.add(
          RelatedLocation.of(shown(request, strings, r.range()), strings.shared(r.message())));
    }
    ImmutableDiagnostic.Builder shown = ImmutableDiagnostic.builder()
        .from(d) // whatever else a finding holds, as it is
        .range(shown(request, strings, d.range()))
        .related(related);
    Optional<String> help = d.help();
    if (help.isPresent()) {
      shown.help(strings.shared(help.get()));
    }
    return shown.build();
  }

  /**
   * One copy of each file name as shown, and of each help and related-location text, for the
   * whole check: tens of thousands of findings name a few hundred files and repeat a few thousand
   * hints, and a large corpus's findings must fit in memory (BENCHMARKS.md). Shared by the jobs.
   */
  static final class Strings {
    private final ConcurrentHashMap<String, String> shown = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();

    String shownFile(CheckRequest request, String reported) {
      return shown.computeIfAbsent(reported, request::show);
    }

    String shared(String text) {
      String known = texts.putIfAbsent(text, text);
      return known == null ? text : known;
    }
  }

  private static SourceRange shown(CheckRequest request, Strings strings, SourceRange range) {
    return range.inFile(strings.shownFile(request, range.file()));
  }

  /**
   * The configuration's overrides, then the request's ({@code --severity} or a Maven parameter,
   * named {@code flagsName} in messages); each checked where it was written. A rule is named by its
   * code, in any case, or by its name ({@code missing-duration}), as {@code surety explain} takes
   * it; the override of a rule on the command line replaces the file's however it is named.
   *
   * @throws CliException naming the place of an unknown rule or level
   */
  public static SeverityConfig severities(SuretyConfig config, Map<String, String> flags,
      String flagsName) {
    String file = config.file().map(Path::toString).orElse("configuration");
    Map<String, String> fromFile = byCode(file, config.severity(), true);
    Map<String, String> fromFlags = byCode(flagsName, flags, false);
    if (!fromFile.isEmpty()) {
      try {
        Surety.severities(fromFile);
      } catch (IllegalArgumentException e) {
        throw new CliException(file + ": " + e.getMessage(), e);
      }
    }
    Map<String, String> merged = new LinkedHashMap<>(fromFile);
    merged.putAll(fromFlags);
    try {
      if (!fromFlags.isEmpty()) {
        Surety.severities(fromFlags);
      }
      return Surety.severities(merged);
    } catch (IllegalArgumentException e) {
      throw new WrongFlag(flagsName + ": " + e.getMessage(), e);
    }
  }

  /**
   * A wrong override given on the command line ({@code --severity}), which a command reports as a
   * usage error; a wrong one in the configuration file is a plain {@link CliException}, the file's.
   */
  public static final class WrongFlag extends CliException {
    private static final long serialVersionUID = 1L;

    WrongFlag(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The overrides keyed by their rules' codes; a rule named by its name is given its code. An
   * unknown code or name is named with the nearest code or name, rather than the whole catalogue.
   * A rule given twice (by its code and its name, or in two cases) is an error in a file, where
   * one of the two would silently win; on the command line the later wins.
   */
  private static Map<String, String> byCode(String where, Map<String, String> overrides,
      boolean once) {
    if (overrides.isEmpty()) {
      return Map.of();
    }
    RuleDocs rules = new RuleDocs(Surety.rules());
    Map<String, String> byCode = new LinkedHashMap<>();
    Map<String, String> writtenAs = new HashMap<>();
    overrides.forEach((key, level) -> {
      RuleDescriptor rule = rules.find(key).orElseThrow(() -> {
        String message = where + ": unknown rule " + (looksLikeCode(key) ? "code '" : "'") + key
            + "'" + rules.suggestion(key).map(near -> "; did you mean " + near + "?")
                .orElse("; run 'surety explain' for the list of rules");
        return once ? new CliException(message) : new WrongFlag(message, null);
      });
      String first = writtenAs.putIfAbsent(rule.code(), key);
      if (once && first != null) {
        throw new CliException(where + ": " + rule.code() + " (" + rule.name() + ") is set twice,"
            + " as '" + first + "' and as '" + key + "'; keep one");
      }
      byCode.put(rule.code(), level);
    });
    return byCode;
  }

  private static boolean looksLikeCode(String key) {
    return key.trim().toUpperCase(Locale.ROOT).startsWith("SUR");
  }

  private static Limits limits(SuretyConfig config) {
    var limits = Limits.builder();
    config.limits().forEach((name, value) -> {
      switch (name) {
        case "maxFileBytes" -> limits.maxFileBytes(value);
        case "maxListItems" -> limits.maxListItems(toInt(config, name, value));
        case "maxLineLength" -> limits.maxLineLength(toInt(config, name, value));
        case "maxNestingDepth" -> limits.maxNestingDepth(toInt(config, name, value));
        case "maxIncludeDepth" -> limits.maxIncludeDepth(toInt(config, name, value));
        default -> throw new IllegalStateException("limit " + name + " is not mapped");
      }
    });
    return limits.build();
  }

  private static int toInt(SuretyConfig config, String name, long value) {
    if (value > Integer.MAX_VALUE) {
      throw new CliException(config.file().map(Path::toString).orElse("configuration")
          + ": limit " + name + " is too large (at most " + Integer.MAX_VALUE + ")");
    }
    return (int) value;
  }
}

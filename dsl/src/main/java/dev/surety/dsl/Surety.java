package dev.surety.dsl;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.SourceFile;
import dev.surety.core.model.Suppression;
import dev.surety.validation.SeverityConfig;
import dev.surety.validation.SuretyValidator;
import dev.surety.validation.Suppressions;
import dev.surety.validation.ValidationRules;
import dev.surety.validation.assessment.Assessment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one entry point for embedders: compiles drafts, validates every arrangement, applies the
 * suppression comments and the severity configuration, and assesses each arrangement.
 *
 * <pre>{@code
 * Report report = Surety.create().check(List.of(Path.of("drafts")));
 * report.diagnostics().forEach(System.out::println);
 * report.assessments().forEach(a -> System.out.println(a.title() + ": " + a.verdict()));
 * }</pre>
 *
 * <p>It lives in {@code dsl} because it joins the compiler to the validator; {@code validation}
 * itself depends on {@code core} only, so an application that builds arrangements in Java can use
 * {@link SuretyValidator} directly. Instances are immutable and safe to share between threads.
 *
 * <p>What is wrong with a draft is a diagnostic of the report. A failure of Surety itself is
 * thrown, as {@link SuretyCompiler} throws it: a {@link RuntimeException} (a bug in Surety), an
 * {@link OutOfMemoryError} or {@link StackOverflowError} (too little memory for the draft). It is
 * never turned into a finding about the draft, which a caller could not tell from one.
 */
public final class Surety {

  private static final List<RuleDescriptor> RULES = collectRules();

  private final SuretyCompiler compiler;
  private final SeverityConfig severities;
  private final boolean assess;

  /**
   * The validator is not looked up here but when the first arrangement is validated: a command
   * line that started building it in the background ({@link SuretyValidator#prepareInBackground})
   * compiles its first draft meanwhile instead of waiting for it (25 ms of a cold {@code lint}).
   */
  private Surety(Builder builder) {
    this.compiler = SuretyCompiler.create(builder.compilerOptions);
    this.severities = builder.severities;
    this.assess = builder.assess;
  }

  /** A checker with the default limits and severities. */
  public static Surety create() {
    return builder().build();
  }

  /**
   * A builder of a checker with other options: the compiler's root and limits, severity
   * overrides, or no assessment. Every option has the default of {@link #create()} until set.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Every rule, the compiler's and the validator's, sorted by code. */
  public static List<RuleDescriptor> rules() {
    return RULES;
  }

  /**
   * Severity overrides ({@code SUR107=off}, {@code SUR203=warning}) checked against every code of
   * the catalogue.
   *
   * @throws IllegalArgumentException naming the code or level that is not known
   */
  public static SeverityConfig severities(Map<String, String> overrides) {
    Objects.requireNonNull(overrides, "overrides");
    return SeverityConfig.parse(overrides, RULES);
  }

  /**
   * Compiles, validates and assesses the drafts at {@code paths} (files or directories, as {@link
   * SuretyCompiler#compile(List)} reads them; a path that cannot be read is a SUR002 of the report).
   * A directory that holds no draft gives a report of no files ({@link Report#files()} empty) and
   * no finding: whether that is an error is the caller's to say.
   *
   * @throws NullPointerException if {@code paths} or one of them is null
   */
  public Report check(List<Path> paths) {
    SuretyCompiler.requireNoNulls(paths);
    return check(compiler.compile(paths));
  }

  /**
   * Compiles, validates and assesses one draft held in memory and reported as {@code fileName}
   * ({@code <source>} when it is null, empty or blank); its includes resolve as for {@link
   * SuretyCompiler#compile(String, String)}.
   *
   * @throws NullPointerException if {@code source} is null (an empty draft is {@code ""})
   */
  public Report check(String source, String fileName) {
    return check(compiler.compile(source, fileName));
  }

  /**
   * Compiles, validates and assesses a draft's bytes held in memory, read as a file's are ({@link
   * SuretyCompiler#compileBytes(byte[], String)}).
   */
  public Report checkBytes(byte[] source, String fileName) {
    return check(compiler.compileBytes(source, fileName));
  }

  /**
   * Validates and assesses what the compiler produced (a checker built with {@code assess(false)}
   * only validates: its reports hold no assessment).
   */
  public Report check(Compilation compilation) {
    Objects.requireNonNull(compilation, "compilation");
    List<Diagnostic> diagnostics = new ArrayList<>(compilation.diagnostics());
    List<Assessment> assessments = new ArrayList<>();
    SuretyValidator validator = SuretyValidator.shared();
    // a file-level declaration is judged with every arrangement that sees it, and its finding
    // (which names the declaration, not the arrangement) is one finding, not one per arrangement;
    // with one arrangement there is nothing to merge, and nothing is hashed
    List<Arrangement> arrangements = compilation.arrangements();
    Collection<Diagnostic> validated =
        arrangements.size() > 1 ? new LinkedHashSet<>() : new ArrayList<>();
    for (Arrangement arrangement : arrangements) {
      validated.addAll(validator.validate(arrangement));
      if (assess) {
        assessments.add(validator.assess(arrangement));
      }
    }
    diagnostics.addAll(validated);
    List<Suppression> suppressions =
        compilation.files().stream()
            .flatMap(file -> file.suppressions().stream())
            .collect(Collectors.toList());
    // a file with no arrangement (shared declarations) is not validated: its suppressions of the
    // validation's codes are judged where it is included, not reported as suppressing nothing
    Suppressions.Outcome kept = Suppressions.partition(diagnostics, suppressions, RULES,
        arrangements.isEmpty() ? ValidationRules.codes() : Set.of());
    List<Diagnostic> configured = new ArrayList<>(severities.apply(kept.reported()));
    configured.sort(Diagnostic.ORDER);
    return ImmutableReport.builder()
        .addAllFiles(compilation.files())
        .addAllArrangements(compilation.arrangements())
        .addAllDiagnostics(configured)
        .addAllSuppressed(severities.applySuppressed(kept.suppressed()))
        .addAllAssessments(assessments)
        .putAllSources(compilation.sources())
        .build();
  }

  private static List<RuleDescriptor> collectRules() {
    Map<String, RuleDescriptor> byCode = new TreeMap<>();
    List<RuleDescriptor> all = new ArrayList<>(CompilerRules.all());
    all.addAll(ValidationRules.all());
    for (RuleDescriptor rule : all) {
      if (byCode.put(rule.code(), rule) != null) {
        throw new IllegalStateException("rule code with two homes: " + rule.code());
      }
    }
    return List.copyOf(byCode.values());
  }

  /** Options of a {@link Surety}. */
  public static final class Builder {
    private CompilerOptions compilerOptions = CompilerOptions.builder().build();
    private SeverityConfig severities = SeverityConfig.defaults();
    private boolean assess = true;

    private Builder() {}

    /**
     * The compilation root (which includes may not leave) and the resource limits; default
     * {@link CompilerOptions#defaults()}.
     */
    public Builder compilerOptions(CompilerOptions options) {
      this.compilerOptions = Objects.requireNonNull(options, "compilerOptions");
      return this;
    }

    /**
     * The severity overrides applied to every report ({@link Surety#severities(Map)} makes them
     * from {@code SUR107=off} and the like); default none, every rule at its default severity.
     */
    public Builder severities(SeverityConfig severities) {
      this.severities = Objects.requireNonNull(severities, "severities");
      return this;
    }

    /**
     * Whether each arrangement is assessed (the default). A caller that wants the findings only
     * ({@code surety lint}, the language server, the plugin's {@code check}) turns it off: its
     * reports hold no assessment, and a check takes about a tenth less time (BENCHMARKS.md). No
     * finding comes from the assessment, so the diagnostics are the same either way.
     */
    public Builder assess(boolean assess) {
      this.assess = assess;
      return this;
    }

    /** The checker, immutable and safe to share between threads. */
    public Surety build() {
      return new Surety(this);
    }
  }
}

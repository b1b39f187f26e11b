package dev.surety.bench;

import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run}: every measurement of issue #10 in one run, then a table or ({@code --json})
 * the same figures as JSON with each target's ratio and whether it is met.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar --repo . [--quick] [--json] [--only SECTION,...]
 * </pre>
 *
 * Sections: throughput, fallbacks, cold, scaling, corpus, lsp. A section that fails reports its
 * targets as not measured, with the reason; the others still run.
 */
public final class BenchRun {

  /** The sections in the order they run, with the targets each measures. */
  static final Map<String, List<String>> SECTIONS = sections();

  private static Map<String, List<String>> sections() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("throughput", List.of("check-vs-parse", "check-vs-json"));
    m.put("fallbacks", List.of());
    m.put("cold", List.of("cold-vs-hello", "cold-vs-checkstyle"));
    m.put("scaling", List.of("scaling-1000x", "quadratic-parties", "quadratic-commitments",
        "quadratic-triggers", "quadratic-threats", "quadratic-includes"));
    m.put("corpus", List.of("jobs-2-speedup", "corpus-xmx256m", "file-8mb-xmx128m"));
    m.put("lsp", List.of("lsp-latency"));
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The JVM options of the JMH forks: a fixed heap, the throughput collector. */
  static final List<String> JMH_JVM = List.of("-Xms1g", "-Xmx1g", "-XX:+UseParallelGC");

  private final boolean quick;
  private final Path repo;
  private final Path work;
  private final PrintStream log;
  private final Results results = new Results();

  private BenchRun(boolean quick, Path repo, Path work, PrintStream log) {
    this.quick = quick;
    this.repo = repo;
    this.work = work;
    this.log = log;
  }

  /** Hibernate Validator announces its version at INFO on stderr: as in the CLI, warnings only. */
  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  public static void main(String[] args) throws Exception {
    QUIET.setLevel(java.util.logging.Level.WARNING);
    boolean quick = false;
    boolean json = false;
    Path repo = Path.of("").toAbsolutePath();
    List<String> only = List.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--json" -> json = true;
        case "--repo" -> repo = Path.of(args[++i]).toAbsolutePath().normalize();
        case "--only" -> only = List.of(args[++i].split(","));
        default -> {
          System.err.println("bench: unknown argument " + args[i]
              + " (usage: bench/run [--quick] [--json] [--only SECTION,...])");
          System.exit(2);
        }
      }
    }
    Path work = Files.createDirectories(repo.resolve("bench/target/run"));
    BenchRun run = new BenchRun(quick, repo, work, System.err);
    run.all(only);
    String text = run.results.json();
    DraftGenerator.write(work.resolve("results.json"), text);
    if (json) {
      System.out.print(text);
    } else {
      run.results.table(System.out);
    }
    System.out.flush();
  }

  private void all(List<String> only) throws IOException {
    results.context("mode", quick ? "quick" : "full");
    results.context("jvm", System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version"));
    results.context("cpus", Runtime.getRuntime().availableProcessors());
    results.context("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    results.context("cpu", cpuModel());
    results.context("loadBefore", load());
    results.context("benchJvm", String.join(" ",
        ManagementFactory.getRuntimeMXBean().getInputArguments()));
    Map<String, Section> runs = Map.of("throughput", this::throughput, "fallbacks",
        this::fallbacks, "cold", this::coldStart, "scaling", this::scaling, "corpus", this::corpus,
        "lsp", this::lsp);
    SECTIONS.forEach((name, targets) -> section(only, name, runs.get(name), targets));
    results.context("loadAfter", load());
  }

  interface Section {
    void run() throws Exception;
  }

  private void section(List<String> only, String name, Section section, List<String> targets) {
    if (!only.isEmpty() && !only.contains(name)) {
      targets.forEach(id -> results.notRun(id, "the section " + name + " was not selected (--only "
          + String.join(",", only) + ")"));
      return;
    }
    log.println("bench: " + name + " ...");
    long start = System.nanoTime();
    try {
      section.run();
    } catch (Exception | Error e) {
      log.println("bench: " + name + " failed: " + e);
      for (String id : targets) {
        if (results.targets().stream().noneMatch(t -> t.id().equals(id))) {
          results.unmeasured(id, name, "<=", Double.NaN, name + " failed: " + Processes.firstLine(
              String.valueOf(e)));
        }
      }
    }
    log.printf("bench: %s done in %.0f s%n", name, (System.nanoTime() - start) / 1e9);
  }

  // ---- 2. warm throughput (JMH) ---------------------------------------------------------------

  private void throughput() throws RunnerException {
    Workload workload = new Workload();
    Options options = new OptionsBuilder()
        .include(Throughput.class.getName())
        .forks(1)
        // (c) reaches its steady state only after some 12 s, when C2 has compiled the validator's
        // paths (measured: 68, 47, 33, 26, 21, then 20.6 ms per operation at 2 s an iteration);
        // a shorter warm-up measures the JIT, not Surety
        .warmupIterations(quick ? 6 : 10)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(quick ? 3 : 5)
        .measurementTime(TimeValue.seconds(quick ? 1 : 2))
        .jvmArgs(JMH_JVM.toArray(String[]::new))
        // the bytes each pipeline allocates per operation: unlike its time, the same from one run
        // to the next whatever else the machine does, so it shows where (c)'s time goes even on a
        // noisy machine (the profiler reads the JVM's own counters after each iteration)
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .output(work.resolve("jmh.txt").toString())
        .build();
    Collection<RunResult> runs = new Runner(options).run();
    Map<String, Double> ms = new HashMap<>();
    Map<String, Double> allocated = new HashMap<>();
    for (RunResult r : runs) {
      String label = r.getParams().getBenchmark();
      String name = label.substring(label.lastIndexOf('.') + 1);
      ms.put(name, r.getPrimaryResult().getScore());
      Result<?> bytes = r.getSecondaryResults().get("gc.alloc.rate.norm");
      if (bytes != null) {
        allocated.put(name, bytes.getScore());
      }
    }
    String settings = "JMH " + String.join(" ", JMH_JVM) + ", 1 thread, "
        + Workload.DRAFTS + " drafts of " + workload.draftBytes / 1024 + " KB ("
        + workload.jsonBytes / 1024 + " KB as JSON)";
    double mb = workload.draftBytes / 1e6;
    Map<String, String> names = new LinkedHashMap<>();
    names.put("a_parse", "(a) ANTLR lex and parse");
    names.put("b_compile", "(b) compile to the model");
    names.put("c_check", "(c) compile and validate");
    names.put("d_json", "(d) JSON + Jackson + validate");
    for (Map.Entry<String, String> e : names.entrySet()) {
      double millis = ms.get(e.getKey());
      results.figure("warm throughput", e.getValue() + ", MB/s of drafts", mb / (millis / 1000),
          "MB/s", settings);
      results.figure("warm throughput", e.getValue() + ", drafts/s",
          Workload.DRAFTS / (millis / 1000), "drafts/s", "");
      if (allocated.containsKey(e.getKey())) {
        results.figure("warm throughput", e.getValue() + ", allocation",
            allocated.get(e.getKey()) / workload.draftBytes, "B/B",
            "bytes allocated per byte of draft (JMH's gc profiler: the same in every run)");
      }
    }
    results.figure("warm throughput", "(d) JSON + Jackson + validate, MB/s of JSON",
        workload.jsonBytes / 1e6 / (ms.get("d_json") / 1000), "MB/s", "");
    results.target("check-vs-parse", "(c) compile and validate is at least half of (a) parse",
        ms.get("a_parse") / ms.get("c_check"), ">=", 0.5,
        String.format("(a) %.1f ms, (c) %.1f ms per %d drafts", ms.get("a_parse"),
            ms.get("c_check"), Workload.DRAFTS));
    results.target("check-vs-json", "(c) takes at most 2x the time of (d) JSON on the same drafts",
        ms.get("c_check") / ms.get("d_json"), "<=", 2,
        String.format("(c) %.1f ms, (d) %.1f ms per %d drafts; (b) compile alone %.1f ms",
            ms.get("c_check"), ms.get("d_json"), Workload.DRAFTS, ms.get("b_compile")));
  }

  // ---- LL fallbacks on the corpus --------------------------------------------------------------

  private void fallbacks() throws IOException {
    List<Path> files = corpusFiles();
    int fallbacks = 0;
    for (Path file : files) {
      if (Throughput.parse(Files.readString(file)).fallback()) {
        fallbacks++;
      }
    }
    results.figure("parsing", "LL fallbacks on the " + files.size() + "-file corpus", fallbacks,
        "files", "SLL with bail-out first, as the compiler parses");
  }

  // ---- 3. cold start ---------------------------------------------------------------------------

  private void coldStart() throws IOException, InterruptedException {
    int runs = quick ? 5 : 15;
    Path draft = work.resolve("typical.surety");
    DraftGenerator.write(draft, DraftGenerator.draft(42, 4096));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> hello = List.of(java.toString(), "-cp",
        repo.resolve("bench/target/classes").toString(), Hello.class.getName());
    List<String> lint = List.of(repo.resolve("surety").toString(), "lint", draft.toString());
    // make sure the launcher's jar (and its class-data archive, if any) is there before timing
    Processes.run(lint, work, 900);
    double helloSeconds = Processes.medianSeconds(hello, work, runs, 0);
    double lintSeconds = Processes.medianSeconds(lint, work, runs, 1);
    String settings = "median of " + runs + " processes, one typical draft ("
        + Files.size(draft) / 1024 + " KB)";
    results.figure("cold start", "java Hello (the floor)", helloSeconds * 1000, "ms", settings);
    results.figure("cold start", "surety lint FILE (./surety launcher)", lintSeconds * 1000, "ms",
        launcherOptions());
    results.target("cold-vs-hello", "cold surety lint FILE at most 3x a hello-world process",
        lintSeconds / helloSeconds, "<=", 3,
        String.format("lint %.0f ms, hello %.0f ms", lintSeconds * 1000, helloSeconds * 1000));
    Path cpFile = repo.resolve("bench/target/checkstyle.classpath");
    if (!Files.exists(cpFile)) {
      results.unmeasured("cold-vs-checkstyle",
          "cold surety lint FILE under half of Checkstyle's one-file run", "<", 0.5,
          cpFile + " is missing (build the bench module with Maven)");
      return;
    }
    Path javaFile = work.resolve("Example.java");
    Files.writeString(javaFile, JAVA_FILE);
    Path sharedFile = repo.resolve("bench/target/checkstyle-shared.classpath");
    String classPath = Files.readString(cpFile).strip() + File.pathSeparator
        + Files.readString(sharedFile).strip();
    List<String> checkstyle = List.of(java.toString(), "-cp", classPath,
        "com.puppycrawl.tools.checkstyle.Main", "-c", "/sun_checks.xml", javaFile.toString());
    double checkstyleSeconds = Processes.medianSeconds(checkstyle, work, runs, 255);
    results.figure("cold start", "Checkstyle " + "CLI, sun_checks, one Java file",
        checkstyleSeconds * 1000, "ms", "java -cp (Checkstyle's jars) ...Main, default JVM options");
    results.target("cold-vs-checkstyle",
        "cold surety lint FILE under half of Checkstyle's one-file run",
        lintSeconds / checkstyleSeconds, "<", 0.5,
        String.format("lint %.0f ms, Checkstyle %.0f ms", lintSeconds * 1000,
            checkstyleSeconds * 1000));
  }

  private String launcherOptions() {
    String extra = System.getenv("SURETY_JAVA_OPTS");
    return "the launcher's JVM options" + (extra == null || extra.isBlank() ? ""
        : " and SURETY_JAVA_OPTS=" + extra);
  }

  private static final String JAVA_FILE = """
      package example;

      import java.util.ArrayList;
      import java.util.List;

      /** A small class, as a team's editor checks one file at a time. */
      public final class Example {
        private final List<String> names = new ArrayList<>();

        /** Adds a name. */
        public void add(final String name) {
          if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a name is required");
          }
          names.add(name);
        }

        /** The names, in order. */
        public List<String> names() {
          return List.copyOf(names);
        }
      }
      """;

  // ---- 4. scaling ------------------------------------------------------------------------------

  private void scaling() throws IOException {
    Surety surety = Surety.create();
    double minSeconds = quick ? 1.0 : 3.0;
    String settings = "in process, warm, Surety.check (compile, validate and assess), "
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
    int base = 4096;
    Map<Integer, Double> perMb = new LinkedHashMap<>();
    // warm the compiler and the validator first
    String warm = DraftGenerator.draft(7, 64 * 1024);
    timeSeconds(() -> surety.check(warm, "warm.surety"), minSeconds * 2);
    for (int factor : List.of(1, 10, 100, 1000)) {
      String text = DraftGenerator.draft(42, base * factor);
      double bytes = text.getBytes(StandardCharsets.UTF_8).length;
      double seconds = timeSeconds(() -> requireNoSyntaxError(surety.check(text, "scale.surety")),
          minSeconds);
      perMb.put(factor, seconds / (bytes / 1e6));
      results.figure("scaling", String.format("%dx typical draft (%.0f KB)", factor, bytes / 1024),
          seconds / (bytes / 1e6) * 1000, "ms/MB", factor == 1 ? settings : "");
    }
    results.target("scaling-1000x", "time per MB at 1000x within 1.2x of 1x",
        perMb.get(1000) / perMb.get(1), "<=", 1.2,
        String.format("%.0f ms/MB at 1x, %.0f ms/MB at 1000x", perMb.get(1) * 1000,
            perMb.get(1000) * 1000));

    int small = quick ? 200 : 500;
    int large = small * 10;
    shape("quadratic-parties", "parties", surety, small, large, minSeconds,
        DraftGenerator::manyParties);
    shape("quadratic-commitments", "commitments", surety, small, large, minSeconds,
        DraftGenerator::manyCommitments);
    shape("quadratic-triggers", "triggers", surety, small, large, minSeconds,
        DraftGenerator::manyTriggers);
    shape("quadratic-threats", "guarantors named threats", surety, small, large, minSeconds,
        DraftGenerator::manyThreats);
    Path smallDir = work.resolve("includes-" + small);
    Path largeDir = work.resolve("includes-" + large);
    Path smallFile = DraftGenerator.manyIncludes(smallDir, small);
    Path largeFile = DraftGenerator.manyIncludes(largeDir, large);
    double smallSeconds = timeSeconds(() -> requireNoSyntaxError(surety.check(List.of(smallFile))),
        minSeconds);
    double largeSeconds = timeSeconds(() -> requireNoSyntaxError(surety.check(List.of(largeFile))),
        minSeconds);
    perItem("quadratic-includes", "includes", small, large, smallSeconds, largeSeconds);
  }

  private void shape(String id, String what, Surety surety, int small, int large,
      double minSeconds, java.util.function.IntFunction<String> generator) {
    String smallText = generator.apply(small);
    String largeText = generator.apply(large);
    double smallSeconds = timeSeconds(
        () -> requireNoSyntaxError(surety.check(smallText, what + ".surety")), minSeconds);
    double largeSeconds = timeSeconds(
        () -> requireNoSyntaxError(surety.check(largeText, what + ".surety")), minSeconds);
    perItem(id, what, small, large, smallSeconds, largeSeconds);
  }

  private void perItem(String id, String what, int small, int large, double smallSeconds,
      double largeSeconds) {
    double smallPer = smallSeconds / small * 1e6;
    double largePer = largeSeconds / large * 1e6;
    results.figure("scaling", String.format("%,d %s in one arrangement", small, what), smallPer,
        "µs/item", "");
    results.figure("scaling", String.format("%,d %s in one arrangement", large, what), largePer,
        "µs/item", "");
    results.target(id, "no rule quadratic in " + what + ": time per item at 10x within 1.5x",
        largePer / smallPer, "<=", 1.5,
        String.format("%.0f µs/item at %,d, %.0f µs/item at %,d", smallPer, small, largePer,
            large));
  }

  private static Report requireNoSyntaxError(Report report) {
    report.diagnostics().stream().filter(d -> d.code().equals("SUR001") || d.code().equals("SUR002")
        || d.code().equals("SUR003")).findFirst().ifPresent(d -> {
          throw new IllegalStateException("a generated draft does not compile: " + d);
        });
    return report;
  }

  /**
   * The median time of {@code task}: one run not counted (warm-up at this size), then runs until
   * {@code minSeconds} have passed (one at least).
   */
  private static double timeSeconds(Supplier<?> task, double minSeconds) {
    if (task.get() == null) {
      throw new IllegalStateException("no result");
    }
    List<Double> samples = new ArrayList<>();
    long start = System.nanoTime();
    while (samples.isEmpty() || (System.nanoTime() - start) / 1e9 < minSeconds) {
      long t0 = System.nanoTime();
      Object result = task.get();
      samples.add((System.nanoTime() - t0) / 1e9);
      if (result == null) {
        throw new IllegalStateException("no result");
      }
    }
    return Stats.median(samples);
  }

  // ---- 4. the corpus: --jobs, peak memory ------------------------------------------------------

  private List<Path> corpusFiles() throws IOException {
    Path dir = work.resolve("corpus");
    Path done = dir.resolve(".complete-10000");
    if (!Files.exists(done)) {
      log.println("bench: generating the 10,000-file corpus in " + dir);
      DraftGenerator.corpus(dir, 10_000, 20261123L);
      Files.writeString(done, "");
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".surety"))
          .filter(p -> !p.getParent().getFileName().toString().equals("parties"))
          .sorted().collect(Collectors.toList());
    }
  }

  private void corpus() throws IOException, InterruptedException {
    List<Path> files = corpusFiles();
    Path dir = work.resolve("corpus");
    // the whole corpus in the quick run too: the targets are set on it, and the fixed costs of a
    // process (start-up, the JIT's warm-up) weigh on a fifth of it as they do not on all of it
    List<String> inputs = List.of(dir.toString());
    int count = files.size();
    long bytes = 0;
    for (Path f : files.subList(0, count)) {
      bytes += Files.size(f);
    }
    String what = String.format("%,d files, %.1f MB", count, bytes / 1e6);
    // one run not counted (the files into the page cache), then one job and two in turn: single
    // runs on a shared 2-core machine moved the ratio by 0.3 from one quick run to the next
    lint(inputs, 2, null, "gc-jobs2.log");
    // three pairs at least: an odd number has a middle run, and the machine's speed drifts by 20%
    // over minutes, which one pair cannot tell from the ratio
    int runs = quick ? 3 : 5;
    List<Double> one = new ArrayList<>();
    List<Double> two = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      one.add(lint(inputs, 1, null, "gc-jobs1.log").seconds());
      two.add(lint(inputs, 2, null, "gc-jobs2.log").seconds());
    }
    double s1 = Stats.median(one);
    double s2 = Stats.median(two);
    String settings = what + "; " + launcherOptions() + ", the JVM's default heap";
    results.figure("corpus", "lint --jobs 1", s1, "s", settings);
    results.figure("corpus", "lint --jobs 2", s2, "s", "");
    results.figure("corpus", "lint --jobs 1 throughput", bytes / 1e6 / s1, "MB/s", "");
    // each pair's own ratio too: the two runs of a pair ran a few seconds apart
    double lowest = Double.POSITIVE_INFINITY;
    double highest = 0;
    for (int i = 0; i < runs; i++) {
      lowest = Math.min(lowest, one.get(i) / two.get(i));
      highest = Math.max(highest, one.get(i) / two.get(i));
    }
    results.figure("corpus", "--jobs 2 speedup of the pair run in turn, lowest", lowest, "x", "");
    results.figure("corpus", "--jobs 2 speedup of the pair run in turn, highest", highest, "x", "");
    results.target("jobs-2-speedup", "lint --jobs 2 at least 1.7x faster than --jobs 1",
        s1 / s2, ">=", 1.7, String.format("%.1f s with 1 job, %.1f s with 2 (%d cores; %s)",
            s1, s2, Runtime.getRuntime().availableProcessors(), what));
    Processes.Run memory = lint(inputs, 2, "256m", "gc-256m.log");
    results.figure("corpus", "lint --jobs 2 with -Xmx256m", memory.seconds(), "s", what);
    memoryTarget("corpus-xmx256m", "the 10,000-file corpus lints with -Xmx256m (--jobs 2)", memory,
        256, work.resolve("gc-256m.log"));

    Path big = work.resolve("big/eight-mb.surety");
    if (!Files.exists(big)) {
      DraftGenerator.write(big, DraftGenerator.draft(8, 8_000_000));
    }
    Processes.Run run = lint(List.of(big.toString()), 1, "128m", "gc-8mb.log");
    results.figure("corpus", "lint one 8 MB file", run.seconds(), "s",
        Files.size(big) / 1024 + " KB; -Xmx128m and " + launcherOptions());
    memoryTarget("file-8mb-xmx128m", "the 8 MB file lints with -Xmx128m", run, 128,
        work.resolve("gc-8mb.log"));
  }

  private Processes.Run lint(List<String> inputs, int jobs, String heap, String gcLog)
      throws IOException, InterruptedException {
    Path log = work.resolve(gcLog);
    Files.deleteIfExists(log);
    List<String> command = new ArrayList<>();
    command.add("env");
    String extra = System.getenv("SURETY_JAVA_OPTS");
    command.add("SURETY_JAVA_OPTS=" + (extra == null ? "" : extra + " ")
        + (heap == null ? "" : "-Xmx" + heap + " ") + "-Xlog:gc:file=" + log);
    command.add(repo.resolve("surety").toString());
    command.add("lint");
    command.add("--jobs");
    command.add(Integer.toString(jobs));
    command.addAll(inputs);
    return Processes.run(command, work, 1800);
  }

  private void memoryTarget(String id, String description, Processes.Run run, long limitMb,
      Path gcLog) throws IOException {
    long afterGc = Processes.maxHeapAfterGcMb(gcLog);
    results.figure("memory", description + ": peak resident set",
        run.peakRssKb() / 1024.0, "MB", "exit status " + run.status());
    results.figure("memory", description + ": largest heap after a collection", afterGc, "MB",
        "from -Xlog:gc");
    boolean ok = run.ok();
    double ratio = ok ? (afterGc > 0 ? afterGc / (double) limitMb : 0) : Double.POSITIVE_INFINITY;
    results.target(id, description, ratio, "<=", 1,
        ok ? String.format("exit status %d; heap after GC at most %d MB of %d MB; peak RSS %d MB",
            run.status(), afterGc, limitMb, run.peakRssKb() / 1024)
            : "failed: " + run.failure());
  }

  // ---- 5. language server latency --------------------------------------------------------------

  private void lsp() throws Exception {
    Path dir = Files.createDirectories(work.resolve("lsp"));
    String text = draftOfLines(2000);
    Path file = dir.resolve("two-thousand-lines.surety");
    DraftGenerator.write(file, text);
    String uri = file.toUri().toString();

    // the server as an editor starts it: `surety lsp` through the launcher, in a process of its
    // own with the launcher's JVM options, spoken to over its standard input and output
    ProcessBuilder serverProcess =
        new ProcessBuilder(repo.resolve("surety").toString(), "lsp").directory(dir.toFile());
    serverProcess.redirectError(work.resolve("lsp-stderr.log").toFile());
    long started = System.nanoTime();
    Process process = serverProcess.start();
    OutputStream toServer = process.getOutputStream();
    InputStream clientIn = process.getInputStream();
    Client client = new Client();
    // the client's own threads, daemons and shut down at the end: LSP4J's default pool would keep
    // the driver alive for a minute after its report
    java.util.concurrent.ExecutorService clientThreads = java.util.concurrent.Executors
        .newCachedThreadPool(r -> {
          Thread thread = new Thread(r, "bench-lsp-client");
          thread.setDaemon(true);
          return thread;
        });
    Launcher<LanguageServer> launcher = new LSPLauncher.Builder<LanguageServer>()
        .setLocalService(client)
        .setRemoteInterface(LanguageServer.class)
        .setInput(clientIn)
        .setOutput(toServer)
        .setExecutorService(clientThreads)
        .create();
    java.util.concurrent.Future<Void> listening = launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "bench")));
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server.getTextDocumentService().didOpen(
        new DidOpenTextDocumentParams(new TextDocumentItem(uri, "surety", 1, text)));
    client.await(uri, 1);
    double firstMs = (System.nanoTime() - started) / 1e6;
    // warm as an editor's server is after some minutes of editing: C2 (which the launcher gives
    // the language server) has compiled the checking by some 300 changes (BENCHMARKS.md)
    int warmup = quick ? 150 : 400;
    int measured = quick ? 30 : 100;
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < warmup + measured; i++) {
      int version = i + 2;
      String changed = text.replaceFirst("size \\d+", "size " + (10 + i % 40));
      long t0 = System.nanoTime();
      server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
          new VersionedTextDocumentIdentifier(uri, version),
          List.of(new TextDocumentContentChangeEvent(changed))));
      client.await(uri, version);
      if (i >= warmup) {
        latencies.add((System.nanoTime() - t0) / 1e6);
      }
    }
    server.shutdown().get(60, TimeUnit.SECONDS);
    server.exit();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("surety lsp did not end after shutdown and exit");
    }
    listening.cancel(true);
    clientThreads.shutdownNow();
    double median = Stats.median(latencies);
    latencies.sort(null);
    double p90 = latencies.get((int) Math.floor(latencies.size() * 0.9));
    String settings = "./surety lsp in a process of its own (stdin and stdout), " + measured
        + " changes after " + warmup + " warm-up, " + text.lines().count() + " lines, "
        + launcherOptions();
    results.figure("language server", "didChange to publishDiagnostics, median", median, "ms",
        settings);
    results.figure("language server", "didChange to publishDiagnostics, 90th percentile", p90,
        "ms", "");
    results.figure("language server", "start, initialize and didOpen to the first diagnostics",
        firstMs, "ms", "one run, the server's process started cold");
    results.target("lsp-latency", "diagnostics within 50 ms of a change (2,000 lines, median)",
        median / 50, "<=", 1,
        String.format("median %.1f ms, 90th percentile %.1f ms", median, p90));
  }

  /** A generated draft cut at the end of the arrangement where it reaches {@code lines} lines. */
  static String draftOfLines(int lines) {
    String text = DraftGenerator.draft(2000, lines * 60);
    String[] all = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      out.append(all[i]).append('\n');
      if (i + 1 >= lines && all[i].equals("}")) {
        break;
      }
    }
    return out.toString();
  }

  static final class Client implements LanguageClient {
    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

    void await(String uri, int version) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline) {
        PublishDiagnosticsParams p = published.poll(100, TimeUnit.MILLISECONDS);
        if (p != null && p.getUri().equals(uri) && p.getVersion() != null
            && p.getVersion() == version) {
          return;
        }
      }
      throw new IllegalStateException("no diagnostics for version " + version);
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
      published.add(params);
    }

    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void showMessage(MessageParams params) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams p) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {}
  }

  // ---- the machine -----------------------------------------------------------------------------

  private static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}

package dev.surety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.check.CheckExecutor;
import dev.surety.cli.check.CheckRequest;
import dev.surety.cli.check.CheckResult;
import dev.surety.core.model.Arrangement;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue #9 point 4: the public API is safe to call from many threads at once. The example corpus
 * (with its includes) is compiled, validated and assessed from 8 threads at the same time, in
 * several rounds, each thread in its own order, through the facade (the whole directory, each file
 * on disk, each file's text in memory; one {@link Surety} shared by all threads and one per call)
 * and through the CLI's {@link CheckExecutor}; every result must equal the one computed first on
 * one thread: the same diagnostics (positions included), arrangements (positions included) and
 * assessments.
 */
class ConcurrencyTest {

  static final int THREADS = 8;
  /** Rounds of 8 threads; more with {@code -Dsurety.concurrency.rounds=60} to hunt a rare race. */
  static final int ROUNDS = Integer.getInteger("surety.concurrency.rounds", 3);
  static final Path DRAFTS = ExpectedResultsTest.DRAFTS.toAbsolutePath();

  /** What is compared: everything a caller sees, positions included. */
  record Outcome(List<String> diagnostics, List<Arrangement> arrangements, List<String> ranges,
      List<Object> assessments) {

    static Outcome of(Report r) {
      return new Outcome(r.diagnostics().stream().map(d -> d + " " + d.related() + " " + d.help())
              .collect(Collectors.toList()),
          r.arrangements(), ranges(r.arrangements()), List.copyOf(r.assessments()));
    }

    static Outcome of(CheckResult r) {
      return new Outcome(r.diagnostics().stream().map(d -> d + " " + d.related() + " " + d.help())
              .collect(Collectors.toList()),
          r.arrangements(), ranges(r.arrangements()), List.copyOf(r.assessments()));
    }

    private static List<String> ranges(List<Arrangement> arrangements) {
      return arrangements.stream().map(a -> a.range().toString()).collect(Collectors.toList());
    }
  }

  /** One call of the API, named for the failure message. */
  record Task(String name, Callable<Outcome> call) {}

  static List<Task> tasks() throws IOException {
    Surety shared = surety();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(DRAFTS)) {
      files = walk.filter(p -> p.toString().endsWith(".surety")).sorted()
          .collect(Collectors.toList());
    }
    List<Task> tasks = new ArrayList<>();
    tasks.add(new Task("Surety.check(drafts)", () -> Outcome.of(shared.check(List.of(DRAFTS)))));
    for (Path file : files) {
      String name = DRAFTS.relativize(file).toString().replace('\\', '/');
      String text = Files.readString(file, StandardCharsets.UTF_8);
      tasks.add(new Task("shared Surety.check(" + name + ")",
          () -> Outcome.of(shared.check(List.of(file)))));
      tasks.add(new Task("new Surety.check(text of " + name + ")",
          () -> Outcome.of(surety().check(text, name))));
    }
    tasks.add(new Task("CheckExecutor.execute(every draft)", () -> Outcome.of(
        CheckExecutor.execute(CheckRequest.builder().files(files).root(DRAFTS)
            .workingDirectory(DRAFTS).jobs(2).build()))));
    return tasks;
  }

  static Surety surety() {
    return Surety.builder().compilerOptions(CompilerOptions.builder().root(DRAFTS).build()).build();
  }

  @Test
  @Timeout(value = 1800, unit = TimeUnit.SECONDS) // and each round within 240 s, below
  void eightThreadsGetWhatOneThreadGets() throws Exception {
    List<Task> tasks = tasks();
    List<Outcome> sequential = new ArrayList<>();
    for (Task task : tasks) {
      sequential.add(task.call().call());
    }
    // the corpus is real: arrangements, findings and assessments to compare
    assertThat(sequential.get(0).arrangements()).hasSizeGreaterThan(5);
    assertThat(sequential.get(0).diagnostics()).isNotEmpty();

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < tasks.size(); i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(round * 100L + t));
          threads.add(pool.submit(() -> {
            start.await();
            List<String> differences = new ArrayList<>();
            for (int i : order) {
              Outcome outcome = tasks.get(i).call().call();
              if (!outcome.equals(sequential.get(i))) {
                differences.add(tasks.get(i).name() + ":\n  alone:      " + sequential.get(i)
                    + "\n  concurrent: " + outcome);
              }
            }
            return differences;
          }));
        }
        start.countDown();
        for (Future<List<String>> thread : threads) {
          assertThat(thread.get(240, TimeUnit.SECONDS)).as("round %d", round).isEmpty();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

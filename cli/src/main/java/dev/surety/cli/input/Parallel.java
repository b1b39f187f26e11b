package dev.surety.cli.input;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code --jobs}: applies a task to each input on up to {@code jobs} threads and hands the results
 * on in the order of the inputs, whatever order the threads finish in; so one job and many give the
 * same output.
 */
public final class Parallel {

  private Parallel() {}

  /** Runs of inputs each job may have finished and waiting for their turn. */
  static final int WINDOW_PER_JOB = 4;

  /** The longest run of inputs handed to a job at once. */
  static final int MAX_RUN = 16;

  /**
   * Applies {@code task} to each input on up to {@code jobs} threads and hands each result to
   * {@code sink} in the order of the inputs, on the calling thread, as soon as it and every result
   * before it are ready; at most a few results per job wait their turn, so the results of a large
   * number of inputs are never all held at once.
   *
   * <p>A job takes a run of consecutive inputs at a time ({@link #runLength}), not one: each
   * hand-over between the calling thread and a job wakes a sleeping thread, and with one input
   * per hand-over a 10,000-file lint spent 3% of its processor time in the kernel switching
   * threads.
   */
  public static <T, R> void forEachOrdered(List<T> inputs, int jobs, Function<T, R> task,
      Consumer<R> sink) {
    if (jobs <= 1 || inputs.size() <= 1) {
      inputs.forEach(input -> sink.accept(task.apply(input)));
      return;
    }
    int threads = Math.min(jobs, inputs.size());
    int run = runLength(inputs.size(), threads);
    int window = threads * WINDOW_PER_JOB;
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "surety-job");
      thread.setDaemon(true);
      return thread;
    });
    try {
      ArrayDeque<Future<List<R>>> pending = new ArrayDeque<>(window);
      int next = 0;
      while (next < inputs.size() || !pending.isEmpty()) {
        while (next < inputs.size() && pending.size() < window) {
          List<T> runInputs = inputs.subList(next, Math.min(inputs.size(), next + run));
          next += runInputs.size();
          pending.add(executor.submit(() -> {
            List<R> results = new ArrayList<>(runInputs.size());
            for (T input : runInputs) {
              results.add(task.apply(input));
            }
            return results;
          }));
        }
        pending.poll().get().forEach(sink);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    } finally {
      executor.shutdownNow();
    }
  }

  /**
   * How many consecutive inputs a job takes at a time: enough runs for some 64 per job (so that the
   * jobs finish close together), each of at most {@link #MAX_RUN} inputs.
   */
  static int runLength(int inputs, int threads) {
    return Math.max(1, Math.min(MAX_RUN, inputs / (threads * 64)));
  }

  private static RuntimeException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}

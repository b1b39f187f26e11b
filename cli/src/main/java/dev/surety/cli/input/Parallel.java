package dev.surety.cli.input;

import java.util.ArrayDeque;
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

  /**
   * Applies {@code task} to each input on up to {@code jobs} threads and hands each result to
   * {@code sink} in the order of the inputs, on the calling thread, as soon as it and every result
   * before it are ready; at most a few results per job wait their turn, so the results of a large
   * number of inputs are never all held at once.
   */
  public static <T, R> void forEachOrdered(List<T> inputs, int jobs, Function<T, R> task,
      Consumer<R> sink) {
    if (jobs <= 1 || inputs.size() <= 1) {
      inputs.forEach(input -> sink.accept(task.apply(input)));
      return;
    }
    int threads = Math.min(jobs, inputs.size());
    int window = threads * 4;
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, "surety-job");
      thread.setDaemon(true);
      return thread;
    });
    try {
      ArrayDeque<Future<R>> pending = new ArrayDeque<>(window);
      int next = 0;
      while (next < inputs.size() || !pending.isEmpty()) {
        while (next < inputs.size() && pending.size() < window) {
          T input = inputs.get(next++);
          pending.add(executor.submit(() -> task.apply(input)));
        }
        sink.accept(pending.poll().get());
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

package dev.surety.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void resultsReachTheSinkInInputOrderWithFewWaiting() {
    List<Integer> inputs = IntStream.range(0, 2_000).boxed().collect(Collectors.toList());
    AtomicInteger done = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    List<Integer> waiting = new ArrayList<>();
    List<String> out = new ArrayList<>();
    Parallel.forEachOrdered(inputs, 3, i -> {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(2));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      done.incrementAndGet();
      return "r" + i;
    }, r -> {
      waiting.add(done.get() - consumed.getAndIncrement());
      out.add(r);
    });
    assertThat(out).isEqualTo(inputs.stream().map(i -> "r" + i).collect(Collectors.toList()));
    // never more results finished and waiting than the window of a few runs per job
    int run = Parallel.runLength(inputs.size(), 3);
    assertThat(run).isGreaterThan(1);
    assertThat(waiting).allMatch(w -> w <= 3 * Parallel.WINDOW_PER_JOB * run);
    List<String> sequential = new ArrayList<>();
    Parallel.forEachOrdered(inputs, 1, i -> "r" + i, sequential::add);
    assertThat(sequential).isEqualTo(out);
  }

  @Test
  void runsAreShortEnoughForEveryJobToHaveMany() {
    assertThat(Parallel.runLength(1, 2)).isEqualTo(1);
    assertThat(Parallel.runLength(500, 2)).isEqualTo(3);
    assertThat(Parallel.runLength(10_000, 2)).isEqualTo(Parallel.MAX_RUN);
    assertThat(Parallel.runLength(10_000, 64)).isEqualTo(2);
  }

  @Test
  void aFailureOfATaskIsThrownAsItIs() {
    assertThatThrownBy(() -> Parallel.forEachOrdered(List.of(1, 2, 3, 4), 2, i -> {
      if (i == 3) {
        throw new IllegalArgumentException("three");
      }
      return i;
    }, r -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("three");
  }
}

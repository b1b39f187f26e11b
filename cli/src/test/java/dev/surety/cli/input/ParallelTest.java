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
    List<Integer> inputs = IntStream.range(0, 500).boxed().collect(Collectors.toList());
    AtomicInteger done = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    List<Integer> waiting = new ArrayList<>();
    List<String> out = new ArrayList<>();
    Parallel.forEachOrdered(inputs, 3, i -> {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
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
    // never more results finished and waiting than the window of a few per job
    assertThat(waiting).allMatch(w -> w <= 3 * 4);
    List<String> sequential = new ArrayList<>();
    Parallel.forEachOrdered(inputs, 1, i -> "r" + i, sequential::add);
    assertThat(sequential).isEqualTo(out);
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

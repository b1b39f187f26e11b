package dev.surety.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

  @Test
  void resultsComeInTheOrderOfTheInputs() {
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    List<String> results = Parallel.map(inputs, 8, i -> {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return "r" + i;
    });
    assertThat(results).containsExactlyElementsOf(inputs.stream().map(i -> "r" + i).toList());
    assertThat(Parallel.map(inputs, 1, i -> "r" + i)).isEqualTo(results);
  }

  @Test
  void aFailureOfATaskIsRethrown() {
    assertThatThrownBy(() -> Parallel.map(List.of(1, 2, 3), 2, i -> {
      if (i == 2) {
        throw new IllegalArgumentException("two");
      }
      return i;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("two");
  }
}

package dev.surety.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

  @TempDir Path dir;

  @Test
  void aLackOfMemoryReportedAsAFindingIsAFailure() throws IOException {
    Path out = Files.writeString(dir.resolve("out.txt"),
        "a.surety:1:1: warning: no duration [SUR107]\n"
            + "big.surety:1:1: error: the file is too large to read in the memory available"
            + " (maxFileBytes) [SUR003]\n");
    assertThat(Processes.memoryFailure(out)).startsWith("big.surety:1:1: error: the file is too large");
    Processes.Run run = new Processes.Run(List.of("surety"), 1, 1.0, 1, "",
        Processes.memoryFailure(out));
    assertThat(run.ok()).isFalse();
    assertThat(run.failure()).contains("too large to read in the memory available");

    Path clean = Files.writeString(dir.resolve("clean.txt"), "a.surety:1:1: warning: no duration [SUR107]\n");
    assertThat(Processes.memoryFailure(clean)).isEmpty();
    assertThat(new Processes.Run(List.of("surety"), 1, 1.0, 1, "", "").ok()).isTrue();
  }

  @Test
  void theHeapAfterACollectionCountsOnlyCollectionsThatFreedSomething() throws IOException {
    Path log = Files.writeString(dir.resolve("gc.log"), String.join("\n",
        "[0.012s][info][gc] Using Serial",
        "[1.185s][info][gc] GC(17) Pause Young (Allocation Failure) 90M->59M(123M) 11.571ms",
        "[1.583s][info][gc] GC(24) Pause Young (Allocation Failure) 109M->77M(123M) 12.212ms",
        "[1.612s][info][gc] GC(25) Pause Young (Allocation Failure) 111M->111M(123M) 0.033ms",
        "[1.747s][info][gc] GC(26) Pause Full (Allocation Failure) 111M->70M(123M) 135.177ms",
        "[2.104s][info][gc] GC(31) Pause Full (Allocation Failure) 116M->17M(123M) 37.817ms",
        ""));
    assertThat(Processes.maxHeapAfterGcMb(log)).isEqualTo(77);
    assertThat(Processes.maxHeapAfterGcMb(dir.resolve("none.log"))).isEqualTo(-1);
  }
}

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
}

package dev.surety.cli.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void writesAndReplacesLeavingNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.json");
    AtomicFiles.write(target, "{\"v\": 1}\n");
    AtomicFiles.write(target, "{\"v\": \"ü\"}\n");
    assertThat(target).hasContent("{\"v\": \"ü\"}\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void failsWhenTheDirectoryIsMissing() {
    assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("no/a.json"), "x"))
        .isInstanceOf(NoSuchFileException.class);
  }
}

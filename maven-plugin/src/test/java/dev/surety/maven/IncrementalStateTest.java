package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalStateTest {

  @TempDir Path dir;
  Path draft;
  Path included;
  Path output;
  IncrementalState state;

  @BeforeEach
  void recordARun() throws IOException {
    draft = Files.writeString(dir.resolve("a.surety"), "include \"lib.surety\".\n");
    included = Files.writeString(dir.resolve("lib.surety"), "party UA \"Ukraine\".\n");
    output = Files.writeString(dir.resolve("a.json"), "{}\n");
    state = new IncrementalState(dir.resolve("target/surety-status/check.state"));
    state.save("1.0", "config-1", List.of(draft), List.of(draft, included), List.of(output),
        "0 errors, 1 warning, 0 infos in 2 files");
  }

  @Test
  void nothingChangedIsUpToDate() {
    assertThat(state.upToDate("1.0", "config-1", List.of(draft)))
        .hasValueSatisfying(s -> assertThat(s.summary()).isEqualTo("0 errors, 1 warning, 0 infos in 2 files"));
  }

  @Test
  void aChangedDraftMeansARecheck() throws IOException {
    Files.writeString(draft, "include \"lib.surety\". // edited\n");
    assertThat(state.upToDate("1.0", "config-1", List.of(draft))).isEmpty();
  }

  @Test
  void aChangedIncludedFileMeansARecheck() throws IOException {
    Files.writeString(included, "party UA \"Ukraine\".\nparty UK \"United Kingdom\".\n");
    assertThat(state.upToDate("1.0", "config-1", List.of(draft))).isEmpty();
  }

  @Test
  void aDeletedIncludedFileMeansARecheck() throws IOException {
    Files.delete(included);
    assertThat(state.upToDate("1.0", "config-1", List.of(draft))).isEmpty();
  }

  @Test
  void aChangedConfigurationMeansARecheck() {
    assertThat(state.upToDate("1.0", "config-2", List.of(draft))).isEmpty();
  }

  @Test
  void anotherPluginVersionMeansARecheck() {
    assertThat(state.upToDate("1.1", "config-1", List.of(draft))).isEmpty();
  }

  @Test
  void aNewDraftMeansARecheck() throws IOException {
    Path other = Files.writeString(dir.resolve("b.surety"), "");
    assertThat(state.upToDate("1.0", "config-1", List.of(draft, other))).isEmpty();
  }

  @Test
  void aMissingOutputMeansARecheck() throws IOException {
    Files.delete(output);
    assertThat(state.upToDate("1.0", "config-1", List.of(draft))).isEmpty();
  }

  @Test
  void aClearedOrDamagedStateMeansARecheck() throws IOException {
    Files.writeString(state.file(), "garbage\n");
    assertThat(state.upToDate("1.0", "config-1", List.of(draft))).isEmpty();
    state.clear();
    assertThat(state.upToDate("1.0", "config-1", List.of(draft))).isEmpty();
  }

  @Test
  void theStateNamesEveryInputWithItsHash() throws IOException {
    String text = Files.readString(state.file());
    assertThat(text)
        .contains("draft " + IncrementalState.hash(draft) + " " + IncrementalState.key(draft))
        .contains("read " + IncrementalState.hash(included) + " " + IncrementalState.key(included))
        .contains("output " + IncrementalState.key(output))
        .contains("plugin 1.0");
  }

  /** After a failed run: a recheck, and the files written before are still known. */
  @Test
  void aForgottenRunMeansARecheckAndKeepsItsOutputs() throws IOException {
    state.forget();
    assertThat(state.upToDate("1.0", "config-1", List.of(draft))).isEmpty();
    assertThat(state.load()).hasValueSatisfying(s -> {
      assertThat(s.forgotten()).isTrue();
      assertThat(s.outputs()).containsExactly(IncrementalState.key(output));
      assertThat(s.drafts()).isEmpty();
    });
    state.forget();
    assertThat(state.load().orElseThrow().outputs()).containsExactly(IncrementalState.key(output));
  }

  @Test
  void aForgottenRunWithoutOutputsLeavesNoState() throws IOException {
    state.save("1.0", "config-1", List.of(draft), List.of(draft), List.of(), "");
    state.forget();
    assertThat(state.file()).doesNotExist();
  }
}

package dev.surety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingDemoTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EmbeddingDemo.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void checksTheReferenceFromTheClasspathByDefault() {
    assertThat(run()).isZero();
    assertThat(out())
        .contains("North Atlantic Treaty, Article 5")
        .contains("verdict: guarantee")
        .contains("score:   ");
  }

  @Test
  void checksANamedDraftFromTheClasspath() {
    assertThat(run("budapest-memorandum-1994.surety")).isZero();
    assertThat(out())
        .contains("verdict: declaration")
        .contains("score:   0/7")
        .contains("SUR203 error");
  }

  @Test
  void checksAPathOnDisk() {
    assertThat(run("drafts/coalition-of-the-willing-2026.surety")).isZero();
    assertThat(out()).contains("verdict: assurance").contains("SUR108 warning");
  }

  @Test
  void reportsAMissingDraft() {
    assertThat(run("no-such-draft.surety")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such draft");
  }
}

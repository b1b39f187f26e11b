package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftScannerTest {

  @Test
  void defaultIncludesEverySuretyFileAtAnyDepth() {
    DraftScanner scanner = new DraftScanner(null, null);
    assertThat(scanner.matches("a.surety")).isTrue();
    assertThat(scanner.matches("x/y/a.surety")).isTrue();
    assertThat(scanner.matches("a.json")).isFalse();
  }

  @Test
  void excludesWin(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(dir.resolve("b.surety"), "");
    Files.writeString(dir.resolve("a.surety"), "");
    Files.writeString(dir.resolve("lib/parties.surety"), "");
    Files.writeString(dir.resolve("notes.txt"), "");
    List<Path> found = new DraftScanner(List.of("**/*.surety"), List.of("lib/")).scan(dir);
    assertThat(found).containsExactly(dir.resolve("a.surety"), dir.resolve("b.surety"));
  }

  @Test
  void patternsUseAntSyntax() {
    DraftScanner scanner = new DraftScanner(List.of("drafts/*.surety", "one?.surety"), List.of());
    assertThat(scanner.matches("drafts/x.surety")).isTrue();
    assertThat(scanner.matches("drafts/sub/x.surety")).isFalse();
    assertThat(scanner.matches("one1.surety")).isTrue();
    assertThat(scanner.matches("one12.surety")).isFalse();
  }

  @Test
  void aSourceDirectoryThatIsALinkIsScannedWhereItLeadsAndNamedBelowTheLink(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("real/lib"));
    Files.writeString(dir.resolve("real/a.surety"), "");
    Files.writeString(dir.resolve("real/lib/parties.surety"), "");
    Path link = Files.createSymbolicLink(dir.resolve("drafts"), dir.resolve("real"));
    assertThat(new DraftScanner(null, List.of("lib/")).scan(link))
        .containsExactly(link.resolve("a.surety"));
  }

  @Test
  void aMissingDirectoryHasNoDrafts(@TempDir Path dir) {
    assertThat(new DraftScanner(null, null).scan(dir.resolve("none"))).isEmpty();
  }
}

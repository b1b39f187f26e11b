package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
  void excludesWin(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(dir.resolve("b.surety"), "");
    Files.writeString(dir.resolve("a.surety"), "");
    Files.writeString(dir.resolve("lib/parties.surety"), "");
    Files.writeString(dir.resolve("notes.txt"), "");
    DraftScanner.Found found =
        new DraftScanner(List.of("**/*.surety"), List.of("lib/")).scan(dir);
    assertThat(found.drafts()).containsExactly(dir.resolve("a.surety"), dir.resolve("b.surety"));
    // every file's name, for the incremental state: an excluded one may be included
    assertThat(found.files())
        .containsExactly("a.surety", "b.surety", "lib/parties.surety", "notes.txt");
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
      throws Exception {
    Files.createDirectories(dir.resolve("real/lib"));
    Files.writeString(dir.resolve("real/a.surety"), "");
    Files.writeString(dir.resolve("real/lib/parties.surety"), "");
    Path link = Files.createSymbolicLink(dir.resolve("drafts"), dir.resolve("real"));
    assertThat(new DraftScanner(null, List.of("lib/")).scan(link).drafts())
        .containsExactly(link.resolve("a.surety"));
  }

  @Test
  void aMissingDirectoryHasNoDrafts(@TempDir Path dir) throws Exception {
    assertThat(new DraftScanner(null, null).scan(dir.resolve("none")).drafts()).isEmpty();
  }

  /** An empty {@code <include/>} or {@code <exclude/>} reaches the mojo as null. */
  @Test
  void blankPatternsArePassedBy() {
    DraftScanner scanner =
        new DraftScanner(Arrays.asList(null, " "), Arrays.asList("lib/", null, ""));
    assertThat(scanner.matches("a.surety")).isTrue();
    assertThat(scanner.matches("lib/parties.surety")).isFalse();
  }

  @Test
  void aPatternThatReachesOutsideTheSourceDirectoryIsRefused() {
    for (String pattern : List.of("../shared/*.surety", "/srv/drafts/*.surety",
        "C:\\drafts\\*.surety", "lib/../../x.surety")) {
      assertThatThrownBy(() -> new DraftScanner(List.of(pattern), null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("includes: '" + pattern + "' reaches outside sourceDirectory, and the"
              + " patterns are relative to it (set sourceDirectory to the directory that holds"
              + " the drafts)");
    }
    assertThatThrownBy(() -> new DraftScanner(null, List.of("../lib/**")))
        .hasMessageStartingWith("excludes: '../lib/**' reaches outside sourceDirectory");
  }

  @Test
  void aDraftWhoseLinkIsBrokenIsNamed(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.surety"), "");
    Files.createSymbolicLink(dir.resolve("moved.surety"), dir.resolve("gone.surety"));
    assertThatThrownBy(() -> new DraftScanner(null, null).scan(dir))
        .isInstanceOf(DraftScanner.Unreadable.class)
        .hasMessage(dir.resolve("moved.surety") + ": broken symbolic link");
    // a broken link the patterns leave out is no draft (an editor's lock file, say)
    assertThat(new DraftScanner(null, List.of("moved.surety")).scan(dir).drafts())
        .containsExactly(dir.resolve("a.surety"));
  }

  @Test
  void aFifoNamedAsADraftIsNotRead(@TempDir Path dir) throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.surety").toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    assertThatThrownBy(() -> new DraftScanner(null, null).scan(dir))
        .isInstanceOf(DraftScanner.Unreadable.class)
        .hasMessage(dir.resolve("pipe.surety") + ": not a regular file");
  }

  @Test
  void aLinkToADirectoryIsNotADraftAndIsNotEntered(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("real"));
    Files.writeString(dir.resolve("real/a.surety"), "");
    Files.createSymbolicLink(dir.resolve("real/loop.surety"), dir.resolve("real"));
    assertThat(new DraftScanner(null, null).scan(dir).drafts())
        .containsExactly(dir.resolve("real/a.surety"));
  }

  /** As the CLI reads it (docs/decisions.md, "One file under two names is read once"). */
  @Test
  void oneFileUnderTwoNamesIsOneDraftUnderTheFirst(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.surety"), "");
    Files.createSymbolicLink(dir.resolve("a-link.surety"), Path.of("b.surety"));
    Files.createLink(dir.resolve("c-hard.surety"), dir.resolve("b.surety"));
    Files.createDirectories(dir.resolve("lib"));
    Files.createSymbolicLink(dir.resolve("lib/d.surety"), Path.of("../b.surety"));
    Files.writeString(dir.resolve("e.surety"), "");
    DraftScanner.Found found = new DraftScanner(null, null).scan(dir);
    assertThat(found.drafts()).containsExactly(dir.resolve("a-link.surety"), dir.resolve("e.surety"));
    assertThat(found.files()).hasSize(5);
  }

  @Test
  void buildOutputHiddenDirectoriesAndTheDirectoriesGivenAreNotEntered(@TempDir Path dir)
      throws Exception {
    for (String name : List.of("a.surety", "lib/b.surety", "target/classes/a.surety",
        ".git/HEAD", ".idea/c.surety", "node_modules/x/d.surety", "out/e.surety",
        "targets/f.surety")) {
      Files.createDirectories(dir.resolve(name).getParent());
      Files.writeString(dir.resolve(name), "");
    }
    DraftScanner.Found found = new DraftScanner(null, null).scan(dir, List.of(dir.resolve("out")));
    assertThat(found.drafts()).containsExactly(dir.resolve("a.surety"), dir.resolve("lib/b.surety"),
        dir.resolve("targets/f.surety"));
    assertThat(found.files()).containsExactly("a.surety", "lib/b.surety", "targets/f.surety");
    // a directory named as the source directory is scanned, whatever its name
    assertThat(new DraftScanner(null, null).scan(dir.resolve("target")).drafts())
        .containsExactly(dir.resolve("target/classes/a.surety"));
  }

  @Test
  void mavensDefaultExcludesAreNoFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.surety"), "");
    Files.createSymbolicLink(dir.resolve(".#a.surety"), Path.of("user@host.1:2"));
    Files.writeString(dir.resolve("._a.surety"), "\0binary");
    Files.writeString(dir.resolve("a.surety~"), "");
    Files.writeString(dir.resolve("#a.surety#"), "");
    Files.createDirectories(dir.resolve("CVS"));
    Files.writeString(dir.resolve("CVS/b.surety"), "");
    DraftScanner.Found found = new DraftScanner(null, null).scan(dir);
    assertThat(found.drafts()).containsExactly(dir.resolve("a.surety"));
    assertThat(found.files()).containsExactly("a.surety");
    assertThat(found.suretyFiles()).isEqualTo(1);
  }

  @Test
  void literalIncludesThatNameNoFileAreTold() {
    DraftScanner scanner = new DraftScanner(
        List.of("a.surety", "gone.surety", "lib/*.surety", "x?.surety", "sub/"), null);
    assertThat(scanner.literalIncludesMatchingNothing(List.of("a.surety", "lib/b.surety")))
        .containsExactly("gone.surety");
    assertThat(scanner.includes()).hasSize(5);
    assertThat(new DraftScanner(null, null).includes()).containsExactly("**/*.surety");
  }
}

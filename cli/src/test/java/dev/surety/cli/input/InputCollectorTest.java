package dev.surety.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.CliEnvironment;
import dev.surety.cli.CliException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InputCollectorTest extends BaseCliTest {

  private InputCollector collector;

  @BeforeEach
  void setUp() {
    collector = new InputCollector(
        new CliEnvironment(work, Map.of(), new ByteArrayInputStream(new byte[0]), false));
  }

  private Inputs collect(String... args) {
    return collector.collect(List.of(args), Optional.empty(), "<stdin>");
  }

  @Test
  void directoriesExpandToEveryDraftBelowInAStableOrder() throws IOException {
    write("d/b.surety", "");
    write("d/a.surety", "");
    write("d/sub/c.surety", "");
    write("d/sub-a/e.surety", "");
    write("d/notes.txt", "");
    Inputs inputs = collect("d");
    assertThat(inputs.files()).extracting(p -> work.relativize(p).toString())
        .containsExactly("d/a.surety", "d/b.surety", "d/sub-a/e.surety", "d/sub/c.surety");
    assertThat(inputs.root()).isEqualTo(work.resolve("d"));
    assertThat(inputs.readsStdin()).isFalse();
  }

  @Test
  void buildOutputAndHiddenDirectoriesBelowAreSkippedUnlessNamed() throws IOException {
    write("d/a.surety", "");
    write("d/target/classes/drafts/a.surety", "");
    write("d/editors/node_modules/x/b.surety", "");
    write("d/.git/c.surety", "");
    write("d/targets/d.surety", "");
    assertThat(collect("d").files()).extracting(p -> work.relativize(p).toString())
        .containsExactly("d/a.surety", "d/targets/d.surety");
    assertThat(collect("d/target").files()).extracting(p -> work.relativize(p).toString())
        .containsExactly("d/target/classes/drafts/a.surety");
  }

  /**
   * Emacs's lock beside an edited draft is a link to nowhere (it failed the walk as a broken
   * link), macOS's AppleDouble file is binary (SUR001): neither is a draft below a directory.
   */
  @Test
  void editorLocksAndAppleDoubleFilesBelowAreNoDrafts() throws IOException {
    write("d/a.surety", "");
    write("d/._a.surety", "\0\5\26\7 binary");
    Files.createSymbolicLink(work.resolve("d/.#a.surety"), Path.of("user@host.1234:1700000000"));
    assertThat(collect("d").files()).extracting(p -> work.relativize(p).toString())
        .containsExactly("d/a.surety");
    assertThat(collect("d/._a.surety").files()).containsExactly(work.resolve("d/._a.surety"));
  }

  @Test
  void filesKeepTheOrderOfTheArgumentsAndComeOnce() throws IOException {
    write("z.surety", "");
    write("x/y.txt", "");
    Inputs inputs = collect("z.surety", "x/y.txt", "./z.surety");
    assertThat(inputs.files()).containsExactly(work.resolve("z.surety"), work.resolve("x/y.txt"));
    assertThat(inputs.root()).isEqualTo(work);
  }

  @Test
  void theRootIsTheCommonDirectoryOfThePaths() throws IOException {
    write("a/b/one.surety", "");
    write("a/c/two.surety", "");
    assertThat(collect("a/b/one.surety", "a/c").root()).isEqualTo(work.resolve("a"));
    assertThat(collect("a/b/one.surety").root()).isEqualTo(work.resolve("a/b"));
  }

  @Test
  void rootOptionWins() throws IOException {
    write("a/b/one.surety", "");
    Inputs inputs = collector.collect(List.of("a/b/one.surety"), Optional.of("."), "<stdin>");
    assertThat(inputs.root()).isEqualTo(work);
  }

  @Test
  void rootMustBeADirectory() throws IOException {
    write("one.surety", "");
    assertThatThrownBy(() ->
        collector.collect(List.of("one.surety"), Optional.of("nowhere"), "<stdin>"))
        .isInstanceOf(CliException.class).hasMessage("--root nowhere: no such directory");
    assertThatThrownBy(() ->
        collector.collect(List.of("one.surety"), Optional.of("one.surety"), "<stdin>"))
        .isInstanceOf(CliException.class).hasMessage("--root one.surety: is a file, not a directory");
  }

  @Test
  void dashReadsStandardInputUnderTheGivenName() {
    Inputs inputs = collector.collect(List.of("-"), Optional.empty(), "drafts/x.surety");
    assertThat(inputs.files()).isEmpty();
    assertThat(inputs.stdinName()).contains("drafts/x.surety");
    // read as the file of that name would be: its directory is the default root
    assertThat(inputs.root()).isEqualTo(work.resolve("drafts"));
    assertThat(collector.collect(List.of("-"), Optional.empty(), "<stdin>").root()).isEqualTo(work);
  }

  @Test
  void aDirectoryNamedByALinkIsWalkedWhereItLeadsAndNamedAsGiven() throws IOException {
    write("real/a.surety", "");
    write("real/sub/b.surety", "");
    write("elsewhere/c.surety", "");
    Files.createSymbolicLink(work.resolve("drafts"), work.resolve("real"));
    // a link below a named directory is not followed into its directory
    Files.createSymbolicLink(work.resolve("real/more"), work.resolve("elsewhere"));
    Inputs inputs = collect("drafts");
    assertThat(inputs.files()).extracting(p -> work.relativize(p).toString())
        .containsExactly("drafts/a.surety", "drafts/sub/b.surety");
    assertThat(inputs.root()).isEqualTo(work.resolve("drafts"));
    assertThat(collect("drafts/more").files()).extracting(p -> work.relativize(p).toString())
        .containsExactly("drafts/more/c.surety");
  }

  @Test
  void aMissingPathIsNamed() {
    assertThatThrownBy(() -> collect("drafts/missing.surety"))
        .isInstanceOf(CliException.class)
        .hasMessage("drafts/missing.surety: no such file or directory");
  }

  @Test
  void aBrokenLinkIsNamed() throws IOException {
    Files.createSymbolicLink(work.resolve("link.surety"), work.resolve("gone.surety"));
    assertThatThrownBy(() -> collect("link.surety"))
        .isInstanceOf(CliException.class).hasMessage("link.surety: broken symbolic link");
  }

  /**
   * A link that leads round to itself is named a loop, named or below a directory: it was called
   * broken, and a user looked for a missing target instead of the loop.
   */
  @Test
  void aLinkLoopIsNamedSo() throws IOException {
    Files.createSymbolicLink(work.resolve("a.surety"), work.resolve("b.surety"));
    Files.createSymbolicLink(work.resolve("b.surety"), work.resolve("a.surety"));
    assertThatThrownBy(() -> collect("a.surety"))
        .isInstanceOf(CliException.class).hasMessage("a.surety: symbolic link loop");
    write("d/ok.surety", "");
    Files.createSymbolicLink(work.resolve("d/self.surety"), work.resolve("d/self.surety"));
    assertThatThrownBy(() -> collect("d"))
        .isInstanceOf(CliException.class).hasMessage("d/self.surety: symbolic link loop");
  }

  /** A CI job pointed at the wrong directory must not pass as "no findings". */
  @Test
  void aDirectoryWithoutDraftsIsNamed() throws IOException {
    Files.createDirectories(work.resolve("empty"));
    write("notes/readme.txt", "");
    write("built/target/classes/a.surety", "");
    write("d/a.surety", "");
    assertThatThrownBy(() -> collect("empty"))
        .isInstanceOf(CliException.class).hasMessage("no drafts (*.surety) in empty");
    assertThatThrownBy(() -> collect("d/a.surety", "notes/"))
        .isInstanceOf(CliException.class).hasMessage("no drafts (*.surety) in notes/");
    assertThatThrownBy(() -> collect("built"))
        .as("a draft in a directory that a walk skips is not found either")
        .isInstanceOf(CliException.class).hasMessage("no drafts (*.surety) in built");
  }

  @Test
  void aBrokenLinkNamedAsADraftBelowADirectoryIsNamed() throws IOException {
    write("d/ok.surety", "");
    Files.createSymbolicLink(work.resolve("d/notes.txt"), work.resolve("gone.txt"));
    assertThat(collect("d").files()).as("a broken link to something else is passed by")
        .containsExactly(work.resolve("d/ok.surety"));
    Files.createSymbolicLink(work.resolve("d/sub"), work.resolve("gone"));
    Files.createDirectories(work.resolve("d/deeper"));
    Files.createSymbolicLink(work.resolve("d/deeper/gone.surety"), work.resolve("gone.surety"));
    assertThatThrownBy(() -> collect("d"))
        .isInstanceOf(CliException.class).hasMessage("d/deeper/gone.surety: broken symbolic link");
  }

  @Test
  void aFifoNamedAsADraftBelowADirectoryIsNamed() throws IOException, InterruptedException {
    write("d/ok.surety", "");
    Path fifo = work.resolve("d/pipe.surety");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "no mkfifo here");
    assertThatThrownBy(() -> collect("d"))
        .isInstanceOf(CliException.class).hasMessage("d/pipe.surety: not a regular file");
  }

  @Test
  void anUnreadableFileIsNamed() throws IOException {
    assumeTrue(permissionsEnforced(work), "permissions are not enforced for this user");
    Path file = write("secret.surety", "");
    file.toFile().setReadable(false, false);
    assertThatThrownBy(() -> collect("secret.surety"))
        .isInstanceOf(CliException.class).hasMessage("secret.surety: permission denied");
  }

  @Test
  void anUnlistableDirectoryBelowIsNamed() throws IOException {
    assumeTrue(permissionsEnforced(work), "permissions are not enforced for this user");
    write("d/ok.surety", "");
    Path locked = Files.createDirectories(work.resolve("d/locked"));
    locked.toFile().setReadable(false, false);
    try {
      assertThatThrownBy(() -> collect("d/"))
          .isInstanceOf(CliException.class).hasMessage("d/locked: permission denied");
    } finally {
      locked.toFile().setReadable(true, false);
    }
  }
}

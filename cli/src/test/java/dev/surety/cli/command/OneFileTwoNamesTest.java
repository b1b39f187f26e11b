package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One file reached under two names (a symbolic link, a hard link, a directory and a link to it)
 * is read once, under the first name in the order of the inputs (docs/cli.md, "Paths"): every
 * finding was reported twice and the closing line counted two files; {@code compile} wrote its
 * arrangement twice ({@code -2}) with a warning of titles alike, and {@code fmt --check} listed it
 * twice. Two spellings of one path ({@code ./b.surety}, the absolute path) were already one.
 */
class OneFileTwoNamesTest extends BaseCliTest {

  @Test
  void aFileAndALinkToItAreCheckedOnceUnderTheFirstName() throws IOException {
    write("b.surety", Drafts.WARNING);
    Files.createSymbolicLink(work.resolve("l.surety"), Path.of("b.surety"));
    Files.createLink(work.resolve("h.surety"), work.resolve("b.surety"));
    for (String[] names : new String[][] {{"b.surety", "l.surety"}, {"b.surety", "h.surety"},
        {"b.surety", "./b.surety"}, {"b.surety", work.resolve("b.surety").toString()}}) {
      Result r = surety("lint", "--format", "gcc", names[0], names[1]);
      assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
      assertThat(r.out().lines()).as(String.join(" ", names)).singleElement()
          .satisfies(l -> assertThat(l).startsWith("b.surety:").endsWith("[SUR107]"));
      assertThat(surety("lint", names[0], names[1]).out())
          .endsWith("0 errors, 1 warnings, 0 infos in 1 files\n");
    }
    // the first name given is the one kept, whichever it is
    assertThat(surety("lint", "--format", "gcc", "l.surety", "b.surety").out())
        .startsWith("l.surety:").doesNotContain("b.surety:");
  }

  @Test
  void aWalkReadsAFileOnceUnderItsFirstNameInSortOrder() throws IOException {
    write("d/b.surety", Drafts.WARNING);
    Files.createSymbolicLink(work.resolve("d/l.surety"), Path.of("b.surety"));
    Files.createLink(work.resolve("d/h.surety"), work.resolve("d/b.surety"));
    Files.createSymbolicLink(work.resolve("linked"), Path.of("d"));
    for (String[] args : new String[][] {{"d"}, {"d", "linked"}, {"linked", "d"}, {"d", "d/l.surety"}}) {
      Result r = surety(Stream.concat(Stream.of("lint", "--format", "json"), Stream.of(args))
          .toArray(String[]::new));
      String first = args[0].equals("linked") ? "linked/b.surety" : "d/b.surety";
      assertThat(r.out()).as(String.join(" ", args)).contains("\"files\": 1,")
          .contains("\"file\": \"" + first + "\"").containsOnlyOnce("\"code\": \"SUR107\"");
    }
  }

  @Test
  void compileWritesAFileGivenTwiceOnce() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Files.createSymbolicLink(work.resolve("link.surety"), Path.of("clean.surety"));
    Result r = surety("compile", "--out", "out", "clean.surety", "link.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("out/nordic-shield.json\n");
    assertThat(r.err()).isEmpty();
    try (Stream<Path> written = Files.list(work.resolve("out"))) {
      assertThat(written).containsExactly(work.resolve("out/nordic-shield.json"));
    }
  }

  @Test
  void fmtListsAndRewritesAFileGivenTwiceOnce() throws IOException {
    Path draft = write("a.surety", FmtCommandTest.MESSY);
    Files.createSymbolicLink(work.resolve("link.surety"), Path.of("a.surety"));
    Result check = surety("fmt", "--check", "a.surety", "link.surety");
    assertThat(check.status()).as(check.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(check.out()).isEqualTo("a.surety\n");
    Result diff = surety("fmt", "--diff", "link.surety", "a.surety");
    assertThat(diff.out()).startsWith("--- link.surety\n").containsOnlyOnce("+++ ");
    // one file to print, though named twice
    Result print = surety("fmt", "a.surety", "link.surety");
    assertThat(print.status()).as(print.toString()).isEqualTo(ExitCode.OK);
    assertThat(print.out()).isEqualTo(FmtCommandTest.FORMATTED);
    Result write = surety("fmt", "--write", "a.surety", "link.surety");
    assertThat(write.status()).as(write.toString()).isEqualTo(ExitCode.OK);
    assertThat(draft).hasContent(FmtCommandTest.FORMATTED);
    assertThat(work.resolve("link.surety")).isSymbolicLink();
  }
}

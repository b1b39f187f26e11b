package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import dev.surety.dsl.json.ArrangementJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CompileCommandTest extends BaseCliTest {

  @Test
  void printsTheJsonWithoutOut() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("compile", "clean.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(ArrangementJson.read(r.out()).title()).isEqualTo("Nordic Shield");
  }

  @Test
  void theWarningOfTitlesAlikeQuotesThemSafely() throws IOException {
    write("a.surety", Drafts.clean("Shield\u001b[2J"));
    write("b.surety", Drafts.clean("shield\u001b[2J"));
    Result r = surety("compile", "--out", "out", "a.surety", "b.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).doesNotContain("\u001b")
        .contains("\"Shield<U+001B>[2J\" (a.surety:1), \"shield<U+001B>[2J\" (b.surety:1)");
  }

  /**
   * An {@code --out} with a line break or an escape in its name is named as lint names files, in
   * the paths printed and in a failure's one line: a raw line break cut the message after the
   * name's first line, and an escape sequence reached the terminal.
   */
  @Test
  void anOutDirectoryIsNamedSafely() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("compile", "--out", "out\u001b[2J", "clean.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("out<U+001B>[2J/nordic-shield.json\n");
    assertThat(work.resolve("out\u001b[2J/nordic-shield.json")).exists();

    write("a\nfile", "not a directory");
    Result failed = surety("compile", "--out", "a\nfile", "clean.surety");
    assertThat(failed.status()).as(failed.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(failed.err()).isEqualTo("surety: a<U+000A>file: is a file, not a directory\n");
  }

  /**
   * An empty {@code --out} (a script's {@code --out "$DIR"} with {@code DIR} unset) is a usage
   * error: it wrote into the working directory, over any file named like a title there.
   */
  @Test
  void anEmptyOutIsBadUsage() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Result r = surety("compile", "--out", "", "clean.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: --out must name a directory, not ''\n"
        + "try 'surety compile --help'\n");
    assertThat(work.resolve("nordic-shield.json")).doesNotExist();
  }

  /** An {@code --out} that is a link to nowhere is named so; it was said to "already exist". */
  @Test
  void anOutThatIsABrokenLinkIsNamedSo() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Files.createSymbolicLink(work.resolve("out"), work.resolve("gone"));
    Result r = surety("compile", "--out", "out", "clean.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.ERROR);
    assertThat(r.err()).isEqualTo("surety: out: broken symbolic link\n");
  }

  @Test
  void writesOneFilePerArrangementNamedAfterItsTitle() throws IOException {
    write("drafts/a.surety", Drafts.CLEAN);
    write("drafts/b.surety", Drafts.clean("Nordic shield"));
    write("drafts/c.surety", Drafts.clean("../../etc/passwd"));
    Result r = surety("compile", "--out", "out", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).isEqualTo("out/nordic-shield.json\nout/nordic-shield-2.json\n"
        + "out/etc-passwd.json\n");
    // the two titles that give one name are named, and where each is written
    assertThat(r.err()).isEqualTo("surety: warning: 2 arrangements are named alike, "
        + "\"Nordic Shield\" (drafts/a.surety:1), \"Nordic shield\" (drafts/b.surety:1), and are "
        + "written as nordic-shield.json, nordic-shield-2.json in the order written; give "
        + "them titles of their own\n");
    try (Stream<Path> files = Files.list(work.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("nordic-shield.json", "nordic-shield-2.json",
              "etc-passwd.json");
    }
    assertThat(ArrangementJson.read(Files.readString(work.resolve("out/nordic-shield-2.json")))
        .title()).isEqualTo("Nordic shield");
    new ObjectMapper().readTree(work.resolve("out/etc-passwd.json").toFile());
  }

  /**
   * The files get the mode a plain write gives (0666 less the umask), not the 0600 of a temporary
   * file; a file written again keeps the mode it was given.
   */
  @Test
  void writtenFilesGetThePlainModeAndKeepTheirs() throws IOException {
    write("clean.surety", Drafts.CLEAN);
    Path probe = write("probe.txt", "a plain write");
    String plain = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
    assertThat(surety("compile", "--out", "out", "clean.surety").status()).isEqualTo(ExitCode.OK);
    Path json = work.resolve("out/nordic-shield.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json)))
        .isEqualTo(plain);

    Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("rw-rw-r--"));
    assertThat(surety("compile", "--out", "out", "clean.surety").status()).isEqualTo(ExitCode.OK);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void refusesToWriteAnythingWhenThereAreErrors() throws IOException {
    write("drafts/a.surety", Drafts.CLEAN);
    write("drafts/b.surety", Drafts.BROKEN);
    Result r = surety("compile", "--out", "out", "drafts");
    assertThat(r.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("error[SUR001]")
        .endsWith("surety: nothing written: the drafts have errors\n");
    // every finding is shown, so that the closing count is the drafts' own, warnings too
    write("drafts/c.surety", Drafts.WARNING);
    Result all = surety("compile", "--out", "out", "drafts");
    assertThat(all.err()).contains("error[SUR001]", "warning[SUR").doesNotContain(" 0 warnings");
    assertThat(work.resolve("out")).doesNotExist();
  }

  @Test
  void severityOverridesDecideWhatIsAnError() throws IOException {
    write("warning.surety", Drafts.WARNING);
    assertThat(surety("compile", "--out", "out", "warning.surety").status()).isEqualTo(ExitCode.OK);
    Result strict = surety("compile", "--out", "strict", "--severity", "SUR107=error",
        "warning.surety");
    assertThat(strict.status()).isEqualTo(ExitCode.FINDINGS);
    assertThat(strict.err()).contains("error[SUR107]");
    assertThat(work.resolve("strict")).doesNotExist();
  }

  @Test
  void printsEveryDocumentInOrderWithoutOut() throws IOException {
    write("d/a.surety", Drafts.clean("First"));
    write("d/b.surety", Drafts.clean("Second"));
    Result r = surety("compile", "d");
    assertThat(r.status()).isEqualTo(ExitCode.OK);
    var parser = new ObjectMapper().createParser(r.out());
    var mapper = new ObjectMapper();
    var titles = new java.util.ArrayList<String>();
    while (parser.nextToken() != null) {
      titles.add(ArrangementJson.read(mapper.writeValueAsString(mapper.readTree(parser))).title());
    }
    assertThat(titles).containsExactly("First", "Second");
  }

  /**
   * The documents are streamed, to stdout and into the files, as they are produced: the same text
   * as {@link ArrangementJson#write(dev.surety.core.model.Arrangement)}, one after the other on
   * stdout, each whole in its file, for a document larger than the 64 KB chunks it is written in.
   */
  @Test
  void streamsTheSameDocumentsAsTheCodecWrites() throws IOException {
    StringBuilder many = new StringBuilder(Drafts.clean("Large").replace("}", ""));
    for (int i = 0; i < 500; i++) {
      many.append("party P").append(i).append(" \"Party ").append(i).append("\".\n");
    }
    write("d/a.surety", many.append("}\n").toString());
    write("d/b.surety", Drafts.clean("Small «Україна» 🛡"));

    Result r = surety("compile", "d");
    Result files = surety("compile", "--out", "out", "d");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(files.status()).as(files.toString()).isEqualTo(ExitCode.OK);
    String[] names = files.out().split("\n");
    assertThat(names).hasSize(2);
    String large = Files.readString(work.resolve(names[0]));
    String small = Files.readString(work.resolve(names[1]));
    assertThat(large.length()).isGreaterThan(1 << 16);
    assertThat(r.out()).isEqualTo(large + small);
    assertThat(ArrangementJson.write(ArrangementJson.read(large))).isEqualTo(large);
    assertThat(ArrangementJson.read(small).title()).isEqualTo("Small «Україна» 🛡");
  }
}

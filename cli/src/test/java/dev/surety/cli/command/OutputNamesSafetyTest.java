package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.Drafts;
import dev.surety.cli.ExitCode;
import dev.surety.dsl.json.ArrangementJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code compile --out} names files after titles that a counterpart wrote (issue #9, point 3):
 * whatever a title holds, every file lands directly in the output directory, under a name no file
 * system treats specially, and no arrangement's file overwrites another's.
 */
class OutputNamesSafetyTest extends BaseCliTest {

  /** The clean draft once per title, each a separate arrangement. */
  private Result compile(List<String> titles) throws IOException {
    // past the first 8,000 bytes, where a NUL no longer makes the file binary (git's test)
    StringBuilder text = new StringBuilder("// " + "-".repeat(8_000) + "\n");
    for (String title : titles) {
      String literal = title.replace("\\", "\\\\").replace("\"", "\\\"");
      text.append(Drafts.CLEAN.replace("\"Nordic Shield\"", "\"" + literal + "\""));
    }
    write("drafts/hostile.surety", text.toString());
    return surety("compile", "--out", "deep/out", "drafts/hostile.surety");
  }

  private List<String> outputFiles() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> all = Files.walk(work)) {
      all.filter(Files::isRegularFile).map(p -> work.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("drafts/")).sorted().forEach(names::add);
    }
    return names;
  }

  private String titleIn(String file) throws IOException {
    return ArrangementJson.read(Files.readString(work.resolve("deep/out").resolve(file))).title();
  }

  @Test
  void pathsInTitlesStayInsideTheOutputDirectory() throws IOException {
    Result r = compile(List.of("../../etc/passwd", "../../../../../tmp/x", "a/b", "a\\b",
        "/absolute", "C:\\Windows\\evil", ".hidden", "..", "-rf"));

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(outputFiles()).containsExactly("deep/out/a-b-2.json", "deep/out/a-b.json",
        "deep/out/absolute.json", "deep/out/arrangement.json", "deep/out/c-windows-evil.json",
        "deep/out/etc-passwd.json", "deep/out/hidden.json", "deep/out/rf.json",
        "deep/out/tmp-x.json");
    assertThat(titleIn("etc-passwd.json")).isEqualTo("../../etc/passwd");
    assertThat(titleIn("a-b-2.json")).isEqualTo("a\\b");
  }

  @Test
  void aNulInATitleIsNotPartOfTheName() throws IOException {
    Result r = compile(List.of("Shield\0.json"));

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(outputFiles()).containsExactly("deep/out/shield-json.json");
    assertThat(titleIn("shield-json.json")).isEqualTo("Shield\0.json");
  }

  @Test
  void reservedDeviceNamesAreNeverFileNames() throws IOException {
    Result r = compile(List.of("CON", "nul", "Aux", "PRN", "COM1", "LPT1", "con.txt", "NUL.json",
        "COM\u00B9"));

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(outputFiles()).containsExactly("deep/out/aux-arrangement.json",
        "deep/out/com1-arrangement-2.json", "deep/out/com1-arrangement.json",
        "deep/out/con-arrangement.json", "deep/out/con-txt.json",
        "deep/out/lpt1-arrangement.json", "deep/out/nul-arrangement.json",
        "deep/out/nul-json.json", "deep/out/prn-arrangement.json");
    assertThat(titleIn("com1-arrangement-2.json")).isEqualTo("COM\u00B9");
  }

  @Test
  void titlesThatDifferOnlyInCaseOrPunctuationGetTheirOwnFiles() throws IOException {
    Result r = compile(List.of("Eastern Shield", "EASTERN SHIELD", "eastern-shield",
        "Eastern  Shield!", "Éastern Shield"));

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(outputFiles()).containsExactly("deep/out/eastern-shield-2.json",
        "deep/out/eastern-shield-3.json", "deep/out/eastern-shield-4.json",
        "deep/out/eastern-shield-5.json", "deep/out/eastern-shield.json");
    assertThat(titleIn("eastern-shield.json")).isEqualTo("Eastern Shield");
    assertThat(titleIn("eastern-shield-5.json")).isEqualTo("Éastern Shield");
  }

  @Test
  void aSymbolicLinkInTheOutputDirectoryIsReplacedNotWrittenThrough() throws IOException {
    Path victim = write("victim.txt", "must not change\n");
    Files.createDirectories(work.resolve("deep/out"));
    Files.createSymbolicLink(work.resolve("deep/out/shield.json"), victim);

    Result r = compile(List.of("Shield"));

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(victim).hasContent("must not change\n");
    assertThat(Files.isSymbolicLink(work.resolve("deep/out/shield.json"))).isFalse();
    assertThat(titleIn("shield.json")).isEqualTo("Shield");
  }
}

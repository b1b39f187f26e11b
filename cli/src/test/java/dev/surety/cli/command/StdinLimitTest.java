package dev.surety.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.cli.BaseCliTest;
import dev.surety.cli.ExitCode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Standard input is read no further than the file-size limit, and reported over it (SUR003). */
class StdinLimitTest extends BaseCliTest {

  @Test
  void standardInputOverMaxFileBytesIsSur003() throws IOException {
    write(".surety.json", "{\"limits\": {\"maxFileBytes\": 100}}\n");
    stdin = "party UA \"Ukraine\".\n".repeat(1000);

    Result r = surety("lint", "--stdin-filename", "pasted.surety", "-");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).contains("SUR003")
        .contains("pasted.surety is larger than the limit of 100 bytes (maxFileBytes)");
  }

  @Test
  void aFileOverMaxFileBytesIsNamedWithoutASnippet() throws IOException {
    // before: a snippet of an empty line 1 with a caret under nothing (the file is not read)
    write(".surety.json", "{\"limits\": {\"maxFileBytes\": 100}}\n");
    write("big.surety", "// big\n" + "x".repeat(200) + "\n");

    Result r = surety("lint", "big.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).startsWith("error[SUR003]: file big.surety is 208 bytes, over the limit of"
        + " 100 bytes (maxFileBytes)\n --> big.surety\n\n");
    assertThat(r.out()).doesNotContain("1 |", "^");
  }

  /**
   * A binary file's SUR001 (its text is not read) is named at its NUL without a snippet: it showed
   * an empty line 1 with a caret under nothing, 99 cells in for a NUL at column 99.
   */
  @Test
  void aBinaryFileIsNamedWithoutASnippet() throws IOException {
    java.nio.file.Files.write(work.resolve("bin.surety"),
        "party UA\0 \"Ukraine\".\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    Result r = surety("lint", "bin.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.FINDINGS);
    assertThat(r.out()).isEqualTo("error[SUR001]: the file is binary, not a draft: it holds a NUL"
        + " byte at line 1, column 9\n --> bin.surety:1:9\n  = help: Surety reads drafts saved as"
        + " UTF-8 text; check that the path names a draft\n\n1 errors, 0 warnings, 0 infos in 1"
        + " files\n");
  }

  @Test
  void standardInputWithinTheLimitIsChecked() throws IOException {
    write(".surety.json", "{\"limits\": {\"maxFileBytes\": 100}}\n");
    stdin = "party UA \"Ukraine\".\n";

    Result r = surety("lint", "--stdin-filename", "pasted.surety", "-");

    assertThat(r.status()).as(r.toString()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).doesNotContain("SUR003");
  }
}

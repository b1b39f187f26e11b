package dev.surety.cli.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckExecutorTest {

  @TempDir Path dir;

  private List<Path> drafts() throws IOException {
    Files.writeString(dir.resolve("parties.surety"), "party US \"United States\"; legislature Congress.\n"
        + "party UA \"Ukraine\".\nparty RU \"Russian Federation\".\n");
    Path a = Files.writeString(dir.resolve("a.surety"), "include \"parties.surety\".\n"
        + "arrangement \"A\" {\n  kind guarantee.\n  beneficiary UA.\n  against RU.\n"
        + "  trigger attack: armed attack; by RU.\n  US backstop: air defence; on attack.\n}\n");
    Path b = Files.writeString(dir.resolve("b.surety"), "include \"parties.surety\".\n"
        + "arrangement \"B\" {\n  beneficiary UA.\n  US military aid.\n}\n");
    return List.of(a, b);
  }

  private CheckResult check(boolean findingsOnly, int jobs) throws IOException {
    return CheckExecutor.execute(CheckRequest.builder().files(drafts()).root(dir)
        .workingDirectory(dir).jobs(jobs).findingsOnly(findingsOnly).build());
  }

  @Test
  void findingsOnlyKeepsEveryFindingSourceAndFileButNoModel() throws IOException {
    CheckResult all = check(false, 1);
    CheckResult findings = check(true, 2);
    assertThat(all.arrangements()).hasSize(2);
    assertThat(all.assessments()).hasSize(2);
    assertThat(findings.arrangements()).isEmpty();
    assertThat(findings.assessments()).isEmpty();
    assertThat(findings.diagnostics()).isNotEmpty().isEqualTo(all.diagnostics());
    assertThat(findings.sources()).isEqualTo(all.sources()).containsKeys("a.surety", "parties.surety");
    assertThat(findings.fileCount()).isEqualTo(all.fileCount()).isEqualTo(3);
    assertThat(findings.filesRead()).isEqualTo(all.filesRead());
    assertThat(findings.failed()).isEqualTo(all.failed());
  }
}

package dev.surety.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuretyExecutorTest {

  static final Path DRAFTS = Path.of("src/test/resources/drafts").toAbsolutePath();

  private final SuretyExecutor executor = new SuretyExecutor();

  private SuretyRequest.Builder request(String... drafts) {
    SuretyRequest.Builder b = SuretyRequest.builder().root(DRAFTS).displayBase(DRAFTS.getParent());
    for (String d : drafts) {
      b.addDrafts(List.of(DRAFTS.resolve(d)));
    }
    return b;
  }

  @Test
  void findingsAreShownFromTheDisplayBaseAndErrorsFail() {
    SuretyResult result = executor.execute(request("bad.surety").build());
    assertThat(result.failed()).isTrue();
    assertThat(result.failOn()).isEqualTo("error");
    assertThat(result.diagnostics()).extracting(d -> FindingFormat.format(d))
        .anyMatch(l -> l.startsWith("drafts/bad.surety:[11,3] SUR203 Russian Federation (RU) is a guarantor"));
    assertThat(result.filesRead()).contains(DRAFTS.resolve("lib/parties.surety"));
  }

  @Test
  void aCleanDraftPasses() {
    SuretyResult result = executor.execute(request("clean.surety").build());
    assertThat(result.failed()).isFalse();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.title()).isEqualTo("Clean Guarantee"));
  }

  @Test
  void overridesOfTheRequestWinOverTheConfigurationFile(@TempDir Path dir) throws IOException {
    Path config = Files.writeString(dir.resolve(".surety.json"),
        "{\"severity\": {\"SUR203\": \"warning\", \"SUR205\": \"off\"}, \"failOn\": \"warning\"}");
    SuretyResult fromFile = executor.execute(request("bad.surety").configFile(Optional.of(config)).build());
    assertThat(fromFile.diagnostics()).extracting(d -> d.code() + " " + d.severity())
        .contains("SUR203 WARNING").noneMatch(s -> s.startsWith("SUR205"));
    assertThat(fromFile.failed()).isTrue(); // failOn warning from the file
    SuretyResult overridden = executor.execute(request("bad.surety").configFile(Optional.of(config))
        .putSeverity("sur203", "info").failOn(Optional.of("warning")).build());
    assertThat(overridden.count(Severity.INFO)).isPositive();
    assertThat(overridden.failed()).isFalse();
  }

  @Test
  void anUnknownCodeOrLevelIsAConfigurationError() {
    assertThatThrownBy(() -> executor.execute(request("clean.surety").putSeverity("SUR999", "off").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUR999");
    assertThatThrownBy(() -> executor.execute(request("clean.surety").failOn(Optional.of("sometimes")).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sometimes");
  }
}

package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.validation.docs.RulesPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the rules' homes, the compiler's ({@link CompilerRules}) and the
 * validator's, so it lives here where both are seen; this test fails when it is stale. Regenerate
 * with {@code mvn -pl dsl -am verify -Dsurety.docs.update=true}.
 */
class RulesPageTest {
  static final Path PAGE = Path.of("..", "docs", "rules.md");

  @Test
  void rulesPageIsCurrent() throws IOException {
    String expected = RulesPage.render(Surety.rules());
    if (Boolean.getBoolean("surety.docs.update")) {
      Files.createDirectories(PAGE.getParent());
      Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
    }
    assertThat(PAGE).as("docs/rules.md exists; generate it with -Dsurety.docs.update=true").exists();
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/rules.md is stale; regenerate it with -Dsurety.docs.update=true")
        .isEqualTo(expected);
  }

  @Test
  void everyRuleIsOnThePage() {
    String page = RulesPage.render(Surety.rules());
    Surety.rules().forEach(r -> assertThat(page).contains("### " + r.code() + " " + r.name()));
  }
}

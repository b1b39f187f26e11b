package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/lsp.md and docs/editors.md say what the server does. */
class LspDocsTest {

  static final Path LSP = Path.of("..", "docs", "lsp.md");
  static final Path EDITORS = Path.of("..", "docs", "editors.md");

  @TempDir Path workspace;

  ServerCapabilities capabilities() throws Exception {
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    return new SuretyLanguageServer(workspace).initialize(init).get().getCapabilities();
  }

  @Test
  void noPageSaysTheDiagnosticsAreDebounced() throws Exception {
    assertThat(SuretyLanguageServer.DEBOUNCE_MILLIS).isZero();
    for (Path page : new Path[] {LSP, EDITORS}) {
      assertThat(Files.readString(page, StandardCharsets.UTF_8))
          .as(page + ": a change is compiled as soon as the compiler thread is free")
          .doesNotContainIgnoringCase("debounced");
    }
  }

  @Test
  void formattingIsDescribedAsThere() throws Exception {
    assertThat(capabilities().getDocumentFormattingProvider().getLeft()).isTrue();
    assertThat(Files.readString(EDITORS, StandardCharsets.UTF_8).replaceAll("\\s+", " "))
        .doesNotContain("still being added");
    assertThat(Files.readString(LSP, StandardCharsets.UTF_8)).contains("| `textDocument/formatting` |");
  }
}

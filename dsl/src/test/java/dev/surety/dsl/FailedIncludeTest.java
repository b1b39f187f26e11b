package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An include that fails is reported once (SUR001 or SUR002), and the ids its file would have
 * declared are not reported undeclared besides (SUR101): like a C compiler that stops at a missing
 * header. A file whose includes all succeeded still gets SUR101.
 */
class FailedIncludeTest {

  /** The draft of the defect report, with RU and FR declared in {@code p/parties.surety}. */
  private static final String DRAFT = "arrangement \"T\" {\n  kind guarantee.\n  status draft.\n"
      + "  dated 2025-01-01.\n  instrument treaty.\n  beneficiary UA.\n  against RU.\n"
      + "  party UA \"Ukraine\".\n  trigger attack: armed attack; by RU.\n"
      + "  FR mutual defence: air defence; on attack; immediate.\n  duration 15 years.\n"
      + "  withdrawal notice 12 months.\n}\n";

  @TempDir Path root;

  @BeforeEach
  void parties() throws IOException {
    Files.createDirectories(root.resolve("p"));
    Files.writeString(root.resolve("p/parties.surety"),
        "party RU \"Russia\".\nparty FR \"France\".\n");
  }

  private Compilation compile(String include, String draft) throws IOException {
    Path main = Files.writeString(root.resolve("main.surety"), include + "\n" + draft);
    return SuretyCompiler.create(CompilerOptions.builder().root(root).build()).compile(main);
  }

  private static List<String> codes(Compilation c) {
    return c.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void theDraftWithItsIncludeIsClean() throws IOException {
    assertThat(compile("include \"p/parties.surety\".", DRAFT).diagnostics()).isEmpty();
  }

  @Test
  void anIncludeWithASyntaxErrorLeavesNoIdUndeclared() throws IOException {
    assertThat(codes(compile("include \"p/parties.surety\"", DRAFT))).containsExactly("SUR001");
    assertThat(codes(compile("Include \"p/parties.surety\".", DRAFT))).containsExactly("SUR001");
  }

  @Test
  void anIncludeThatIsRefusedLeavesNoIdUndeclared() throws IOException {
    String absolute = root.resolve("p/parties.surety").toAbsolutePath().toString()
        .replace('\\', '/');
    Files.createDirectories(root.resolve("p/dir"));
    for (String include : List.of("p/missing.surety", absolute, "../parties.surety", "p/dir")) {
      assertThat(codes(compile("include \"" + include + "\".", DRAFT))).as(include)
          .containsExactly("SUR002");
    }
  }

  @Test
  void anIncludeThatFailsInAnIncludedFileLeavesNoIdUndeclared() throws IOException {
    Files.writeString(root.resolve("p/outer.surety"),
        "include \"gone.surety\".\nparty RU \"Russia\".\n");
    Compilation c = compile("include \"p/outer.surety\".", DRAFT);
    assertThat(c.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR002");
      assertThat(d.range().file()).isEqualTo("p/outer.surety");
    });
  }

  @Test
  void aFileWhoseIncludesSucceededStillReportsUndeclaredIds() throws IOException {
    // p/shared.surety includes what it needs and refers to DE, declared nowhere
    Files.writeString(root.resolve("p/shared.surety"), "include \"parties.surety\".\n"
        + "coalition C \"C\": FR, DE.\n");
    Compilation c = compile("include \"p/shared.surety\".\ninclude \"p/missing.surety\".", DRAFT);
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().file())
        .containsExactly("SUR002 main.surety", "SUR101 p/shared.surety");
    // and a draft without failed includes gets every undeclared id
    assertThat(codes(compile("include \"p/parties.surety\".", DRAFT.replace("FR mutual", "DE mutual"))))
        .containsExactly("SUR101");
  }

  @Test
  void aFileThatACycleKeepsFromSeeingAnotherLeavesNoIdUndeclared() throws IOException {
    // main → a → b → a: b does not see a's declarations (the cycle is cut there), main sees both
    Files.writeString(root.resolve("p/a.surety"), "include \"b.surety\".\nparty RU \"Russia\".\n");
    Files.writeString(root.resolve("p/b.surety"), "include \"a.surety\".\nparty FR \"France\".\n"
        + "coalition C \"C\": RU, FR.\n");
    Compilation c = compile("include \"p/a.surety\".", DRAFT.replace("FR mutual", "DE mutual"));
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().file())
        .containsExactly("SUR101 main.surety", "SUR002 p/b.surety");
  }

  @Test
  void anIncludeCycleNamesTheWholeChainFromTheFileCompiled() throws IOException {
    Files.writeString(root.resolve("p/a.surety"), "include \"b.surety\".\n");
    Files.writeString(root.resolve("p/b.surety"), "include \"a.surety\".\n");
    Files.writeString(root.resolve("p/self.surety"), "include \"self.surety\".\n");
    Compilation c = compile("include \"p/parties.surety\".\ninclude \"p/a.surety\".\n"
        + "include \"p/self.surety\".", DRAFT);
    assertThat(c.diagnostics()).extracting(d -> d.range().file() + ":" + d.range().start() + " "
        + d.message() + " / " + d.help().orElse("")).containsExactly(
            "p/b.surety:1:1 `a.surety` closes an include cycle back to p/a.surety (include chain:"
                + " main.surety → p/a.surety → p/b.surety → p/a.surety) / remove this include"
                + " (p/b.surety is included from p/a.surety already); put what both files need in"
                + " a third file that each includes",
            "p/self.surety:1:1 `self.surety` closes an include cycle back to p/self.surety"
                + " (include chain: main.surety → p/self.surety → p/self.surety) / a file cannot"
                + " include itself: remove this include");
  }
}

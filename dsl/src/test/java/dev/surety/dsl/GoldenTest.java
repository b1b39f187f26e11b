package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden-file suite: every {@code src/test/resources/golden/*.surety} (and
 * {@code *.surety-broken}, the inputs with syntax errors on purpose) is compiled (with the
 * golden directory as root, so files in subdirectories serve as included files) and the rendering
 * of its diagnostics and model is compared with {@code <name>.expected} beside it.
 *
 * <p>After a deliberate change, regenerate the expectations with
 *
 * <pre>mvn -q -pl dsl -am test -Dtest=GoldenTest -Dsurety.golden.update=true -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * and review the diff with {@code git diff dsl/src/test/resources/golden}.
 */
class GoldenTest {

  static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  /**
   * The extension of the inputs that hold syntax errors on purpose: not {@code .surety}, so that
   * {@code surety fmt --check} over the repository's drafts does not meet them (docs/formatting.md).
   */
  static final String BROKEN = ".surety-broken";

  static Stream<String> drafts() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".surety") || n.endsWith(BROKEN))
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("drafts")
  void matchesExpectation(String name) throws IOException {
    Path draft = GOLDEN.resolve(name);
    Compilation compilation =
        SuretyCompiler.create(CompilerOptions.builder().root(GOLDEN).build()).compile(draft);
    String actual = render(compilation);
    Path expected = GOLDEN.resolve(name.replaceAll("\\.surety(-broken)?$", ".expected"));
    if (Boolean.getBoolean("surety.golden.update")) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expected).as("expectation for %s (run with -Dsurety.golden.update=true)", name).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8).replace("\r\n", "\n"));
  }

  static String render(Compilation compilation) {
    StringBuilder out = new StringBuilder("== diagnostics\n");
    for (Diagnostic d : compilation.diagnostics()) {
      out.append(d.range().file()).append(':').append(d.range().start()).append('-')
          .append(d.range().end()).append(' ').append(d.severity().spelling()).append(' ')
          .append(d.code()).append(' ').append(d.message()).append('\n');
      d.help().ifPresent(h -> out.append("    help: ").append(h).append('\n'));
      d.related().forEach(r -> out.append("    related: ").append(r.range()).append(' ')
          .append(r.message()).append('\n'));
    }
    out.append("== model\n").append(ModelPrinter.print(compilation.files()));
    return out.toString();
  }

  static List<String> codes(Compilation c) {
    return c.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }
}

package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.surety.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An include never reaches outside the compilation root and never the network (issue #9, point 3).
 * Each test puts a real file outside the root, one that declares the party {@code SECRET}, tries
 * to reach it one way, and checks both the SUR002 message and that nothing of that file was read.
 */
class IncludeSafetyTest {

  @TempDir Path sandbox;

  private Path root;
  private Path outside;

  @BeforeEach
  void files() throws IOException {
    root = Files.createDirectories(sandbox.resolve("root"));
    outside = Files.writeString(sandbox.resolve("secret.surety"), "party SECRET \"Secret\".\n");
  }

  /** Compiles {@code root/main.surety} holding one include of {@code path}, written as is. */
  private Compilation include(String path) throws IOException {
    String literal = path.replace("\\", "\\\\").replace("\"", "\\\"");
    Path main = Files.writeString(root.resolve("main.surety"),
        "include \"" + literal + "\".\nparty UA \"Ukraine\".\n");
    return SuretyCompiler.create().compile(main);
  }

  private static Diagnostic theIncludeError(Compilation c) {
    List<Diagnostic> errors = c.diagnostics().stream()
        .filter(d -> d.code().equals("SUR002")).toList();
    assertThat(errors).hasSize(1);
    Diagnostic d = errors.get(0);
    assertThat(d.range().file()).isEqualTo("main.surety");
    assertThat(d.range().start().line()).isEqualTo(1);
    assertThat(c.files()).singleElement()
        .satisfies(f -> assertThat(f.parties()).extracting(p -> p.id()).containsExactly("UA"));
    assertThat(c.sources()).containsOnlyKeys("main.surety");
    return d;
  }

  @Test
  void dotDotCannotLeaveTheRoot() throws IOException {
    Diagnostic d = theIncludeError(include("../secret.surety"));
    assertThat(d.message())
        .isEqualTo("`../secret.surety` leaves the compilation root (include chain: main.surety)");
    // the way out, for a drafter whose shared file is above the directory compiled
    assertThat(d.help()).hasValueSatisfying(help -> assertThat(help).contains("--root DIR"));
  }

  /**
   * A root given that does not hold the file compiled (a file, a directory that is not there, or
   * another directory): every include of the file "left the compilation root", as though the
   * include were at fault; the help now names the root and what is wrong with it.
   */
  @Test
  void aRootThatDoesNotHoldTheFileCompiledIsNamedInTheHelp() throws IOException {
    Files.writeString(root.resolve("parties.surety"), "party UA \"Ukraine\".\n");
    Path main = Files.writeString(root.resolve("main.surety"), "include \"parties.surety\".\n");
    Path file = Files.writeString(sandbox.resolve("root.txt"), "");
    Path other = Files.createDirectories(sandbox.resolve("other"));
    for (Path given : List.of(file, sandbox.resolve("missing"), other)) {
      Compilation c = SuretyCompiler.create(CompilerOptions.builder().root(given).build())
          .compile(main);
      assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR002")).singleElement()
          .satisfies(d -> {
            assertThat(d.message()).startsWith("`parties.surety` leaves the compilation root");
            String problem = given.equals(other)
                ? "does not hold " + main + ", the file that includes it"
                : given.equals(file) ? "is a file, not a directory" : "does not exist";
            assertThat(d.help()).hasValue("the compilation root " + given + " " + problem
                + "; give a root that holds every file compiled together");
          });
    }
  }

  @Test
  void dotDotThroughASubdirectoryCannotLeaveTheRoot() throws IOException {
    Files.createDirectories(root.resolve("parties"));
    assertThat(theIncludeError(include("parties/../../secret.surety")).message())
        .startsWith("`parties/../../secret.surety` leaves the compilation root");
  }

  @Test
  void anAbsolutePathIsRefused() throws IOException {
    String absolute = outside.toAbsolutePath().toString().replace('\\', '/');
    assertThat(theIncludeError(include(absolute)).message())
        .isEqualTo("include paths must be relative to the including file, not absolute: `"
            + absolute + "` (include chain: main.surety)");
  }

  @Test
  void aSymbolicLinkInsideTheRootCannotPointOutside() throws IOException {
    Files.createSymbolicLink(root.resolve("link.surety"), outside);
    assertThat(theIncludeError(include("link.surety")).message())
        .isEqualTo("`link.surety` resolves (through a symbolic link) outside the compilation root"
            + " (include chain: main.surety)");
  }

  @Test
  void aLinkedDirectoryInsideTheRootCannotPointOutside() throws IOException {
    Files.createSymbolicLink(root.resolve("shared"), sandbox);
    assertThat(theIncludeError(include("shared/secret.surety")).message())
        .startsWith("`shared/secret.surety` resolves (through a symbolic link) outside");
  }

  @Test
  void aWindowsDrivePathWithBackslashesIsRefused() throws IOException {
    assertThat(theIncludeError(include("C:\\drafts\\secret.surety")).message())
        .startsWith("include paths must be relative to the including file, not absolute:"
            + " `C:\\drafts\\secret.surety`");
  }

  @Test
  void aWindowsDrivePathWithSlashesIsRefused() throws IOException {
    assertThat(theIncludeError(include("C:/drafts/secret.surety")).message())
        .startsWith("include paths must be relative to the including file, not absolute:"
            + " `C:/drafts/secret.surety`");
  }

  @Test
  void aUncPathIsRefused() throws IOException {
    assertThat(theIncludeError(include("\\\\server\\share\\secret.surety")).message())
        .startsWith("include paths must be relative to the including file, not a network (UNC)"
            + " path; nothing is fetched over a network: `\\\\server\\share\\secret.surety`");
    assertThat(theIncludeError(include("//server/share/secret.surety")).message())
        .contains("not a network (UNC) path");
  }

  @Test
  void aFileUrlIsRefused() throws IOException {
    String url = outside.toUri().toString();
    assertThat(url).startsWith("file:");
    assertThat(theIncludeError(include(url)).message())
        .isEqualTo("include paths are file paths, not URLs; nothing is fetched over a network: `"
            + url + "` (include chain: main.surety)");
  }

  @Test
  void anHttpUrlIsRefusedAndNeverFetched() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "party SECRET \"Secret\".\n".getBytes();
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/secret.surety";
      assertThat(theIncludeError(include(url)).message())
          .startsWith("include paths are file paths, not URLs; nothing is fetched over a network");
      assertThat(theIncludeError(include(url.replace("http:", "https:"))).message())
          .contains("not URLs");
    } finally {
      server.stop(0);
    }
    assertThat(requests).hasValue(0);
  }

  @Test
  void aNulCharacterInThePathIsRefused() throws IOException {
    // a file holding a NUL byte is binary (reported once, not read: HostileInputTest); a text
    // held in memory, an editor's buffer, is read whatever it holds
    Compilation inMemory = SuretyCompiler.create(CompilerOptions.builder().root(root).build())
        .compile("include \"secret.surety\0.txt\".\nparty UA \"Ukraine\".\n", "main.surety");
    assertThat(theIncludeError(inMemory).message())
        .startsWith("the include path holds a NUL character");
  }
}

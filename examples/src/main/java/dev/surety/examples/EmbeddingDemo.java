package dev.surety.examples;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.dsl.json.ArrangementJson;
import dev.surety.dsl.json.ArrangementJsonException;
import dev.surety.validation.SuretyValidator;
import dev.surety.validation.assessment.Assessment;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * How an application embeds Surety, through its public API only:
 *
 * <ol>
 *   <li>it builds one arrangement by hand with the model's builders ({@link HandBuiltArrangement})
 *       and validates and assesses it with {@link SuretyValidator} (the {@code validation} module
 *       needs no compiler: an application that keeps its arrangements in Java uses it alone);
 *   <li>it compiles another from a file and checks it with the {@link Surety} facade (compiler,
 *       validator, suppressions and severities in one call);
 *   <li>it reads the drafts that the build compiled, with the public reader {@link
 *       ArrangementJson#readResource}, from its class path, where the Maven plugin's
 *       {@code compile} goal put them (under {@value #COMPILED}/: the sound drafts, see the
 *       module's pom.xml), and assesses them with the validator alone;
 * </ol>
 *
 * <p>and prints each one's verdict and score, with the diagnostics of the first two. The argument
 * is the file: a path, a directory, or the name of a draft on the classpath (the example drafts
 * are packaged under {@code drafts/}); without one, the North Atlantic Treaty is compiled. A
 * single file is compiled with its own directory as the compilation root.
 */
public final class EmbeddingDemo {

  /** The draft checked when no argument is given. */
  public static final String DEFAULT_DRAFT = "north-atlantic-treaty-article-5.surety";

  /** The class path directory of the drafts compiled by the build (the plugin's default). */
  public static final String COMPILED = "surety";

  /**
   * Hibernate Validator's logger, held so that the level set on it stays: the validator logs its
   * version at INFO once, which an application's users need not read (README, Embedding).
   */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private EmbeddingDemo() {}

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo. Returns 0 when the draft was checked (whatever its findings), 2 when it or a
   * draft compiled by the build cannot be found or read.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String name = args.length > 0 ? args[0] : DEFAULT_DRAFT;
    Path draft;
    try {
      draft = locate(name);
    } catch (IOException | URISyntaxException e) {
      err.println("cannot read " + name + ": " + e.getMessage());
      return 2;
    }
    if (draft == null) {
      err.println("no such draft, file or directory: " + name);
      return 2;
    }

    // 1. built by hand, validated and assessed by the validator alone
    Arrangement built = HandBuiltArrangement.usUkraineGuarantee2026();
    SuretyValidator validator = SuretyValidator.shared();
    out.println("Built in Java:");
    print(List.of(validator.assess(built)), validator.validate(built), out);

    // 2. compiled from a file, then validated and assessed, by the facade
    Report report = Surety.create().check(List.of(draft));
    out.println();
    out.println("Compiled from " + name + ":");
    print(report.assessments(), report.diagnostics(), out);

    // 3. compiled by the build, read from the class path, assessed by the validator alone
    out.println();
    out.println("Compiled by the build, read from the class path:");
    try {
      List<String> resources = compiledResources();
      if (resources.isEmpty()) {
        out.println("none under " + COMPILED + "/ (the build's surety:compile writes them there)");
      }
      for (String resource : resources) {
        Arrangement arrangement = ArrangementJson.readResource(resource);
        Assessment a = validator.assess(arrangement);
        out.println(resource + ": " + a.title());
        out.println("  verdict: " + a.verdict().spelling());
        out.println("  score:   " + a.score() + "/7");
      }
    } catch (IOException | URISyntaxException | ArrangementJsonException e) {
      err.println("cannot read the drafts compiled by the build: " + e.getMessage());
      return 2;
    }
    return 0;
  }

  /**
   * The class path resources of the drafts compiled by the build ({@code surety/*.json}), by
   * name; none when the directory is not on the class path.
   */
  public static List<String> compiledResources() throws IOException, URISyntaxException {
    URL url = EmbeddingDemo.class.getClassLoader().getResource(COMPILED);
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(path(url.toURI()))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .sorted()
          .map(n -> COMPILED + "/" + n)
          .toList();
    }
  }

  private static void print(List<Assessment> assessments, List<Diagnostic> diagnostics,
      PrintStream out) {
    for (Assessment a : assessments) {
      out.println(a.title());
      out.println("  verdict: " + a.verdict().spelling());
      out.println("  score:   " + a.score() + "/7");
    }
    out.println(diagnostics.size() + " diagnostic(s)");
    for (Diagnostic d : diagnostics) {
      out.println("  " + ResultRendering.diagnostic("", d));
    }
  }

  /** A path on disk, else a draft on the classpath (under {@code drafts/} or as named). */
  static Path locate(String name) throws IOException, URISyntaxException {
    Path onDisk = Path.of(name);
    if (Files.exists(onDisk)) {
      return onDisk;
    }
    ClassLoader loader = EmbeddingDemo.class.getClassLoader();
    URL url = loader.getResource("drafts/" + name);
    if (url == null) {
      url = loader.getResource(name);
    }
    if (url == null) {
      return null;
    }
    return path(url.toURI());
  }

  /** The path of a class path resource, in a directory or in a jar. */
  private static Path path(URI uri) throws IOException {
    if ("jar".equals(uri.getScheme())) {
      try {
        FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException alreadyOpen) {
        // opened by an earlier call: Path.of finds it
      }
    }
    return Path.of(uri);
  }
}

package dev.surety.examples;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
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

/**
 * How an application embeds Surety: compile and check a draft with the {@link Surety} facade and
 * print the verdict, the score and the diagnostics.
 *
 * <p>The argument is a file or a directory, or the name of a draft on the classpath (the example
 * drafts are packaged under {@code drafts/}); without one, the North Atlantic Treaty is checked.
 * A single file is compiled with its own directory as the compilation root.
 */
public final class EmbeddingDemo {

  /** The draft checked when no argument is given. */
  public static final String DEFAULT_DRAFT = "north-atlantic-treaty-article-5.surety";

  private EmbeddingDemo() {}

  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the demo. Returns 0 when the draft was checked (whatever its findings), 2 when it cannot
   * be found or read.
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

    Report report = Surety.create().check(List.of(draft));

    for (Assessment a : report.assessments()) {
      out.println(a.title());
      out.println("  verdict: " + a.verdict().spelling());
      out.println("  score:   " + a.score() + "/7");
    }
    out.println(report.diagnostics().size() + " diagnostic(s)");
    for (Diagnostic d : report.diagnostics()) {
      out.println("  " + ResultRendering.diagnostic("", d));
    }
    return 0;
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
    URI uri = url.toURI();
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

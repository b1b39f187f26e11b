package dev.surety.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Runs a mojo outside Maven, as Maven would inject it, and records what it logs. */
final class MojoRun {

  final List<String> lines = new ArrayList<>();

  <T extends AbstractSuretyMojo> T configure(T mojo, Path project) {
    mojo.basedir = project.toFile();
    mojo.buildDirectory = project.resolve("target").toFile();
    mojo.sourceDirectory = project.resolve("src/main/surety").toFile();
    if (mojo instanceof CompileMojo compile) {
      compile.outputDirectory = project.resolve("target/classes/surety").toFile();
    }
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        lines.add("[INFO] " + content);
      }

      @Override
      public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
      }

      @Override
      public void error(CharSequence content) {
        lines.add("[ERROR] " + content);
      }
    });
    return mojo;
  }

  /**
   * Copies test drafts ({@code src/test/resources/drafts}) into the project's {@code
   * src/main/surety}: each pair is the draft's name there and its name in the project's drafts.
   */
  static Path copyDrafts(Path project, String... fromAndTo) throws IOException {
    Path drafts = project.resolve("src/main/surety");
    Path from = Path.of("src/test/resources/drafts");
    for (int i = 0; i < fromAndTo.length; i += 2) {
      Path target = drafts.resolve(fromAndTo[i + 1]);
      Files.createDirectories(target.getParent());
      Files.copy(from.resolve(fromAndTo[i]), target);
    }
    return drafts;
  }

  static File file(Path path) {
    return path.toFile();
  }
}

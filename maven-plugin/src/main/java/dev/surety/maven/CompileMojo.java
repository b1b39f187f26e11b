package dev.surety.maven;

import dev.surety.cli.check.CheckResult;
import dev.surety.cli.compile.AtomicFiles;
import dev.surety.cli.compile.OutputNames;
import dev.surety.cli.format.TerminalText;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.dsl.json.ArrangementJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Does what {@code check} does, then writes each arrangement as JSON (the schema of the CLI's
 * {@code compile}, read back with {@code ArrangementJson.readResource("surety/<name>.json")}) to
 * {@code outputDirectory}, one file per arrangement named after its title. Drafts with errors are
 * never written: the goal then fails whatever {@code failOn} says. Files it wrote on an earlier run
 * for arrangements that are gone are removed.
 */
@Mojo(name = "compile", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class CompileMojo extends AbstractSuretyMojo {

  /**
   * Where the JSON files go; by default on the application's class path under {@code surety/}.
   * Must be under the build directory ({@code target/}): the goal refuses any other.
   */
  @Parameter(property = "surety.outputDirectory",
      defaultValue = "${project.build.outputDirectory}/surety")
  File outputDirectory;

  @Override
  String goal() {
    return "compile";
  }

  @Override
  List<Map.Entry<String, File>> outputLocations() {
    return List.of(Map.entry("outputDirectory", outputDirectory));
  }

  @Override
  List<Map.Entry<String, String>> goalSettings() {
    return List.of(Map.entry("outputDirectory", outputDirectory.getAbsolutePath()));
  }

  @Override
  List<Path> afterCheck(CheckResult result, IncrementalState state, List<Path> outputs)
      throws MojoFailureException, MojoExecutionException {
    if (count(result, Severity.ERROR) > 0) {
      throw new MojoFailureException("Surety: nothing written to " + shown(outputDirectory.toPath())
          + ": the drafts have errors (" + summary(result) + ")");
    }
    Path directory = outputDirectory.toPath().toAbsolutePath().normalize();
    List<String> titles = result.arrangements().stream().map(Arrangement::title).toList();
    List<String> names = OutputNames.allocate(titles);
    createDirectories("outputDirectory", directory, directory);
    // every file written to its temporary before any is put in place, as the command line's
    // compile: a failure part-way (a full disk) leaves every earlier file as it was; each
    // document written as it is produced, never held whole (it is some 30 times its draft)
    List<Path> written = names.stream().map(directory::resolve).toList();
    List<AtomicFiles.Content> documents = new ArrayList<>();
    for (Arrangement arrangement : result.arrangements()) {
      documents.add(file -> ArrangementJson.write(arrangement, file));
    }
    try {
      AtomicFiles.streamAll(written, documents, disk);
    } catch (AtomicFiles.TargetException e) {
      throw cannot("write", e.target(), e.reason());
    }
    OutputNames.clashes(result.arrangements(), names, file -> file)
        .forEach(clash -> getLog().warn("Surety: " + TerminalText.line(clash)));
    List<Path> now = new ArrayList<>(outputs);
    now.addAll(written);
    removeStale(state, now);
    getLog().info("Surety: " + plural(written.size(), "arrangement")
        + " written to " + shown(directory));
    return written;
  }

  /**
   * The drafts are all gone: so are the arrangements an earlier run wrote for them, which would
   * otherwise stay on the class path.
   */
  @Override
  void withoutDrafts(IncrementalState state, List<Path> outputs) throws MojoExecutionException {
    removeStale(state, outputs);
  }

  /**
   * Removes the arrangements ({@code .json}) an earlier run wrote and this one did not, also when
   * runs that failed came between (the state keeps their predecessor's outputs), and wherever they
   * are under the build directory: in an {@code outputDirectory} since changed too, which would
   * otherwise keep them on the class path. {@code now} is every file this run wrote, the SARIF
   * report too, which may be named {@code .json} in the output directory.
   */
  private void removeStale(IncrementalState state, List<Path> now)
      throws MojoExecutionException {
    Set<String> current = new HashSet<>();
    now.forEach(p -> current.add(IncrementalState.key(p)));
    var previous = state.load();
    if (previous.isEmpty()) {
      return;
    }
    Path build = realPath(buildDirectory.toPath());
    Map<Path, Integer> removed = new TreeMap<>();
    for (String output : previous.get().outputs()) {
      Path old = Path.of(output);
      if (current.contains(output) || !output.endsWith(".json")
          || !realPath(old).startsWith(build)) {
        continue;
      }
      try {
        if (Files.deleteIfExists(old)) {
          removed.merge(old.getParent(), 1, Integer::sum);
        }
      } catch (IOException e) {
        throw cannot("remove the stale file", old, e);
      }
    }
    removed.forEach((directory, count) -> getLog().info("Surety: "
        + plural(count, "stale arrangement") + " removed from " + shown(directory)));
  }
}

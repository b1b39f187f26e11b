package dev.surety.maven;

import dev.surety.cli.check.CheckResult;
import dev.surety.cli.compile.AtomicFiles;
import dev.surety.cli.compile.OutputNames;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.dsl.json.ArrangementJson;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
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
  List<Path> afterCheck(CheckResult result, IncrementalState state)
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
    // compile: a failure part-way (a full disk) leaves every earlier file as it was
    List<Path> written = names.stream().map(directory::resolve).toList();
    List<String> documents = result.arrangements().stream().map(ArrangementJson::write).toList();
    try {
      AtomicFiles.writeAll(written, documents, disk);
    } catch (AtomicFiles.TargetException e) {
      throw cannot("write", e.target(), e.reason());
    }
    OutputNames.clashes(result.arrangements(), names, file -> file)
        .forEach(clash -> getLog().warn("Surety: " + clash));
    removeStale(state, directory, written);
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
    removeStale(state, outputDirectory.toPath().toAbsolutePath().normalize(), List.of());
  }

  /**
   * Removes what an earlier run wrote into the output directory and this one did not, also when
   * runs that failed came between (the state keeps their predecessor's outputs).
   */
  private void removeStale(IncrementalState state, Path directory, List<Path> written)
      throws MojoExecutionException {
    Set<String> now = new HashSet<>();
    written.forEach(p -> now.add(IncrementalState.key(p)));
    var previous = state.load();
    if (previous.isEmpty()) {
      return;
    }
    int removed = 0;
    for (String output : previous.get().outputs()) {
      Path old = Path.of(output);
      if (!now.contains(output) && old.startsWith(directory) && old.toString().endsWith(".json")) {
        try {
          if (Files.deleteIfExists(old)) {
            removed++;
          }
        } catch (IOException e) {
          throw cannot("remove the stale file", old, e);
        }
      }
    }
    if (removed > 0) {
      getLog().info("Surety: " + plural(removed, "stale arrangement") + " removed from "
          + shown(directory));
    }
  }
}

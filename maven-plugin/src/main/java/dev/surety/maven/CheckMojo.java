package dev.surety.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Compiles and validates every draft under {@code sourceDirectory}, logs each finding as {@code
 * path/file.surety:[line,column] CODE message}, and fails the build at {@code failOn}. Does
 * nothing, and says so, when no draft, no included file and no configuration changed since its
 * last successful run.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractSuretyMojo {

  @Override
  String goal() {
    return "check";
  }

  @Override
  boolean findingsOnly() {
    return true;
  }

  @Override
  List<Path> afterCheck(dev.surety.cli.check.CheckResult result, IncrementalState state,
      List<Path> outputs) {
    return List.of();
  }

  @Override
  List<Map.Entry<String, String>> goalSettings() {
    return List.of();
  }
}

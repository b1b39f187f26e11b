package dev.surety.cli.command;

import dev.surety.cli.check.CheckRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of every command that reads drafts ({@code lint}, {@code assess}, {@code compile}):
 * the paths, the include root, the configuration, severity overrides, the name of standard input
 * and the number of parallel jobs (CLI.md).
 */
public final class CheckOptions {

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files, directories (every *.surety below, in a stable order) or - for "
          + "standard input.")
  List<String> paths = List.of();

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "The include root (default: the common directory of the PATHs).")
  String root;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A configuration file (default: the first .surety.json or surety.toml in the working "
          + "directory or above).")
  String config;

  @Option(
      names = "--severity",
      paramLabel = "CODE=LEVEL",
      description = "Override a rule's severity: error, warning, info or off. CODE is the "
          + "rule's code or name (SUR107 or missing-duration). Repeatable.")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(
      names = "--stdin-filename",
      paramLabel = "NAME",
      defaultValue = CheckRequest.UNNAMED_STDIN,
      description = "The name to report for - (default: ${DEFAULT-VALUE}).")
  String stdinFilename;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Files compiled in parallel (default: the number of cores). The output is the "
          + "same for any N.")
  Integer jobs;
}

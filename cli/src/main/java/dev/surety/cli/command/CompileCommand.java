package dev.surety.cli.command;

import dev.surety.cli.CliEnvironment;
import dev.surety.cli.CliException;
import dev.surety.cli.ExitCode;
import dev.surety.cli.IoProblems;
import dev.surety.cli.VersionProvider;
import dev.surety.cli.check.CheckResult;
import dev.surety.cli.compile.AtomicFiles;
import dev.surety.cli.compile.OutputNames;
import dev.surety.cli.format.LintReport;
import dev.surety.cli.format.OutputFormat;
import dev.surety.cli.format.TerminalText;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.dsl.Surety;
import dev.surety.dsl.json.ArrangementJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code surety compile}: each arrangement as JSON in the codec's schema. With {@code --out DIR},
 * one file per arrangement, named after its title ({@link OutputNames}), each written atomically;
 * without, the documents on stdout, one after the other. When there are errors nothing is
 * written: the errors go to stderr (text format) and the exit status is 1.
 */
@Command(
    name = "compile",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Write each arrangement as JSON; refuse when there are errors.",
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {"0:every arrangement written",
        "1:errors in the drafts; nothing written", ExitCode.ERROR_HELP})
public final class CompileCommand implements Callable<Integer> {

  private final CliEnvironment environment;

  @Spec private CommandSpec spec;

  @Mixin private CheckOptions check;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one TITLE.json per arrangement into DIR (created if missing); "
          + "default: print the JSON documents.")
  private String out;

  public CompileCommand(CliEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    if (out != null && out.isBlank()) { // "--out $DIR" with DIR unset: not the working directory
      throw new ParameterException(spec.commandLine(),
          "--out must name a directory, not '" + out + "'");
    }
    CheckSession session = CheckSession.open(check, environment, spec);
    CheckResult result = session.check();
    result.requireNoFailures(); // a draft not validated is not written, nor any other
    boolean errors = result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (errors) {
      // every finding, as lint shows them, so that the closing count is the drafts' own
      PrintWriter err = spec.commandLine().getErr();
      LintReport report = LintReport.builder().diagnostics(result.diagnostics())
          .sources(result.sources())
          .fileCount(result.fileCount()).rules(Surety.rules())
          .toolVersion(VersionProvider.version()).build();
      OutputFormat.TEXT.renderer().render(report, err);
      err.println("surety: nothing written: the drafts have errors");
      err.flush();
      return ExitCode.FINDINGS;
    }
    // each document is written as it is produced, to stdout or into its temporary file: the JSON
    // of a large draft is some 30 times its size, and no document is held whole
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      for (Arrangement arrangement : result.arrangements()) {
        ArrangementJson.write(arrangement, stdout);
      }
    } else {
      List<String> titles = result.arrangements().stream().map(Arrangement::title).toList();
      List<String> names = OutputNames.allocate(titles);
      List<AtomicFiles.Content> documents = new ArrayList<>();
      for (Arrangement arrangement : result.arrangements()) {
        documents.add(file -> ArrangementJson.write(arrangement, file));
      }
      writeAll(environment.resolve(out), names, documents, stdout);
      PrintWriter err = spec.commandLine().getErr();
      OutputNames.clashes(result.arrangements(), names, session::show)
          .forEach(clash -> err.println("surety: warning: " + TerminalText.safe(clash)));
      err.flush();
    }
    stdout.flush();
    return ExitCode.OK;
  }

  private void writeAll(Path directory, List<String> names, List<AtomicFiles.Content> documents,
      PrintWriter stdout) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new CliException(
          TerminalText.name(out) + ": " + IoProblems.notADirectory(directory));
    }
    if (!Files.exists(directory) && Files.isSymbolicLink(directory)) {
      // createDirectories would say it "already exists"
      throw new CliException(
          TerminalText.name(out) + ": " + IoProblems.unresolvedLink(directory));
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new CliException(TerminalText.name(out) + ": " + IoProblems.describe(e), e);
    }
    if (!Files.isWritable(directory)) {
      throw new CliException(TerminalText.name(out) + ": permission denied");
    }
    // every target is looked at before anything is written, every file written to its temporary
    // before any is put in place: a failure part-way (a directory at a file's name, a full disk)
    // leaves every file in the directory as it was
    List<Path> targets = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (String name : names) {
      Path target = directory.resolve(name);
      // as lint names files: a line break in --out would split the line, an escape act on it
      String display =
          TerminalText.name(Path.of(out).resolve(name).toString().replace('\\', '/'));
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new CliException(display + ": is a directory, where the arrangement's file goes;"
            + " remove it or give another --out");
      }
      targets.add(target);
      shown.add(display);
    }
    try {
      AtomicFiles.streamAll(targets, documents, environment.disk());
    } catch (AtomicFiles.TargetException e) {
      throw new CliException(shown.get(targets.indexOf(e.target())) + ": "
          + IoProblems.describe(e.reason()), e.reason());
    }
    shown.forEach(stdout::println);
  }
}

package dev.surety.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher script {@code surety} as a real process, after {@code package} built
 * {@code cli/target/surety.jar} (failsafe). Each test gets a copy of the script in a repository
 * layout of its own, with the runnable jar in place and older sources, so that no test ever starts
 * a real build; the build path is tested with a stand-in for Maven ({@code MAVEN}).
 */
class LauncherIT {

  private static final Path REPOSITORY = Path.of(System.getProperty("surety.repository", ".."));
  private static final Path JAR = Path.of(System.getProperty("surety.jar", "target/surety.jar"));

  @TempDir Path temp;

  private Path repo;
  private Path work;
  private final Map<String, String> environment = new HashMap<>();

  record Run(int status, String out, String err) {
    @Override
    public String toString() {
      return "status " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  @BeforeEach
  void layOutARepository() throws IOException {
    repo = Files.createDirectories(temp.resolve("repo"));
    Files.copy(REPOSITORY.resolve("surety"), repo.resolve("surety"),
        StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(repo.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(repo.resolve("core/src/main/java"));
    Files.writeString(repo.resolve("core/pom.xml"), "<project/>\n");
    Path jar = Files.createDirectories(repo.resolve("cli/target")).resolve("surety.jar");
    Files.copy(JAR, jar);
    Instant past = Instant.now().minusSeconds(3600);
    for (String old : List.of("pom.xml", "core/pom.xml", "core/src/main/java")) {
      Files.setLastModifiedTime(repo.resolve(old), FileTime.from(past));
    }
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
    work = Files.createDirectories(temp.resolve("work"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
  }

  private Run launch(String stdin, String... args) {
    List<String> command = new ArrayList<>();
    command.add(repo.resolve("surety").toString());
    command.addAll(List.of(args));
    return run(command, stdin);
  }

  private Run run(List<String> command, String stdin) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("NO_COLOR");
    builder.environment().remove("SURETY_JAVA_OPTS");
    builder.environment().remove("MAVEN");
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
      return new Run(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] drain(InputStream in) {
    try (in; ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      in.transferTo(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path draft(String name, String text) throws IOException {
    Path file = work.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void aCleanDraftExitsZero() throws IOException {
    draft("drafts/clean.surety", Drafts.CLEAN);
    Run r = launch("", "lint", "drafts/clean.surety");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("0 errors");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aCollectorNamedInTheJavaOptionsReplacesTheLaunchersOwn() throws IOException {
    // the JVM refuses two collectors: the launcher's choice gives way to the user's
    draft("drafts/clean.surety", Drafts.CLEAN);
    for (String collector : List.of("-XX:+UseG1GC", "-XX:+UseParallelGC", "-XX:+UseSerialGC")) {
      environment.put("SURETY_JAVA_OPTS", "-Xmx256m " + collector);
      Run r = launch("", "lint", "drafts/clean.surety");
      assertThat(r.status()).as(collector + ": " + r).isZero();
      assertThat(r.out()).contains("0 errors");
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void aDraftWithErrorsExitsOne() throws IOException {
    draft("drafts/broken.surety", Drafts.BROKEN);
    Run r = launch("", "lint", "drafts/broken.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("error[SUR001]", "drafts/broken.surety:2:");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void aMissingPathExitsTwoWithOneLine() {
    Run r = launch("", "lint", "drafts/missing.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("surety: drafts/missing.surety: no such file or directory\n");
  }

  @Test
  void standardInput() {
    Run r = launch(Drafts.BROKEN, "lint", "--format", "gcc", "--stdin-filename",
        "drafts/buffer.surety", "-");
    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("drafts/buffer.surety:2:24: error: ", "[SUR001]");
  }

  /** The launcher run by {@code bash -c SCRIPT}, in which {@code "$0" "$@"} is the launcher. */
  private Run throughShell(String script, String... args) {
    List<String> command = new ArrayList<>(List.of("bash", "-c", script,
        repo.resolve("surety").toString()));
    command.addAll(List.of(args));
    return run(command, "");
  }

  /**
   * Standard input closed: the JVM took descriptor 0 for a file of its own and the command read it
   * as the draft (SUR003, larger than 8 MiB). The launcher says it is closed, and so does the jar
   * run by {@code java -jar} (on Linux, where {@code /proc} tells); a command that does not read it
   * runs as usual.
   */
  @Test
  void aClosedStandardInputIsSaidAndNotReadAsAnotherFile() throws IOException {
    draft("clean.surety", Drafts.CLEAN);
    String closedDash = "surety: -: cannot read standard input: it is closed (give the draft with"
        + " < FILE, or name the file instead of -)\n";
    String closedLsp = "surety: cannot read standard input: it is closed (an editor starts"
        + " `surety lsp` with its standard input and output as pipes)\n";
    String launcher = "exec 0<&-; exec \"$0\" \"$@\"";
    String jar = "exec 0<&-; exec \"$JAVA_HOME/bin/java\" -jar \"$(dirname \"$0\")/cli/target/"
        + "surety.jar\" \"$@\"";

    for (String script : List.of(launcher, jar)) {
      boolean byJar = script.equals(jar);
      if (byJar) {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "no /proc here");
      }
      Run dash = throughShell(script, "lint", "-");
      Run fmt = throughShell(script, "fmt", "-");
      Run lsp = throughShell(script, "lsp");
      Run named = throughShell(script, "lint", "clean.surety");

      assertThat(dash.status()).as(dash.toString()).isEqualTo(2);
      assertThat(dash.out()).isEmpty();
      assertThat(dash.err()).as(script).isEqualTo(closedDash);
      assertThat(fmt.status()).as(fmt.toString()).isEqualTo(2);
      assertThat(fmt.err()).as(script).isEqualTo(closedDash);
      assertThat(lsp.status()).as(lsp.toString()).isEqualTo(2);
      assertThat(lsp.out()).isEmpty();
      assertThat(lsp.err()).as(script).isEqualTo(closedLsp);
      assertThat(named.status()).as(named.toString()).isZero();
      assertThat(named.err()).isEmpty();
    }
  }

  @Test
  void standardOutputOnAFullDiskIsExitTwo() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
    draft("clean.surety", Drafts.CLEAN);

    Run r = throughShell("exec \"$0\" \"$@\" > /dev/full", "lint", "--format", "sarif",
        "clean.surety");
    Run pipe = throughShell("\"$0\" \"$@\" | head -c 1 > /dev/null; exit \"${PIPESTATUS[0]}\"",
        "explain");

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("surety: cannot write to standard output: no space left on device\n");
    assertThat(pipe.status()).as(pipe.toString()).isZero();
    assertThat(pipe.err()).isEmpty();
  }

  /**
   * The heap too small for a draft: one line naming what to raise, exit status 2 (it was a SUR001
   * "the input could not be compiled: java.lang.OutOfMemoryError" in a file {@code <input>}, exit 1).
   */
  @Test
  void aDraftTooLargeForTheHeapIsExitTwoWithOneLine() throws IOException {
    // in a directory of their own: the files are reported relative to it, shown relative to
    // the working directory, and each is counted once
    draft("drafts/clean.surety", Drafts.CLEAN);
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      big.append(Drafts.CLEAN.replace("Nordic Shield", "Shield " + i));
    }
    draft("drafts/big.surety", big.toString());
    environment.put("SURETY_JAVA_OPTS", "-Xmx10m");

    Run r = launch("", "lint", "--format", "json", "--jobs", "1", "drafts/clean.surety",
        "drafts/big.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("OutOfMemoryError", "SUR001").contains("\"files\": 2,");
    assertThat(r.err()).startsWith("surety: drafts/big.surety: ").hasLineCount(1)
        .contains("out of memory (raise the heap: SURETY_JAVA_OPTS=-Xmx2g");
  }

  /**
   * The same for {@code fmt}: one line naming the file, exit status 2, the file left as it is (it
   * was a SUR001 "the formatter failed: java.lang.OutOfMemoryError", exit 1).
   */
  @Test
  void aDraftTooLargeToFormatInTheHeapIsExitTwoWithOneLine() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      big.append(Drafts.CLEAN.replace("Nordic Shield", "Shield " + i));
    }
    Path file = draft("big.surety", big.toString());
    environment.put("SURETY_JAVA_OPTS", "-Xmx10m");

    Run r = launch("", "fmt", "--write", "big.surety");

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).hasLineCount(1).isEqualTo("surety: big.surety: could not be formatted:"
        + " out of memory (raise the heap: SURETY_JAVA_OPTS=-Xmx2g, or java -Xmx2g -jar"
        + " surety.jar)\n");
    assertThat(Files.readString(file)).isEqualTo(big.toString());
  }

  @Test
  void lintsTheExamplesOfTheRepository() {
    Path examples = REPOSITORY.resolve("examples").toAbsolutePath().normalize();
    Run r = launch("", "lint", examples.toString());
    assertThat(r.status()).as(r.toString()).isIn(0, 1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).containsPattern("\\d+ errors, \\d+ warnings, \\d+ infos in \\d+ files\\n$");
  }

  @Test
  void versionFromTheBuild() {
    Run r = launch("", "--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).matches("surety \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
  }

  @Test
  void oneJobAndTwoGiveByteIdenticalOutput() throws IOException {
    draft("many/shared/parties.surety", "party NO \"Norway\".\n");
    for (int i = 0; i < 60; i++) {
      String text = switch (i % 4) {
        case 0 -> Drafts.BROKEN;
        case 1 -> Drafts.WARNING;
        case 2 -> "include \"shared/parties.surety\".\n" + Drafts.clean("Shield " + i);
        default -> Drafts.clean("Shield " + i);
      };
      draft(String.format("many/%s/d%02d.surety", "group" + (i % 7), i), text);
    }
    for (String format : List.of("text", "json")) {
      Run one = launch("", "lint", "--format", format, "--jobs", "1", "many");
      Run two = launch("", "lint", "--format", format, "--jobs", "2", "many");
      assertThat(one.status()).as(one.toString()).isEqualTo(1);
      assertThat(two.status()).isEqualTo(one.status());
      assertThat(two.out().getBytes(StandardCharsets.UTF_8))
          .isEqualTo(one.out().getBytes(StandardCharsets.UTF_8));
      assertThat(two.err()).isEqualTo(one.err()).isEmpty();
    }
  }

  @Test
  void worksThroughASymbolicLink() throws IOException {
    Path bin = Files.createDirectories(temp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("surety"), repo.resolve("surety"));
    Run r = run(List.of(bin.resolve("surety").toString(), "--version"), "");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).startsWith("surety ");
  }

  /**
   * Permissions, which root ignores: when the tests run as root, the jar runs as {@code nobody}
   * through {@code setpriv}; otherwise as the user, who cannot read a mode-000 directory either.
   */
  @Test
  void directoriesWithoutPermissionAndUnwritableOutputsAreExitTwo() throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path setpriv = Path.of("/usr/bin/setpriv");
    org.junit.jupiter.api.Assumptions.assumeTrue(!root || Files.isExecutable(setpriv),
        "running as root without setpriv");
    Path base = Files.createDirectories(temp.resolve("perm"));
    Path jar = Files.copy(JAR, base.resolve("surety.jar"));
    Files.writeString(Files.createDirectories(base.resolve("drafts")).resolve("ok.surety"),
        Drafts.CLEAN);
    Path locked = Files.createDirectories(base.resolve("drafts/locked"));
    Path readOnly = Files.createDirectories(base.resolve("read-only"));
    Path messy = Files.writeString(base.resolve("read-only/messy.surety"), MESSY);
    Files.setPosixFilePermissions(messy, PosixFilePermissions.fromString("rw-r--r--"));
    for (Path p : List.of(temp, base, base.resolve("drafts"))) {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(base.resolve("drafts/ok.surety"),
        PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    List<String> java = new ArrayList<>();
    if (root) {
      java.addAll(List.of(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    java.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString()));
    work = base;
    try {
      List<String> lint = new ArrayList<>(java);
      lint.addAll(List.of("lint", "drafts"));
      Run r = run(lint, "");
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("surety: drafts/locked: permission denied\n");

      List<String> compile = new ArrayList<>(java);
      compile.addAll(List.of("compile", "--out", "read-only", "drafts/ok.surety"));
      Run c = run(compile, "");
      assertThat(c.status()).as(c.toString()).isEqualTo(2);
      assertThat(c.err()).isEqualTo("surety: read-only: permission denied\n");
      assertThat(readOnly).isDirectoryContaining(p -> p.equals(messy));

      List<String> fmt = new ArrayList<>(java);
      fmt.addAll(List.of("fmt", "--write", "read-only/messy.surety"));
      Run f = run(fmt, "");
      assertThat(f.status()).as(f.toString()).isEqualTo(2);
      assertThat(f.err()).isEqualTo("surety: read-only/messy.surety: "
          // as nobody, the file of root cannot be written; as its owner, the directory cannot
          + (root ? "permission denied (the file is not writable)" : "cannot rewrite it: permission denied")
          + "\n");
      assertThat(messy).hasContent(MESSY);
      try (var files = Files.list(readOnly)) {
        assertThat(files).containsExactly(messy);
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwx------"));
    }
  }

  /** A draft that {@code fmt} changes. */
  private static final String MESSY = "arrangement   \"A\" {\nkind guarantee .\n}\n";

  /**
   * An interrupted write: a limit on the size of the files the process may write (RLIMIT_FSIZE,
   * which binds root too) makes the write of the formatted text fail midway. The JVM ignores
   * SIGXFSZ, so the write fails with "File too large" after the limit's first bytes. The original
   * stays whole, since it is replaced only by the rename, and the temporary file is removed.
   */
  @Test
  void fmtWriteInterruptedMidwayLeavesTheOriginalWholeAndNoTemporaryFile() throws IOException {
    StringBuilder big = new StringBuilder("arrangement   \"Big\" {\nkind guarantee .\n");
    for (int i = 0; i < 200; i++) {
      big.append("party P").append(i).append("   \"Party ").append(i).append("\" .\n");
    }
    String original = big.append("}").toString();
    Path drafts = Files.createDirectories(work.resolve("drafts"));
    Path draft = draft("drafts/big.surety", original);
    assertThat(original.length()).as("larger than the limit, so that it is read whole")
        .isGreaterThan(4096);
    environment.put("SURETY_JAVA_OPTS", "-XX:-UsePerfData");
    Run r = run(List.of("bash", "-c", "ulimit -f 4 && exec \"$0\" \"$@\"",
        repo.resolve("surety").toString(), "fmt", "--write", "drafts/big.surety"), "");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("surety: drafts/big.surety: cannot rewrite it: file too large\n");
    assertThat(draft).hasContent(original);
    try (var files = Files.list(drafts)) {
      assertThat(files).containsExactly(draft);
    }
    // without the limit, the same command formats it
    Run again = launch("", "fmt", "--write", "drafts/big.surety");
    assertThat(again.status()).as(again.toString()).isZero();
    assertThat(Files.readString(draft)).startsWith("arrangement \"Big\" {\n  kind guarantee.\n");
  }

  @Test
  void fmtCheckExitsOneAndNamesTheFile() throws IOException {
    draft("drafts/messy.surety", MESSY);
    draft("drafts/clean.surety", Drafts.CLEAN);
    Run r = launch("", "fmt", "--check", "drafts");
    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("drafts/messy.surety\n");
    assertThat(r.err()).isEmpty();
  }

  /** A stand-in for Maven that logs its arguments and puts the real jar in place. */
  private Path fakeMaven(boolean succeed) throws IOException {
    Path script = temp.resolve("fake-mvn");
    String body = succeed
        ? "echo \"$@\" >> '" + temp.resolve("mvn-calls") + "'\n"
            + "echo '[INFO] compiling'\n"
            + "cp '" + JAR.toAbsolutePath() + "' cli/target/surety.jar\n"
        : "echo '[ERROR] COMPILATION ERROR: Foo.java:[3,1] class, interface, or enum expected'\n"
            + "echo 'BUILD FAILURE' >&2\nexit 1\n";
    Files.writeString(script, "#!/usr/bin/env bash\nset -e\n" + body);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    environment.put("MAVEN", script.toString());
    return script;
  }

  /**
   * The JVM options the launcher gives for {@code args}, read from a stand-in for {@code java}
   * that prints its arguments one per line (no class-data archive, so no training run).
   */
  private List<String> jvmOptions(String... args) throws IOException {
    Path bin = Files.createDirectories(temp.resolve("fake-java/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\nprintf '%s\\n' \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    environment.put("JAVA_HOME", temp.resolve("fake-java").toString());
    environment.put("SURETY_CDS", "0");
    Run r = launch("", args);
    assertThat(r.status()).as(r.toString()).isZero();
    List<String> options = r.out().lines().collect(Collectors.toList());
    return options.subList(0, options.indexOf("-jar"));
  }

  @Test
  void theLanguageServerGetsC2AndEveryOtherCommandC1Only() throws IOException {
    assertThat(jvmOptions("lint", "x.surety"))
        .contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData");
    assertThat(jvmOptions("--debug", "assess", "lsp.surety"))
        .contains("-XX:TieredStopAtLevel=1");
    assertThat(jvmOptions("--", "lsp")).contains("-XX:TieredStopAtLevel=1");
    assertThat(jvmOptions("lsp", "--stdio"))
        .contains("-XX:-UsePerfData")
        .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
    assertThat(jvmOptions("--debug", "lsp")).doesNotContain("-XX:TieredStopAtLevel=1");
  }

  @Test
  void buildsWhenTheJarIsMissingWithOneLineOnStandardError() throws IOException {
    Files.delete(repo.resolve("cli/target/surety.jar"));
    fakeMaven(true);
    Run first = launch("", "--version");
    assertThat(first.status()).as(first.toString()).isZero();
    assertThat(first.out()).startsWith("surety ");
    assertThat(first.err().lines()).hasSize(1);
    assertThat(first.err()).startsWith("surety: building the command line");
    assertThat(Files.readString(temp.resolve("mvn-calls")))
        .isEqualTo("-q -B -DskipTests -pl cli -am package\n");
    Run second = launch("", "--version");
    assertThat(second.err()).isEmpty();
    assertThat(Files.readAllLines(temp.resolve("mvn-calls"))).hasSize(1);
  }

  @Test
  void rebuildsWhenASourceIsNewerThanTheJar() throws IOException {
    fakeMaven(true);
    Path source = repo.resolve("core/src/main/java/Changed.java");
    Files.writeString(source, "class Changed {}\n");
    Files.setLastModifiedTime(source, FileTime.from(Instant.now().plusSeconds(60)));
    Run r = launch("", "--version");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).startsWith("surety: building the command line");
    assertThat(temp.resolve("mvn-calls")).exists();
  }

  @Test
  void aFailedBuildShowsTheLogAndExitsTwo() throws IOException {
    Files.delete(repo.resolve("cli/target/surety.jar"));
    fakeMaven(false);
    Run r = launch("", "lint", "x.surety");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("surety: building the command line")
        .contains("surety: the build failed", "COMPILATION ERROR", "BUILD FAILURE");
  }
}

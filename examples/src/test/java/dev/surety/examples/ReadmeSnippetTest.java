package dev.surety.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's embedding snippet is what an application would write: it compiles against
 * Surety's artifacts, and run on the example drafts it prints their findings and verdicts.
 */
class ReadmeSnippetTest {

  static final String MARKER = "<!-- snippet: CheckDrafts";

  static String snippet() throws Exception {
    String readme = Files.readString(ExamplesTableTest.README, StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("README marks the snippet with %s", MARKER).isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }

  @Test
  void theSnippetIsShortAndComplete() throws Exception {
    List<String> lines = snippet().lines().filter(l -> !l.isBlank()).toList();
    assertThat(lines).hasSizeLessThanOrEqualTo(12);
    assertThat(lines).anyMatch(l -> l.startsWith("public class CheckDrafts"));
  }

  @Test
  void theSnippetCompilesAndRuns(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("CheckDrafts.java"), snippet(), StandardCharsets.UTF_8);
    String classpath = System.getProperty("java.class.path");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = javac.run(null, errors, errors, "-proc:none", "-classpath", classpath,
        "-d", dir.toString(), dir.resolve("CheckDrafts.java").toString());
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp",
        dir + File.pathSeparator + classpath, "CheckDrafts",
        ExpectedResultsTest.DRAFTS.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(out, StandardCharsets.UTF_8);
    // the historical drafts have errors, so the exit status is 1
    assertThat(process.exitValue()).as(output).isEqualTo(1);
    assertThat(output)
        .contains("North Atlantic Treaty, Article 5: guarantee, 7/7")
        .contains("Budapest Memorandum on Security Assurances: declaration, 0/7")
        .contains(" SUR203 ");
  }
}

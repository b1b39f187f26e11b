package dev.surety.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs whole processes and measures them: wall time, exit status, peak resident memory. */
final class Processes {

  private static final Pattern HWM = Pattern.compile("VmHWM:\\s+(\\d+) kB");
  /** A collection in {@code -Xlog:gc}: the heap before it, after it, and its size, in MB. */
  private static final Pattern GC_AFTER = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private Processes() {}

  /**
   * What Surety prints when a draft could not be read or compiled for lack of memory: it reports
   * it as a finding on standard output (SUR003 or SUR001) rather than failing, so the exit status
   * alone cannot tell a run that ran out of heap from one with findings.
   */
  static final List<String> OUT_OF_MEMORY =
      List.of("OutOfMemoryError", "too large to read in the memory available");

  /**
   * One finished process.
   *
   * @param memoryFailure the first line of standard output that reports a lack of memory, or
   *     empty
   */
  record Run(List<String> command, int status, double seconds, long peakRssKb, String stderr,
      String memoryFailure) {
    boolean ok() {
      return (status == 0 || status == 1) && !stderr.contains("OutOfMemoryError")
          && memoryFailure.isEmpty();
    }

    /** Why it is not {@link #ok()}, in one line. */
    String failure() {
      return !memoryFailure.isEmpty() ? memoryFailure
          : "exit status " + status + ": " + firstLine(stderr);
    }
  }

  /**
   * Runs {@code command} in {@code directory}; fails after {@code timeoutSeconds}. Standard output
   * goes to a temporary file, read only for a report of a lack of memory ({@link #OUT_OF_MEMORY}). The peak resident set is read from /proc (VmHWM) while it runs, where there
   * is one; else -1.
   */
  static Run run(List<String> command, Path directory, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile("bench-stderr", ".txt");
    Path out = Files.createTempFile("bench-stdout", ".txt");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(directory.toFile())
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().remove("JAVA_TOOL_OPTIONS");
      builder.environment().remove("_JAVA_OPTIONS");
      long start = System.nanoTime();
      Process process = builder.start();
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      long peak = -1;
      long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
      // VmHWM is the kernel's own high-water mark: a read every 50 ms misses only the last 50 ms
      // before the exit, and reading it every 5 ms took CPU from the command measured, on 2 cores
      while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
        peak = Math.max(peak, hwm(status));
        if (System.nanoTime() > deadline) {
          process.destroyForcibly();
          throw new IOException("timed out after " + timeoutSeconds + " s: " + command);
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      String stderr = Files.readString(err, StandardCharsets.UTF_8);
      return new Run(command, process.exitValue(), seconds, peak, stderr, memoryFailure(out));
    } finally {
      Files.deleteIfExists(err);
      Files.deleteIfExists(out);
    }
  }

  /** The first line of {@code output} that reports a lack of memory, or empty. */
  static String memoryFailure(Path output) throws IOException {
    try (java.util.stream.Stream<String> lines = Files.lines(output, StandardCharsets.ISO_8859_1)) {
      return lines.filter(line -> OUT_OF_MEMORY.stream().anyMatch(line::contains))
          .findFirst().orElse("");
    }
  }

  /**
   * The median wall time of {@code runs} runs, after one run not counted (files in the cache);
   * an exit status above {@code maxStatus} is a failure.
   */
  static double medianSeconds(List<String> command, Path directory, int runs, int maxStatus)
      throws IOException, InterruptedException {
    Run first = run(command, directory, 600);
    if (first.status() > maxStatus || first.stderr().contains("Exception")) {
      throw new IOException("exit status " + first.status() + " from " + command + ": "
          + firstLine(first.stderr()));
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      times.add(run(command, directory, 600).seconds());
    }
    return Stats.median(times);
  }

  private static long hwm(Path status) {
    try {
      Matcher m = HWM.matcher(Files.readString(status));
      return m.find() ? Long.parseLong(m.group(1)) : -1;
    } catch (IOException | RuntimeException e) {
      return -1; // the process has just ended, or there is no /proc
    }
  }

  /**
   * The largest heap after a collection in a {@code -Xlog:gc} file, in MB; -1 if none. A pause
   * that freed nothing is not counted: the serial collector logs a young collection it gave up
   * (the old generation could not take what it would promote) as, say, {@code 116M->116M} in
   * 0.04 ms, and collects the whole heap at once after it; its figure is the heap when it began,
   * not what was live (the full collection right after it found 70 MB).
   */
  static long maxHeapAfterGcMb(Path gcLog) throws IOException {
    if (!Files.exists(gcLog)) {
      return -1;
    }
    long max = -1;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_AFTER.matcher(line);
      while (m.find()) {
        long before = Long.parseLong(m.group(1));
        long after = Long.parseLong(m.group(2));
        if (after < before) {
          max = Math.max(max, after);
        }
      }
    }
    return max;
  }

  static String firstLine(String text) {
    String t = text.strip();
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }
}

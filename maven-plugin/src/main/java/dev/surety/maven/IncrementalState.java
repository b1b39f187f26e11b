package dev.surety.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last successful run of a goal saw, kept in one file under {@code target/} (in the
 * manner of antlr4-maven-plugin's {@code target/maven-status}): the plugin version, a fingerprint
 * of the configuration, the SHA-256 of every draft and of every file the compilation read besides
 * (included files), and the files it wrote. A run is up to date when all of these are as recorded
 * and every output still exists; anything else means a full recheck.
 *
 * <p>The file is written to a temporary file and renamed over the old one, so a reader never sees
 * half of it; a file that cannot be read or parsed counts as no state.
 */
final class IncrementalState {

  private static final String HEADER = "# surety-maven-plugin incremental state, format 1";

  /** One recorded run. Paths are absolute and normalised; maps and sets are sorted. */
  record Snapshot(
      String pluginVersion,
      String configuration,
      SortedMap<String, String> drafts,
      SortedMap<String, String> reads,
      SortedSet<String> outputs,
      String summary) {

    /** A run forgotten after a failure ({@link #forget}): only its outputs are known. */
    boolean forgotten() {
      return pluginVersion.isEmpty();
    }
  }

  private final Path file;

  IncrementalState(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /**
   * The recorded run, if it matches the current one: same plugin version and configuration, the
   * same drafts with the same content, every other file read unchanged, and every output present.
   */
  Optional<Snapshot> upToDate(String pluginVersion, String configuration, List<Path> drafts) {
    Optional<Snapshot> stored = load();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Snapshot s = stored.get();
    if (s.forgotten() || !s.pluginVersion().equals(pluginVersion)
        || !s.configuration().equals(configuration)) {
      return Optional.empty();
    }
    SortedSet<String> current = new TreeSet<>();
    drafts.forEach(d -> current.add(key(d)));
    if (!current.equals(s.drafts().keySet())) {
      return Optional.empty();
    }
    for (Map<String, String> hashes : List.of(s.drafts(), s.reads())) {
      for (Map.Entry<String, String> e : hashes.entrySet()) {
        if (!hash(Path.of(e.getKey())).equals(e.getValue())) {
          return Optional.empty();
        }
      }
    }
    for (String output : s.outputs()) {
      if (!Files.isRegularFile(Path.of(output))) {
        return Optional.empty();
      }
    }
    return stored;
  }

  /** Records a successful run. */
  void save(String pluginVersion, String configuration, List<Path> drafts, Collection<Path> read,
      Collection<Path> outputs, String summary) throws IOException {
    SortedMap<String, String> draftHashes = new TreeMap<>();
    drafts.forEach(d -> draftHashes.put(key(d), hash(d)));
    SortedMap<String, String> readHashes = new TreeMap<>();
    read.stream().map(IncrementalState::key).filter(k -> !draftHashes.containsKey(k))
        .forEach(k -> readHashes.put(k, hash(Path.of(k))));
    SortedSet<String> outputKeys = new TreeSet<>();
    outputs.forEach(o -> outputKeys.add(key(o)));
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("plugin ").append(pluginVersion).append('\n');
    text.append("configuration ").append(configuration).append('\n');
    text.append("summary ").append(summary.replace('\n', ' ')).append('\n');
    draftHashes.forEach((k, v) -> text.append("draft ").append(v).append(' ').append(k).append('\n'));
    readHashes.forEach((k, v) -> text.append("read ").append(v).append(' ').append(k).append('\n'));
    outputKeys.forEach(k -> text.append("output ").append(k).append('\n'));
    Files.createDirectories(file.toAbsolutePath().getParent());
    dev.surety.cli.compile.AtomicFiles.write(file, text.toString());
  }

  /** Forgets the last run and the files it wrote. */
  void clear() throws IOException {
    Files.deleteIfExists(file);
  }

  /**
   * Forgets the last run but for the files it wrote (after a failure, so that the next run checks
   * again): a failed run writes none, and the next successful one must still find, and remove,
   * those that went stale meanwhile (the JSON of a draft that gained an error, then was deleted).
   */
  void forget() throws IOException {
    SortedSet<String> outputs = load().map(Snapshot::outputs).orElseGet(TreeSet::new);
    if (outputs.isEmpty()) {
      clear();
      return;
    }
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    outputs.forEach(k -> text.append("output ").append(k).append('\n'));
    dev.surety.cli.compile.AtomicFiles.write(file, text.toString());
  }

  Optional<Snapshot> load() {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    String plugin = null;
    String configuration = null;
    String summary = "";
    SortedMap<String, String> drafts = new TreeMap<>();
    SortedMap<String, String> reads = new TreeMap<>();
    SortedSet<String> outputs = new TreeSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(" ", 2);
      if (parts.length < 2) {
        return Optional.empty();
      }
      switch (parts[0]) {
        case "plugin" -> plugin = parts[1];
        case "configuration" -> configuration = parts[1];
        case "summary" -> summary = parts[1];
        case "output" -> outputs.add(parts[1]);
        case "draft", "read" -> {
          String[] hashAndPath = parts[1].split(" ", 2);
          if (hashAndPath.length < 2) {
            return Optional.empty();
          }
          (parts[0].equals("draft") ? drafts : reads).put(hashAndPath[1], hashAndPath[0]);
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    if ((plugin == null) != (configuration == null)
        || (plugin == null && !(drafts.isEmpty() && reads.isEmpty()))) {
      return Optional.empty();
    }
    return Optional.of(plugin == null
        ? new Snapshot("", "", drafts, reads, outputs, summary)
        : new Snapshot(plugin, configuration, drafts, reads, outputs, summary));
  }

  static String key(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  /** The SHA-256 of a file's bytes, or {@code missing} when it cannot be read. */
  static String hash(Path file) {
    try {
      return sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      return "missing";
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** A fingerprint of named settings, in the order given (callers pass them in a fixed order). */
  static String fingerprint(List<Map.Entry<String, String>> settings) {
    List<String> lines = new ArrayList<>();
    settings.forEach(e -> lines.add(e.getKey() + "=" + e.getValue()));
    return sha256(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }
}

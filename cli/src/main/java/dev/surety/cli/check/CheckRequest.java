package dev.surety.cli.check;

import dev.surety.cli.assess.PathDisplay;
import dev.surety.cli.config.FailOn;
import dev.surety.cli.config.SuretyConfig;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One check, as {@code surety lint}, {@code assess} and {@code compile} and the Maven plugin's
 * goals describe it: the drafts, the include root, the configuration read from {@code
 * .surety.json}, severity overrides (over the configuration's), the fail level, the number of
 * parallel jobs, and optionally a draft held in memory (standard input). Immutable; built with
 * {@link #builder()}.
 *
 * @param files the drafts to read from disk, absolute, in the order the findings should follow
 * @param root the include root; file names are reported relative to it
 * @param config the configuration ({@link SuretyConfig#NONE} when there is no file)
 * @param severities {@code CODE=LEVEL} overrides that win over the configuration's; {@code where}
 *     names them in messages ({@code --severity}, or a Maven parameter)
 * @param severitiesName how messages name the overrides
 * @param failOn the fail level; when empty, the configuration's, else {@link FailOn#ERROR}
 * @param jobs files checked in parallel, at least 1
 * @param workingDirectory file names are shown relative to it
 * @param stdinName the name reported for the draft in {@code stdinBytes}, if there is one; unless it
 *     is {@link #UNNAMED_STDIN}, the draft is read as the file of that name, relative to the working
 *     directory, would be: its includes and the root are checked from there ({@link
 *     #stdinReportedName()})
 * @param stdinBytes a draft held in memory (standard input), its bytes as read
 * @param findingsOnly whether only the findings are wanted ({@code lint}): each file's
 *     arrangements are dropped as soon as it is checked, and of its text only the lines its
 *     findings start on are kept (the others emptied, {@code ShownLines}), so that memory holds the
 *     findings of a large corpus rather than every model and text of it
 * @param assess whether each arrangement is assessed ({@code assess}, {@code diff}); otherwise the
 *     result holds no assessment and the check costs about a tenth less (no finding comes from the
 *     assessment)
 */
public record CheckRequest(
    List<Path> files,
    Path root,
    SuretyConfig config,
    Map<String, String> severities,
    String severitiesName,
    Optional<FailOn> failOn,
    int jobs,
    Path workingDirectory,
    Optional<String> stdinName,
    Optional<byte[]> stdinBytes,
    boolean findingsOnly,
    boolean assess) {

  public CheckRequest {
    files = List.copyOf(files);
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(config, "config");
    severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    Objects.requireNonNull(severitiesName, "severitiesName");
    Objects.requireNonNull(failOn, "failOn");
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1, not " + jobs);
    }
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    if (stdinName.isPresent() != stdinBytes.isPresent()) {
      throw new IllegalArgumentException("stdinName and stdinBytes go together");
    }
  }

  /**
   * The name standard input has when none is given: no file of the working directory, so the
   * draft is read as a file at the root, as the compiler reads a draft held in memory.
   */
  public static final String UNNAMED_STDIN = "<stdin>";

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The name the compiler is given for the draft in {@code stdinBytes}: as for a file on disk,
   * relative to the root (or absolute outside it), of the file its name gives, relative to the
   * working directory, so that the buffer an editor passes includes what its file would include.
   * Its findings are shown under the name given ({@link #show}). {@link #UNNAMED_STDIN}, or a name
   * that is no path here, is given as it is.
   */
  public Optional<String> stdinReportedName() {
    return stdinName.map(name -> {
      if (name.equals(UNNAMED_STDIN)) {
        return name;
      }
      try {
        return reportedName(root, workingDirectory.resolve(name).normalize());
      } catch (InvalidPathException e) {
        return name;
      }
    });
  }

  /** The name the compiler reports for a file: relative to the root, with {@code /}. */
  public static String reportedName(Path root, Path file) {
    return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
  }

  /** The fail level in force: the request's, else the configuration's, else error. */
  public FailOn effectiveFailOn() {
    return failOn.or(config::failOn).orElse(FailOn.ERROR);
  }

  /**
   * A reported file name (relative to the root) as shown: relative to the working directory;
   * standard input's under the name given.
   */
  public String show(String reported) {
    if (reported.isEmpty()) {
      return reported;
    }
    if (stdinReportedName().filter(reported::equals).isPresent()) {
      return stdinName.orElseThrow();
    }
    Path file;
    try {
      file = root.resolve(reported).normalize();
    } catch (InvalidPathException e) {
      return reported;
    }
    return PathDisplay.relative(workingDirectory, file);
  }

  /** Builds a {@link CheckRequest}; {@code root} and {@code workingDirectory} are required. */
  public static final class Builder {
    private final List<Path> files = new ArrayList<>();
    private Path root;
    private SuretyConfig config = SuretyConfig.NONE;
    private final Map<String, String> severities = new LinkedHashMap<>();
    private String severitiesName = "--severity";
    private FailOn failOn;
    private int jobs = Runtime.getRuntime().availableProcessors();
    private Path workingDirectory;
    private String stdinName;
    private byte[] stdinBytes;
    private boolean findingsOnly;
    private boolean assess;

    private Builder() {}

    public Builder files(List<Path> files) {
      this.files.clear();
      this.files.addAll(files);
      return this;
    }

    public Builder root(Path root) {
      this.root = root;
      return this;
    }

    public Builder config(SuretyConfig config) {
      this.config = config;
      return this;
    }

    public Builder severities(Map<String, String> severities) {
      this.severities.clear();
      this.severities.putAll(severities);
      return this;
    }

    public Builder severitiesName(String name) {
      this.severitiesName = name;
      return this;
    }

    public Builder failOn(Optional<FailOn> failOn) {
      this.failOn = failOn.orElse(null);
      return this;
    }

    public Builder jobs(int jobs) {
      this.jobs = jobs;
      return this;
    }

    public Builder workingDirectory(Path workingDirectory) {
      this.workingDirectory = workingDirectory;
      return this;
    }

    public Builder stdin(String name, byte[] bytes) {
      this.stdinName = name;
      this.stdinBytes = bytes;
      return this;
    }

    /** Only the findings are wanted: see {@link CheckRequest#findingsOnly()}. */
    public Builder findingsOnly(boolean findingsOnly) {
      this.findingsOnly = findingsOnly;
      return this;
    }

    /** Each arrangement is assessed: see {@link CheckRequest#assess()}. */
    public Builder assess(boolean assess) {
      this.assess = assess;
      return this;
    }

    public CheckRequest build() {
      return new CheckRequest(files, root, config, severities, severitiesName,
          Optional.ofNullable(failOn), jobs, workingDirectory, Optional.ofNullable(stdinName),
          Optional.ofNullable(stdinBytes), findingsOnly, assess);
    }
  }
}

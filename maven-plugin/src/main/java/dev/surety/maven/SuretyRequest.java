package dev.surety.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One check, as a mojo gathers it from its parameters: which drafts, under which include root,
 * with which configuration file, severity overrides and fail level, and where file names are shown
 * from. Immutable; built with {@link #builder()}.
 *
 * <p>It carries the same things as the CLI's options ({@code PATH...}, {@code --root}, {@code
 * --config}, {@code --severity}, {@code --fail-on}), so that one executor serves both.
 *
 * @param root the include root: includes may not leave it; file names are reported relative to it
 * @param drafts the drafts to compile, absolute, in a stable order
 * @param configFile the {@code .surety.json} to read, if any
 * @param severities {@code CODE=LEVEL} overrides, applied over the configuration file's
 * @param failOn {@code error}, {@code warning}, {@code info} or {@code never}; when empty, the
 *     configuration file's {@code failOn}, else {@code error}
 * @param displayBase file names in findings are shown relative to this directory
 */
public record SuretyRequest(
    Path root,
    List<Path> drafts,
    Optional<Path> configFile,
    Map<String, String> severities,
    Optional<String> failOn,
    Path displayBase) {

  public SuretyRequest {
    Objects.requireNonNull(root, "root");
    drafts = List.copyOf(drafts);
    Objects.requireNonNull(configFile, "configFile");
    severities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(displayBase, "displayBase");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SuretyRequest}; {@code root} is required, the rest has defaults. */
  public static final class Builder {
    private Path root;
    private final List<Path> drafts = new ArrayList<>();
    private Path configFile;
    private final Map<String, String> severities = new LinkedHashMap<>();
    private String failOn;
    private Path displayBase;

    private Builder() {}

    public Builder root(Path root) {
      this.root = root;
      return this;
    }

    public Builder addDrafts(List<Path> drafts) {
      this.drafts.addAll(drafts);
      return this;
    }

    public Builder configFile(Optional<Path> configFile) {
      this.configFile = configFile.orElse(null);
      return this;
    }

    public Builder putSeverity(String code, String level) {
      this.severities.put(code, level);
      return this;
    }

    public Builder failOn(Optional<String> failOn) {
      this.failOn = failOn.orElse(null);
      return this;
    }

    public Builder displayBase(Path displayBase) {
      this.displayBase = displayBase;
      return this;
    }

    public SuretyRequest build() {
      return new SuretyRequest(root, drafts, Optional.ofNullable(configFile), severities,
          Optional.ofNullable(failOn), displayBase == null ? root : displayBase);
    }
  }
}

package dev.surety.cli.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.source.SourceRange;
import java.io.IOException;
import java.util.List;

/**
 * The {@code json} format of CLI.md, version 1, built from typed records and written by Jackson.
 *
 * <pre>
 * {
 *   "version": 1,
 *   "files": 3,
 *   "diagnostics": [
 *     {
 *       "file": "drafts/us-guarantee.surety",
 *       "range": {"start": {"line": 12, "column": 5}, "end": {"line": 12, "column": 55}},
 *       "severity": "error", "code": "SUR201", "name": "missing-legislative-approval",
 *       "message": "...", "help": "...",
 *       "related": [{"file": "...", "range": {...}, "message": "..."}]
 *     }
 *   ],
 *   "suppressed": [
 *     {"file": ..., "range": ..., ..., "related": [],
 *      "suppression": {"kind": "disable-next-line", "reason": "negotiated separately"}}
 *   ],
 *   "summary": {"error": 1, "warning": 0, "info": 0}
 * }
 * </pre>
 *
 * <p>Decisions: keys in the order above; {@code help} is present only when the finding has one
 * (never {@code null}); {@code related} is always present, {@code []} when empty; {@code file} is
 * always a string ({@code ""} for a finding that belongs to no file); {@code range} is {@code null}
 * when the position is unknown; columns count code points and {@code end} is exclusive; findings
 * are ordered by file, then position; {@code files} is the number of files checked; {@code
 * suppressed} lists the findings that suppression comments covered, as the diagnostics are with
 * the comment's directive and its reason ({@code reason} left out when none is written; LANGUAGE.md
 * section 5: "The reason after {@code --} is kept in reports"), always present, {@code []} when
 * none, and not counted in {@code summary}. Layout: two
 * spaces, one value a line, UTF-8 unescaped, a trailing newline.
 */
public final class JsonRenderer implements DiagnosticRenderer {

  /** The version of this document's shape; it changes only when a field changes meaning. */
  public static final int VERSION = 1;

  @Override
  public void render(LintReport report, Appendable out) throws IOException {
    List<JsonDiagnostic> diagnostics =
        report.sortedDiagnostics().stream().map(JsonRenderer::diagnostic).toList();
    List<JsonSuppressed> suppressed = report.suppressed().stream()
        .map(s -> new JsonSuppressed(diagnostic(s.diagnostic()),
            new Suppression(s.directive(), s.reason().orElse(null))))
        .toList();
    JsonOutput.write(
        new Report(
            VERSION,
            report.fileCount(),
            diagnostics,
            suppressed,
            new Summary(
                report.count(Severity.ERROR),
                report.count(Severity.WARNING),
                report.count(Severity.INFO))),
        out);
  }

  private static JsonDiagnostic diagnostic(Diagnostic d) {
    return new JsonDiagnostic(
        d.range().file(),
        Range.of(d.range()),
        d.severity().spelling(),
        d.code(),
        d.name(),
        d.message(),
        d.help().orElse(null),
        d.related().stream().map(JsonRenderer::related).toList());
  }

  private static Related related(RelatedLocation r) {
    return new Related(r.range().file(), Range.of(r.range()), r.message());
  }

  @JsonPropertyOrder({"version", "files", "diagnostics", "suppressed", "summary"})
  record Report(int version, int files, List<JsonDiagnostic> diagnostics,
      List<JsonSuppressed> suppressed, Summary summary) {}

  /** A suppressed finding: the fields of a diagnostic, then its suppression. */
  @JsonPropertyOrder({"diagnostic", "suppression"})
  record JsonSuppressed(@JsonUnwrapped JsonDiagnostic diagnostic, Suppression suppression) {}

  /** The directive that suppressed a finding, and the reason written after {@code --}. */
  @JsonPropertyOrder({"kind", "reason"})
  record Suppression(String kind, @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {}

  @JsonPropertyOrder({
    "file", "range", "severity", "code", "name", "message", "help", "related"
  })
  record JsonDiagnostic(
      String file,
      Range range,
      String severity,
      String code,
      String name,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) String help,
      List<Related> related) {}

  @JsonPropertyOrder({"file", "range", "message"})
  record Related(String file, Range range, String message) {}

  @JsonPropertyOrder({"start", "end"})
  record Range(Position start, Position end) {
    static Range of(SourceRange range) {
      if (!range.isKnown()) {
        return null;
      }
      return new Range(
          new Position(range.start().line(), range.start().column()),
          new Position(range.end().line(), range.end().column()));
    }
  }

  @JsonPropertyOrder({"line", "column"})
  record Position(int line, int column) {}

  @JsonPropertyOrder({"error", "warning", "info"})
  record Summary(int error, int warning, int info) {}
}

package dev.surety.dsl.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.json.ArrangementJson;
import dev.surety.validation.assessment.Verdict;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The diff for programs ({@code surety diff --format json}); the format is documented in
 * docs/diff.md. Absent values are {@code null}; fields are always present.
 */
public final class DiffJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectWriter WRITER = new ObjectMapper().writer(ArrangementJson.prettyPrinter());

  private DiffJson() {}

  /** The diff as a JSON tree. */
  public static ObjectNode tree(DraftDiff diff) {
    ObjectNode root = NODES.objectNode();
    root.put("version", 1);
    ArrayNode arrangements = root.putArray("arrangements");
    for (ArrangementDiff a : diff.arrangements()) {
      ObjectNode node = arrangements.addObject();
      node.put("title", a.title());
      ArrayNode changes = node.putArray("changes");
      for (Change c : a.changes()) {
        ObjectNode change = changes.addObject();
        change.put("kind", c.kind().spelling());
        change.put("element", c.element().spelling());
        change.put("identity", c.identity());
        change.put("field", c.field().orElse(null));
        change.put("before", c.before().orElse(null));
        change.put("after", c.after().orElse(null));
        change.put("impact", c.impact().spelling());
        change.put("rule", c.rule().id());
        change.put("reason", c.reason());
        ObjectNode ranges = change.putObject("ranges");
        ranges.set("before", location(c.beforeRange()));
        ranges.set("after", location(c.afterRange()));
      }
      ObjectNode verdict = node.putObject("verdict");
      verdict.put("before", a.verdictBefore().map(Verdict::spelling).orElse(null));
      verdict.put("after", a.verdictAfter().map(Verdict::spelling).orElse(null));
      ObjectNode score = node.putObject("score");
      score.put("before", a.scoreBefore().orElse(null));
      score.put("after", a.scoreAfter().orElse(null));
      node.set("diagnostics", diagnostics(a.appeared(), a.disappeared(), a.changedDiagnostics()));
    }
    root.set("diagnostics", diagnostics(diff.appeared(), diff.disappeared(), List.of()));
    ArrayNode unread = root.putArray("unread");
    diff.unread().forEach(d -> unread.add(diagnostic(d)));
    ObjectNode summary = root.putObject("summary");
    for (Impact impact : Impact.values()) {
      summary.put(impact.spelling(), diff.changes().stream().filter(c -> c.impact() == impact).count());
    }
    // false when part of a version was not read: the changes are those of what was read
    summary.put("complete", !diff.partlyUnread());
    return root;
  }

  /** The diff as indented JSON text, ending with a newline. */
  public static String render(DraftDiff diff) {
    try {
      return WRITER.writeValueAsString(tree(diff)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode diagnostics(List<Diagnostic> appeared, List<Diagnostic> disappeared,
      List<ArrangementDiff.DiagnosticChange> changed) {
    ObjectNode node = NODES.objectNode();
    ArrayNode a = node.putArray("appeared");
    appeared.forEach(d -> a.add(diagnostic(d)));
    ArrayNode b = node.putArray("disappeared");
    disappeared.forEach(d -> b.add(diagnostic(d)));
    ArrayNode c = node.putArray("changed");
    for (ArrangementDiff.DiagnosticChange change : changed) {
      ObjectNode pair = c.addObject();
      pair.set("before", diagnostic(change.before()));
      pair.set("after", diagnostic(change.after()));
    }
    return node;
  }

  private static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode node = NODES.objectNode();
    node.put("file", d.range().file());
    node.set("range", range(d.range()).orElse(null));
    node.put("severity", d.severity().spelling());
    node.put("code", d.code());
    node.put("name", d.name());
    node.put("message", d.message());
    return node;
  }

  /** {@code {"file": ..., "range": {...}}}, or null for an element written nowhere. */
  private static ObjectNode location(SourceRange r) {
    if (!r.isKnown()) {
      return null;
    }
    ObjectNode node = NODES.objectNode();
    node.put("file", r.file());
    node.set("range", range(r).orElse(null));
    return node;
  }

  private static Optional<ObjectNode> range(SourceRange r) {
    if (!r.isKnown()) {
      return Optional.empty();
    }
    ObjectNode node = NODES.objectNode();
    node.set("start", position(r.start()));
    node.set("end", position(r.end()));
    return Optional.of(node);
  }

  private static ObjectNode position(SourcePosition p) {
    ObjectNode node = NODES.objectNode();
    node.put("line", p.line());
    node.put("column", p.column());
    return node;
  }
}

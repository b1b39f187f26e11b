package dev.surety.dsl.internal;

import dev.surety.core.model.Declaration;
import dev.surety.core.model.Suppression;
import dev.surety.dsl.Limits;
import dev.surety.dsl.json.ArrangementJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The streamed parse (a file without syntax errors, the model built statement by statement) must
 * give exactly what the recovering parse (every token buffered, the model built from the whole
 * tree) gives for the same file: the same diagnostics, suppressions and model, ranges included.
 * Shared by {@code StreamedParseTest} and {@code StreamedParseFuzzTest}.
 */
final class StreamedParse {

  private StreamedParse() {}

  /**
   * Compares the two paths on {@code text}; returns false when the file has a syntax error (then
   * both go the recovering way and there is nothing to compare), true when they were compared.
   *
   * @throws AssertionError naming what differs
   */
  static boolean sameAsRecovering(String text) {
    Reporter streamedReporter = new Reporter();
    FileParser.Result streamed =
        FileParser.parse(text, "f.surety", Limits.defaults(), streamedReporter);
    if (streamedReporter.count("SUR001") > 0) {
      return false;
    }
    Reporter recoveringReporter = new Reporter();
    FileParser.Result recovering =
        FileParser.parseWithRecovery(text, "f.surety", Limits.defaults(), recoveringReporter);
    same("diagnostics", sorted(streamedReporter), sorted(recoveringReporter));
    same("suppressions", suppressions(streamed.suppressions), suppressions(recovering.suppressions));
    same("text", streamed.text, recovering.text);
    same("model", model(streamed.model), model(recovering.model));
    return true;
  }

  private static List<String> sorted(Reporter reporter) {
    return reporter.diagnostics().stream().sorted().map(Object::toString)
        .collect(Collectors.toList());
  }

  private static List<String> suppressions(List<Suppression> suppressions) {
    return suppressions.stream().map(s -> s + " at " + s.range()).collect(Collectors.toList());
  }

  /** Everything of a file's model, with the ranges that equality leaves out. */
  private static List<String> model(FileModel model) {
    List<String> out = new ArrayList<>();
    model.includes.forEach(i -> out.add(i + " at " + i.range()));
    List<Declaration> declarations = new ArrayList<>(model.parties);
    declarations.addAll(model.organisations);
    declarations.addAll(model.coalitions);
    declarations.addAll(model.triggers);
    declarations.forEach(d -> out.add(d + " at " + d.range()));
    model.arrangements.forEach(a -> out.add(ArrangementJson.write(a)));
    return out;
  }

  private static void same(String what, Object streamed, Object recovering) {
    if (!streamed.equals(recovering)) {
      throw new AssertionError("the streamed parse differs from the recovering one in its " + what
          + ":\n  streamed:   " + streamed + "\n  recovering: " + recovering);
    }
  }
}

package dev.surety.dsl.diff;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.ImmutableDiagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.model.Arrangement;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.Report;
import dev.surety.validation.assessment.Assessment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between two versions of a draft, each checked into a {@link Report}: one {@link
 * ArrangementDiff} per arrangement, and the diagnostics outside any arrangement (syntax errors
 * between arrangements, include errors) that appeared or disappeared.
 *
 * <p>Arrangements are matched by title; when each side holds exactly one, they are matched
 * whatever their titles (a title change is then a change). Arrangements are listed in the order of
 * the new version, then those removed in the order of the old one.
 */
@Value.Immutable
public interface DraftDiff {

  List<ArrangementDiff> arrangements();

  /** Diagnostics outside every arrangement that appeared. */
  List<Diagnostic> appeared();

  /** Diagnostics outside every arrangement that disappeared. */
  List<Diagnostic> disappeared();

  /**
   * The errors after which a version's model lacks part of its text (a statement not read, a file
   * not included, an input beyond a limit: the compiler's rules that cannot be turned off, {@link
   * dev.surety.core.diagnostic.RuleDescriptor#configurable()}) that both versions have, as the new
   * version reports them: the versions are compared as far as they compiled, and what neither
   * read cannot show as a change (an include that leaves the root drops the parties of both, and
   * with them what a requirement covers). Those in one version only are among the diagnostics that
   * appeared or disappeared.
   */
  List<Diagnostic> unread();

  /** Every change of every arrangement, in report order. */
  default List<Change> changes() {
    return arrangements().stream().flatMap(a -> a.changes().stream()).collect(Collectors.toList());
  }

  /** Whether any change weakens the arrangement for its beneficiary. */
  default boolean weakens() {
    return changes().stream().anyMatch(c -> c.impact() == Impact.WEAKENS);
  }

  /**
   * Whether part of either version was not read: an error of {@link #unread()}'s kind (a syntax
   * error, an include not read, ...) in both versions or in one, whether it appeared, disappeared
   * or changed. The changes are then those of what was read.
   */
  default boolean partlyUnread() {
    return !unread().isEmpty()
        || appeared().stream().anyMatch(DraftDiff::isUnread)
        || disappeared().stream().anyMatch(DraftDiff::isUnread)
        || arrangements().stream().anyMatch(a -> a.appeared().stream().anyMatch(DraftDiff::isUnread)
            || a.disappeared().stream().anyMatch(DraftDiff::isUnread)
            || a.changedDiagnostics().stream().anyMatch(c -> isUnread(c.before()) || isUnread(c.after())));
  }

  /** Whether {@code d} is an error after which part of a version's text is not read. */
  static boolean isUnread(Diagnostic d) {
    return d.severity() == Severity.ERROR && CompilerRules.isAlwaysError(d.code());
  }

  /** Whether nothing changed at all. */
  default boolean isEmpty() {
    return arrangements().stream().allMatch(ArrangementDiff::isEmpty) && appeared().isEmpty()
        && disappeared().isEmpty();
  }

  /**
   * This diff with every file name mapped (for display, say relative to the working directory):
   * {@code before} for the old version's ranges and the diagnostics that disappeared, {@code after}
   * for the new version's and those that appeared.
   */
  default DraftDiff mapFiles(UnaryOperator<String> before, UnaryOperator<String> after) {
    ImmutableDraftDiff.Builder out = ImmutableDraftDiff.builder();
    for (ArrangementDiff a : arrangements()) {
      ImmutableArrangementDiff.Builder d = ImmutableArrangementDiff.builder().from(a);
      d.changes(a.changes().stream().map(c -> (Change) ImmutableChange.copyOf(c)
              .withBeforeRange(rename(c.beforeRange(), before))
              .withAfterRange(rename(c.afterRange(), after)))
          .collect(Collectors.toList()));
      d.appeared(rename(a.appeared(), after));
      d.disappeared(rename(a.disappeared(), before));
      d.changedDiagnostics(a.changedDiagnostics().stream()
          .map(c -> new ArrangementDiff.DiagnosticChange(
              rename(List.of(c.before()), before).get(0), rename(List.of(c.after()), after).get(0)))
          .collect(Collectors.toList()));
      out.addArrangements(d.build());
    }
    return out.addAllAppeared(rename(appeared(), after))
        .addAllDisappeared(rename(disappeared(), before))
        .addAllUnread(rename(unread(), after))
        .build();
  }

  private static SourceRange rename(SourceRange range, UnaryOperator<String> names) {
    return range.isKnown() || !range.file().isEmpty()
        ? range.inFile(names.apply(range.file()))
        : range;
  }

  private static List<Diagnostic> rename(List<Diagnostic> diagnostics, UnaryOperator<String> names) {
    return diagnostics.stream()
        .map(d -> (Diagnostic) ImmutableDiagnostic.copyOf(d)
            .withRange(rename(d.range(), names))
            .withRelated(d.related().stream()
                .map(r -> RelatedLocation.of(rename(r.range(), names), r.message()))
                .collect(Collectors.toList())))
        .collect(Collectors.toList());
  }

  /** Compares two checked versions of a draft. */
  static DraftDiff of(Report before, Report after) {
    List<Arrangement> was = before.arrangements();
    List<Arrangement> is = after.arrangements();
    Map<Integer, Integer> pairs = new HashMap<>(); // after index -> before index
    if (was.size() == 1 && is.size() == 1) {
      pairs.put(0, 0);
    } else {
      boolean[] used = new boolean[was.size()];
      for (int j = 0; j < is.size(); j++) {
        for (int i = 0; i < was.size(); i++) {
          if (!used[i] && was.get(i).title().equals(is.get(j).title())) {
            used[i] = true;
            pairs.put(j, i);
            break;
          }
        }
      }
    }
    boolean single = was.size() <= 1 && is.size() <= 1;
    List<List<Diagnostic>> wasDiagnostics = assign(before, single);
    List<List<Diagnostic>> isDiagnostics = assign(after, single);

    ImmutableDraftDiff.Builder result = ImmutableDraftDiff.builder();
    Consequence.Budget budget = Consequence.Budget.standard();
    List<Integer> matchedBefore = new ArrayList<>(pairs.values());
    for (int j = 0; j < is.size(); j++) {
      Arrangement b = is.get(j);
      Assessment bAssessment = after.assessments().get(j);
      ImmutableArrangementDiff.Builder d = ArrangementDiff.builder().title(b.title())
          .verdictAfter(bAssessment.verdict()).scoreAfter(bAssessment.score());
      Integer i = pairs.get(j);
      if (i == null) {
        d.addChanges(Change.builder().kind(ChangeKind.ADDED).element(Element.ARRANGEMENT)
            .identity(Statements.arrangement(b)).after(Statements.arrangement(b)).afterRange(b.range())
            .rule(ImpactRule.ARRANGEMENT_ADDED).build());
        d.addAllAppeared(isDiagnostics.get(j));
      } else {
        Assessment aAssessment = before.assessments().get(i);
        String x = was.get(i).title();
        String y = b.title();
        List<Diagnostic> appeared = difference(isDiagnostics.get(j), y, wasDiagnostics.get(i), x);
        List<Diagnostic> disappeared =
            difference(wasDiagnostics.get(i), x, isDiagnostics.get(j), y);
        List<ArrangementDiff.DiagnosticChange> changedDiagnostics = changed(disappeared, appeared);
        List<Diagnostic> brokenAfter = syntaxErrors(appeared);
        List<Diagnostic> brokenBefore = syntaxErrors(disappeared);
        changedDiagnostics.forEach(c -> {
          brokenAfter.addAll(syntaxErrors(List.of(c.after())));
          brokenBefore.addAll(syntaxErrors(List.of(c.before())));
        });
        d.addAllChanges(perhapsUnread(SemanticDiff.compare(was.get(i), b, budget), brokenBefore, brokenAfter))
            .verdictBefore(aAssessment.verdict()).scoreBefore(aAssessment.score());
        d.addAllChangedDiagnostics(changedDiagnostics);
        d.addAllAppeared(appeared);
        d.addAllDisappeared(disappeared);
      }
      result.addArrangements(d.build());
    }
    for (int i = 0; i < was.size(); i++) {
      if (!matchedBefore.contains(i)) {
        Arrangement a = was.get(i);
        Assessment aAssessment = before.assessments().get(i);
        result.addArrangements(ArrangementDiff.builder().title(a.title())
            .verdictBefore(aAssessment.verdict()).scoreBefore(aAssessment.score())
            .addChanges(Change.builder().kind(ChangeKind.REMOVED).element(Element.ARRANGEMENT)
                .identity(Statements.arrangement(a)).before(Statements.arrangement(a))
                .beforeRange(a.range()).rule(ImpactRule.ARRANGEMENT_REMOVED).build())
            .addAllDisappeared(wasDiagnostics.get(i))
            .build());
      }
    }
    List<Diagnostic> wasOutside = wasDiagnostics.get(was.size());
    List<Diagnostic> isOutside = isDiagnostics.get(is.size());
    return result.addAllAppeared(difference(isOutside, "", wasOutside, ""))
        .addAllDisappeared(difference(wasOutside, "", isOutside, ""))
        .addAllUnread(unreadInBoth(before, after))
        .build();
  }

  private static List<Diagnostic> syntaxErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .filter(d -> d.severity() == Severity.ERROR && d.code().equals(CompilerRules.SYNTAX_ERROR))
        .collect(Collectors.toCollection(ArrayList::new));
  }

  /**
   * The changes, each element removed said to be perhaps unread when a syntax error appeared in
   * the new version (the rest of a statement with one is not read, so a statement broken looks
   * removed), and each added when one disappeared from the old version: which statement the error
   * kept from being read is not known, so the change stands, with the error's line.
   */
  private static List<Change> perhapsUnread(List<Change> changes, List<Diagnostic> before,
      List<Diagnostic> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return changes;
    }
    List<Change> out = new ArrayList<>();
    for (Change c : changes) {
      String note = null;
      if (c.kind() == ChangeKind.REMOVED && !after.isEmpty()) {
        note = "or not read: the new version has a syntax error at " + lines(after)
            + ", after which the rest of a statement is not read";
      } else if (c.kind() == ChangeKind.ADDED && !before.isEmpty()) {
        note = "or not read before: the old version has a syntax error at " + lines(before)
            + ", after which the rest of a statement is not read";
      }
      if (note != null) {
        String detail = note;
        c = ImmutableChange.copyOf(c).withDetail(c.detail().map(x -> x + "; " + detail).orElse(detail));
      }
      out.add(c);
    }
    return out;
  }

  /** {@code line 10}, {@code lines 10, 12}. */
  private static String lines(List<Diagnostic> diagnostics) {
    List<String> lines = diagnostics.stream().filter(d -> d.range().isKnown())
        .map(d -> String.valueOf(d.range().start().line())).distinct().collect(Collectors.toList());
    return lines.isEmpty() ? "a line" : (lines.size() == 1 ? "line " : "lines ") + String.join(", ", lines);
  }

  /** {@link #unread()}: the new version's errors of that kind that the old version has too. */
  private static List<Diagnostic> unreadInBoth(Report before, Report after) {
    List<Diagnostic> was = unread(before);
    List<Diagnostic> is = unread(after);
    Set<Diagnostic> onlyAfter = Collections.newSetFromMap(new IdentityHashMap<>());
    onlyAfter.addAll(difference(is, "", was, ""));
    return is.stream().filter(d -> !onlyAfter.contains(d)).collect(Collectors.toList());
  }

  private static List<Diagnostic> unread(Report report) {
    return report.diagnostics().stream()
        .filter(DraftDiff::isUnread)
        .collect(Collectors.toList());
  }

  /**
   * The diagnostics of each arrangement (by the arrangement's range), and last those outside every
   * arrangement. With at most one arrangement, every diagnostic is its.
   */
  private static List<List<Diagnostic>> assign(Report report, boolean single) {
    List<Arrangement> arrangements = report.arrangements();
    List<List<Diagnostic>> out = new ArrayList<>();
    for (int i = 0; i <= arrangements.size(); i++) {
      out.add(new ArrayList<>());
    }
    for (Diagnostic d : report.diagnostics()) {
      int owner = arrangements.size();
      if (single && !arrangements.isEmpty()) {
        owner = 0;
      } else {
        for (int i = 0; i < arrangements.size(); i++) {
          Arrangement a = arrangements.get(i);
          if (a.range().file().equals(d.range().file()) && a.range().contains(d.range().start())) {
            owner = i;
            break;
          }
        }
      }
      out.get(owner).add(d);
    }
    return out;
  }

  /**
   * The findings of a code left once in {@code gone} and once in {@code come}: the same finding in
   * other words. Removed from both lists, in {@code come}'s order.
   */
  private static List<ArrangementDiff.DiagnosticChange> changed(List<Diagnostic> gone,
      List<Diagnostic> come) {
    Map<String, Integer> goneCodes = new HashMap<>();
    gone.forEach(d -> goneCodes.merge(d.code(), 1, Integer::sum));
    Map<String, Integer> comeCodes = new HashMap<>();
    come.forEach(d -> comeCodes.merge(d.code(), 1, Integer::sum));
    List<ArrangementDiff.DiagnosticChange> out = new ArrayList<>();
    for (Diagnostic after : List.copyOf(come)) {
      String code = after.code();
      if (comeCodes.get(code) == 1 && goneCodes.getOrDefault(code, 0) == 1) {
        Diagnostic before = gone.stream().filter(b -> b.code().equals(code)).findFirst().orElseThrow();
        out.add(new ArrangementDiff.DiagnosticChange(before, after));
        gone.remove(before);
        come.remove(after);
      }
    }
    return out;
  }

  /**
   * The diagnostics of {@code from} that {@code other} lacks, by code and message (a multiset).
   * The arrangement's title, which many messages quote, is not compared: a new title is one change.
   */
  private static List<Diagnostic> difference(List<Diagnostic> from, String fromTitle,
      List<Diagnostic> other, String otherTitle) {
    Map<String, Integer> counts = new HashMap<>();
    other.forEach(d -> counts.merge(key(d, otherTitle), 1, Integer::sum));
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : from) {
      String key = key(d, fromTitle);
      Integer n = counts.get(key);
      if (n == null || n == 0) {
        out.add(d);
      } else {
        counts.put(key, n - 1);
      }
    }
    return out;
  }

  private static String key(Diagnostic d, String title) {
    if (title.isEmpty()) {
      return key(d);
    }
    return key(ImmutableDiagnostic.copyOf(d).withMessage(d.message().replace(title, "\u0000")));
  }

  /**
   * A finding's identity across versions: its code and the words of its message, sorted, without
   * the positions a message may quote ({@code line 12}, {@code 12:3}) nor the name of the version's
   * own file (an include chain starts with it: {@code v1.surety} and {@code v2.surety}), so that a
   * finding on a moved line, or one that lists the same parties in another order, is the same
   * finding.
   */
  static String key(Diagnostic d) {
    String message = d.message();
    // the name as the include chain gives it, whatever directory the range's name is shown from
    String file = d.range().file().substring(d.range().file().lastIndexOf('/') + 1);
    if (file.endsWith(".surety")) {
      message = message.replace(file, "");
    }
    message = message
        .replaceAll("\\bline \\d+", "line")
        .replaceAll("\\b\\d+:\\d+\\b", "");
    List<String> words = new ArrayList<>(List.of(message.split("[^\\p{L}\\p{N}_-]+")));
    words.removeIf(String::isEmpty);
    words.sort(null);
    return d.code() + " " + String.join(" ", words);
  }
}

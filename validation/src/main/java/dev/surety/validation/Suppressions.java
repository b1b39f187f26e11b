package dev.surety.validation;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import dev.surety.core.model.Suppression;
import dev.surety.validation.rules.UnusedSuppression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies the suppression comments of LANGUAGE.md section 5 ({@code surety:disable-next-line},
 * {@code surety:disable-file}) and reports SUR004 for each code of a suppression that suppressed
 * nothing or names an unknown code.
 */
public final class Suppressions {
  private Suppressions() {}

  /** SUR004's descriptor, read from its home once. */
  private static final RuleDescriptor UNUSED = ValidationRules.descriptor(UnusedSuppression.class);

  /**
   * The diagnostics that no suppression covers, plus a SUR004 finding for each suppressed code that
   * suppressed nothing, is not the code of one of {@code rules}, or is that of a rule that is not
   * {@linkplain RuleDescriptor#configurable() configurable} (whose findings stay); sorted in
   * {@link Diagnostic#ORDER}.
   */
  public static List<Diagnostic> apply(
      List<Diagnostic> diagnostics, List<Suppression> suppressions,
      Collection<RuleDescriptor> rules) {
    return partition(diagnostics, suppressions, rules).reported();
  }

  /**
   * What {@link #apply} reports, and the findings the suppressions covered, each with the
   * suppression's directive and reason (for the reports that keep them), in {@link
   * Diagnostic#ORDER}.
   */
  public record Outcome(List<Diagnostic> reported, List<SuppressedDiagnostic> suppressed) {}

  /** {@link #apply}, keeping the suppressed findings too. */
  public static Outcome partition(
      List<Diagnostic> diagnostics, List<Suppression> suppressions,
      Collection<RuleDescriptor> rules) {
    return partition(diagnostics, suppressions, rules, Set.of());
  }

  /**
   * {@link #partition(List, List, Collection)}, where the rules of the codes {@code notRun} did not
   * run (the validation's rules, when the compilation has no arrangement): a suppression of one of
   * them that covers nothing is not reported, since nothing could be found for it to suppress. It
   * is judged where its file is included in a draft with arrangements.
   */
  public static Outcome partition(
      List<Diagnostic> diagnostics, List<Suppression> suppressions,
      Collection<RuleDescriptor> rules, Set<String> notRun) {
    List<Diagnostic> out = new ArrayList<>(diagnostics.size());
    if (suppressions.isEmpty()) { // most files: no catalogue to look codes up in
      out.addAll(diagnostics);
      out.sort(Diagnostic.ORDER);
      return new Outcome(out, List.of());
    }
    List<SuppressedDiagnostic> suppressed = new ArrayList<>();
    Map<String, RuleDescriptor> byCode = new HashMap<>();
    Map<String, RuleDescriptor> byName = new HashMap<>();
    rules.forEach(rule -> {
      byCode.put(rule.code(), rule);
      byName.put(rule.name(), rule);
    });
    // the suppressions that cover a finding, by file, line (next-line; 0 for the file) and code:
    // each finding is looked up, not held against every suppression of its file (10,000
    // disable-file comments and 10,000 findings took 34 s)
    Map<Place, List<Integer>> candidates = new HashMap<>();
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      if (s.scope() == Suppression.Scope.UNKNOWN) {
        continue;
      }
      int line = s.scope() == Suppression.Scope.FILE ? 0 : s.line();
      for (String code : s.codes()) {
        List<Integer> at = candidates.computeIfAbsent(new Place(s.file(), line, code),
            k -> new ArrayList<>(1));
        if (at.isEmpty() || at.get(at.size() - 1) != i) { // a code named twice: once
          at.add(i);
        }
      }
    }
    Set<String> used = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      Suppression by = null; // the first that covers it, when several do
      String file = d.range().file();
      RuleDescriptor rule = byCode.get(d.code());
      if (rule == null || rule.configurable()) {
        // the file's, then the line's: the index finds those that can cover it, Suppression.covers
        // (the one home of what covers a finding) decides
        int start = d.range().start().line();
        for (int line : start == 0 ? new int[] {0} : new int[] {0, start}) {
          for (int i : candidates.getOrDefault(new Place(file, line, d.code()), List.of())) {
            if (!suppressions.get(i).covers(d.code(), d.range())) {
              continue;
            }
            used.add(i + " " + d.code());
            by = by == null ? suppressions.get(i) : by;
          }
        }
      }
      if (by == null) {
        out.add(d);
      } else {
        suppressed.add(SuppressedDiagnostic.builder().diagnostic(d).directive(by.directive())
            .reason(by.reason()).comment(by.range()).build());
      }
    }
    for (int i = 0; i < suppressions.size(); i++) {
      Suppression s = suppressions.get(i);
      if (s.scope() == Suppression.Scope.UNKNOWN && s.inBlockComment()) {
        out.add(unused(s, "`surety:" + s.directive() + "` in a `/* */` comment suppresses nothing:"
                + " directives are read only in `//` comments",
            "write `// surety:" + (s.directive().isEmpty() ? "disable-next-line" : s.directive())
                + " CODE` on a line of its own"));
        continue;
      }
      if (s.scope() == Suppression.Scope.UNKNOWN && s.lowerCase().isPresent()) {
        // `// SURETY:disable-next-line SUR113`: directives are case-sensitive
        out.add(unused(s, "`" + s.directive() + "` is not a directive as written, so it suppresses"
                + " nothing: directives are written in lower case",
            "write `" + s.lowerCase().get() + "`"));
        continue;
      }
      if (s.scope() == Suppression.Scope.UNKNOWN) {
        out.add(unused(s, "`surety:" + s.directive() + "` is not a suppression, so it suppresses"
                + " nothing",
            "write `// surety:disable-next-line CODE` on the line before the finding, or"
                + " `// surety:disable-file CODE`"));
        continue;
      }
      if (s.codes().isEmpty()) {
        // a directive with no code (nothing, or a reason only) would otherwise be passed by
        String directive = s.scope().directive();
        out.add(unused(s, "`surety:" + directive + "` names no code, so it suppresses nothing",
            "write the code of each finding to suppress after it, as in `// surety:" + directive
                + " SUR107 -- " + s.reason().orElse("duration is negotiated separately") + "`"));
        continue;
      }
      for (String code : s.codes()) {
        String problem;
        RuleDescriptor rule = byCode.get(code);
        RuleDescriptor named = rule == null ? byName.get(code.toLowerCase(Locale.ROOT)) : null;
        if (named != null) {
          // a rule's name, as --severity and the configuration take it: a suppression takes codes
          String name = named.name();
          out.add(unused(s, "`surety:" + s.scope().directive() + " " + name + "` names a rule by"
                  + " its name; a suppression names it by its code, " + named.code(),
              "write `surety:" + s.scope().directive() + " " + named.code() + "`"));
          continue;
        }
        if (rule == null) {
          problem = "names the unknown code " + code;
        } else if (!rule.configurable()) {
          out.add(unused(s, "`surety:" + s.scope().directive() + " " + code + "` cannot suppress "
              + code + " (" + rule.name() + "): it is always an error, since "
              + SeverityConfig.ALWAYS_AN_ERROR,
              "fix the text, and remove " + code + " from the suppression"));
          continue;
        } else if (code.equals(UNUSED.code())) {
          // SUR004 is found once the suppressions are applied: a comment cannot silence what is
          // said about comments (LANGUAGE.md: such a suppression "is itself reported")
          out.add(unused(s, "`surety:" + s.scope().directive() + " " + code + "` cannot suppress "
                  + code + " (" + rule.name() + "): what is reported about suppression comments"
                  + " cannot be suppressed by one",
              "fix or remove the suppressions that " + code + " reports, and remove " + code
                  + " from this one; to hide " + code + " everywhere, turn it off (`--severity "
                  + code + "=off`, or `severity` in the configuration)"));
          continue;
        } else if (!used.contains(i + " " + code) && !notRun.contains(code)) {
          problem = s.scope() == Suppression.Scope.FILE
              ? "suppresses nothing: no " + code + " is reported in " + s.file()
              : "suppresses nothing: no " + code + " is reported on line " + s.line();
        } else {
          continue;
        }
        out.add(unused(s, "`surety:" + s.scope().directive() + " " + code + "` " + problem,
            rule != null
                ? "remove " + code + " from the suppression"
                : "correct the code, or remove it from the suppression"));
      }
    }
    out.sort(Diagnostic.ORDER);
    suppressed.sort((a, b) -> Diagnostic.ORDER.compare(a.diagnostic(), b.diagnostic()));
    return new Outcome(out, List.copyOf(suppressed));
  }

  /** Where a suppression applies: a file, a line (0: the whole file) and a code. */
  private record Place(String file, int line, String code) {}

  private static Diagnostic unused(Suppression s, String message, String help) {
    return Diagnostic.builder()
        .code(UNUSED.code())
        .name(UNUSED.name())
        .severity(UNUSED.defaultSeverity())
        .message(message)
        .help(help)
        .range(s.range())
        .build();
  }
}

package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.dsl.format.SuretyFormatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's examples do what RULES.md promises of them ("a failing and a passing example"), as
 * `surety explain` and docs/rules.md show them under Reported and Fixed: a drafter who pastes the
 * failing example alone into a file and lints it sees that rule reported, and nothing else; the
 * passing example, the same draft fixed, is reported for nothing at all. Both are whole drafts in
 * the canonical layout (what {@code surety fmt} writes), not fragments.
 *
 * <p>Exceptions, each for one rule and each because the example cannot do otherwise:
 *
 * <ul>
 *   <li>SUR001: a draft with a syntax error cannot be formatted, so its failing example is not
 *       checked against the formatter.
 *   <li>SUR002: the passing example includes {@code parties/europe.surety}, which must exist beside
 *       it; it is checked on disk with that file ({@link #EUROPE}), as a drafter would have it.
 *   <li>SUR003: no readable draft is over the default limits (8 MiB, 100,000 items, ...), so both
 *       examples say in their first comment the {@code maxListItems} they are linted with, and are
 *       checked with that limit.
 *   <li>{@link #ALSO_REPORTED}: codes that a failing example cannot help reporting beside its own.
 * </ul>
 */
class RuleExamplesTest {

  private static final String EXAMPLE = "example.surety";

  /**
   * Codes that a rule's failing example reports as well as the rule's own, because every draft
   * that breaks the rule breaks them too. Keep this short: an example that reports more than its
   * rule says less.
   */
  private static final Map<String, Set<String>> ALSO_REPORTED = Map.of(
      // a guarantee under a political instrument binds no one, so no commitment is guarantee-grade
      "SUR202", Set.of("SUR205"));

  /** What SUR002's passing example includes. */
  static final String EUROPE = "party UA \"Ukraine\".\nparty UK \"United Kingdom\".\n";

  /** The limit that SUR003's examples name in their first comment. */
  private static final Pattern LIST_LIMIT = Pattern.compile("maxListItems = (\\d+)");

  static Stream<String> codes() {
    return Surety.rules().stream().map(RuleDescriptor::code);
  }

  private static RuleDescriptor rule(String code) {
    return Surety.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void theFailingExampleReportsItsRuleAndNothingElse(String code) {
    String example = rule(code).failingExample();
    List<Diagnostic> findings = checker(code, example).check(example, EXAMPLE).diagnostics();
    assertThat(findings)
        .as("%s's failing example, linted alone, reports %s:%n%s", code, findings, example)
        .extracting(Diagnostic::code).contains(code);
    Set<String> allowed = new HashSet<>(ALSO_REPORTED.getOrDefault(code, Set.of()));
    allowed.add(code);
    assertThat(findings)
        .as("%s's failing example reports only %s:%n%s", code, allowed, example)
        .allSatisfy(d -> assertThat(allowed).as(d.toString()).contains(d.code()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void thePassingExampleReportsNothing(String code, @TempDir Path dir) throws IOException {
    String example = rule(code).passingExample();
    Report report;
    if (code.equals(CompilerRules.INCLUDE_ERROR)) {
      Files.createDirectories(dir.resolve("parties"));
      Files.writeString(dir.resolve("parties/europe.surety"), EUROPE, StandardCharsets.UTF_8);
      Path draft = Files.writeString(dir.resolve(EXAMPLE), example, StandardCharsets.UTF_8);
      report = Surety.create().check(List.of(draft));
    } else {
      report = checker(code, example).check(example, EXAMPLE);
    }
    assertThat(report.diagnostics()).as("%s's passing example, linted alone:%n%s", code, example)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void theExamplesAreInTheCanonicalLayout(String code) {
    RuleDescriptor rule = rule(code);
    SuretyFormatter formatter = SuretyFormatter.create();
    if (!code.equals(CompilerRules.SYNTAX_ERROR)) {
      assertThat(formatter.format(rule.failingExample(), EXAMPLE).formatted())
          .as("%s's failing example, formatted", code).contains(rule.failingExample());
    }
    assertThat(formatter.format(rule.passingExample(), EXAMPLE).formatted())
        .as("%s's passing example, formatted", code).contains(rule.passingExample());
  }

  @Test
  void theExceptionsNameRulesOfTheCatalogue() {
    Set<String> codes = codes().collect(Collectors.toSet());
    assertThat(codes).containsAll(ALSO_REPORTED.keySet());
    ALSO_REPORTED.values().forEach(also -> assertThat(codes).containsAll(also));
    RuleDescriptor limits = rule(CompilerRules.LIMIT_EXCEEDED);
    assertThat(listLimit(limits.failingExample())).isPresent();
    assertThat(listLimit(limits.passingExample())).isPresent();
  }

  /**
   * The checker an example is linted with: the defaults, except for SUR003's examples, which are
   * linted with the {@code maxListItems} they name.
   */
  private static Surety checker(String code, String example) {
    if (!code.equals(CompilerRules.LIMIT_EXCEEDED)) {
      return Surety.create();
    }
    int limit = listLimit(example).orElseThrow(
        () -> new AssertionError(code + "'s examples name the maxListItems they are linted with"));
    return Surety.builder().compilerOptions(CompilerOptions.builder()
        .limits(Limits.builder().maxListItems(limit).build()).build()).build();
  }

  private static Optional<Integer> listLimit(String example) {
    Matcher m = LIST_LIMIT.matcher(example);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }
}

package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.RuleDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** In the manner of Checkstyle's AllChecksTest: every code has a home, documentation and tests. */
class CatalogueTest {
  /** The codes issue #3 gives this module: every code of RULES.md that the compiler does not own. */
  static Set<String> owned() {
    Set<String> all = new TreeSet<>();
    all.add("SUR004");
    for (int i = 103; i <= 116; i++) {
      all.add("SUR" + i);
    }
    for (int i = 201; i <= 208; i++) {
      all.add("SUR" + i);
    }
    for (int i = 301; i <= 304; i++) {
      all.add("SUR" + i);
    }
    return all;
  }

  @Test
  void everyOwnedCodeHasExactlyOneHome() {
    List<String> codes = ValidationRules.all().stream().map(RuleDescriptor::code).toList();
    assertThat(new HashSet<>(codes)).as("no code used twice").hasSameSizeAs(codes);
    assertThat(new TreeSet<>(codes)).isEqualTo(owned());
    List<String> names = ValidationRules.all().stream().map(RuleDescriptor::name).toList();
    assertThat(new HashSet<>(names)).as("no name used twice").hasSameSizeAs(names);
  }

  @Test
  void everyCodeAndNameMatchesRulesMd() throws IOException {
    // the specification sits beside the clone: <clone>/../shared (tests run in validation/)
    Path spec = Path.of("..", "..", "shared", "spec", "RULES.md");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(spec), "RULES.md not available");
    String text = Files.readString(spec);
    Matcher m = Pattern.compile("\\| (SUR[0-9]{3}) \\| ([a-z-]+) \\| (error|warning|info) \\|").matcher(text);
    int seen = 0;
    while (m.find()) {
      if (owned().contains(m.group(1))) {
        RuleDescriptor d = ValidationRules.byCode(m.group(1)).orElseThrow();
        assertThat(d.name()).as(m.group(1)).isEqualTo(m.group(2));
        assertThat(d.defaultSeverity().spelling()).as(m.group(1)).isEqualTo(m.group(3));
        seen++;
      }
    }
    assertThat(seen).isEqualTo(owned().size());
  }

  @Test
  void everyRuleIsDocumented() {
    for (RuleDescriptor d : ValidationRules.all()) {
      assertThat(d.summary()).as(d.code()).isNotBlank().endsWith(".");
      assertThat(d.explanation().length()).as(d.code()).isGreaterThan(120);
      assertThat(d.failingExample()).as(d.code()).isNotBlank().isNotEqualTo(d.passingExample());
      assertThat(d.passingExample()).as(d.code()).isNotBlank();
    }
  }

  @Test
  void everyRuleHasAFailingAndAPassingTest() {
    assertThat(RuleCases.CASES.keySet()).containsExactlyInAnyOrderElementsOf(ValidationRules.codes());
  }

  @Test
  void everyConstraintIsAttachedOnceToTheModel() {
    for (ValidationRules.Entry e : ValidationRules.entries()) {
      boolean constraint = e.home().isAnnotationPresent(jakarta.validation.Constraint.class);
      assertThat(constraint).as(e.home().getSimpleName())
          .isEqualTo(e.target() != ValidationRules.Target.NONE);
    }
  }
}

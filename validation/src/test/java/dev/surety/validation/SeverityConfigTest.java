package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeverityConfigTest {
  private final List<Diagnostic> budapest = SuretyValidator.shared().validate(Examples.budapest());

  @Test
  void offDropsAndLevelsChange() {
    SeverityConfig config = SeverityConfig.parse(Map.of("SUR107", "off", "sur204", "ERROR", "SUR115", "warning"), ValidationRules.all());
    List<Diagnostic> out = config.apply(budapest);
    assertThat(out).extracting(Diagnostic::code).doesNotContain("SUR107");
    assertThat(out).filteredOn(d -> d.code().equals("SUR204")).hasSize(3)
        .allMatch(d -> d.severity() == Severity.ERROR);
    assertThat(out).filteredOn(d -> d.code().equals("SUR115")).allMatch(d -> d.severity() == Severity.WARNING);
    assertThat(config.asMap()).containsEntry("SUR107", "off").containsEntry("SUR204", "error");
  }

  @Test
  void defaultsChangeNothing() {
    assertThat(SeverityConfig.defaults().apply(budapest)).isEqualTo(budapest);
  }

  @Test
  void aRuleThatIsAlwaysAnErrorCanOnlyBeSetToError() {
    RuleDescriptor syntax = RuleDescriptor.builder().code("SUR001").name("syntax-error")
        .defaultSeverity(Severity.ERROR).summary("s").explanation("e").failingExample("f")
        .passingExample("p").configurable(false).build();
    List<RuleDescriptor> rules = List.of(syntax);
    assertThat(SeverityConfig.parse(Map.of("sur001", "Error"), rules).asMap())
        .containsExactly(Map.entry("SUR001", "error"));
    for (String level : List.of("off", "warning", "info")) {
      assertThatThrownBy(() -> SeverityConfig.parse(Map.of("SUR001", level), rules))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("SUR001 (syntax-error) is always an error and cannot be set to "
              + level + ": a draft with it is compiled without what its text says there")
          .hasMessageEndingWith("; fix the text instead");
    }
  }

  @Test
  void unknownCodesAndLevelsAreRejectedByName() {
    assertThatThrownBy(() -> SeverityConfig.parse(Map.of("SUR999", "off"), ValidationRules.all()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUR999");
    assertThatThrownBy(() -> SeverityConfig.parse(Map.of("SUR107", "fatal"), ValidationRules.all()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUR107").hasMessageContaining("fatal");
  }

  @Test
  void codesAreLookedUpWhateverTheirCase() {
    SeverityConfig config = SeverityConfig.parse(Map.of("sur107", "off", "Sur204", "info"), ValidationRules.all());
    assertThat(config.isOff("sur107")).isTrue();
    assertThat(config.isOff("SUR107")).isTrue();
    assertThat(config.isOff("SUR204")).isFalse();
    assertThat(config.level(" sur204 ")).contains(java.util.Optional.of(Severity.INFO));
    assertThat(config.level("SUR115")).isEmpty();
  }

  @Test
  void aCodeGivenTwiceInDifferentCaseIsRejectedRatherThanOneWinningSilently() {
    Map<String, String> twice = new java.util.LinkedHashMap<>();
    twice.put("SUR107", "off");
    twice.put("sur107", "error");
    assertThatThrownBy(() -> SeverityConfig.parse(twice, ValidationRules.all()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SUR107 is configured twice, once as 'sur107'; codes are matched whatever their case, so keep one");
  }
}

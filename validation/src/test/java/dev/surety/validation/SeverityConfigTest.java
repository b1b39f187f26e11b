package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeverityConfigTest {
  private final List<Diagnostic> budapest = SuretyValidator.shared().validate(Examples.budapest());

  @Test
  void offDropsAndLevelsChange() {
    SeverityConfig config = SeverityConfig.parse(Map.of("SUR107", "off", "sur204", "ERROR", "SUR115", "warning"), ValidationRules.codes());
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
  void compilerCodesAreAccepted() {
    assertThat(SeverityConfig.parse(Map.of("SUR006", "error"), Set.of("SUR006")).asMap()).containsEntry("SUR006", "error");
  }

  @Test
  void unknownCodesAndLevelsAreRejectedByName() {
    assertThatThrownBy(() -> SeverityConfig.parse(Map.of("SUR999", "off"), ValidationRules.codes()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUR999");
    assertThatThrownBy(() -> SeverityConfig.parse(Map.of("SUR107", "fatal"), ValidationRules.codes()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SUR107").hasMessageContaining("fatal");
  }
}

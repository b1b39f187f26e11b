package dev.surety.cli.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutputNamesTest {

  @Test
  void slugsAreLowerCaseAsciiWithSingleHyphens() {
    assertThat(OutputNames.slug("US–Ukraine Security Agreement (2024)"))
        .isEqualTo("us-ukraine-security-agreement-2024");
    assertThat(OutputNames.slug("  Budapest   Memorandum  ")).isEqualTo("budapest-memorandum");
    assertThat(OutputNames.slug("Garantía de Seguridad — Ñandú")).isEqualTo("garantia-de-seguridad-nandu");
  }

  @Test
  void pathsAndControlCharactersNeverSurvive() {
    assertThat(OutputNames.slug("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(OutputNames.slug("..\\windows\\system32")).isEqualTo("windows-system32");
    assertThat(OutputNames.slug("a\u0000b")).isEqualTo("a-b");
    assertThat(OutputNames.slug("..")).isEqualTo("arrangement");
    assertThat(OutputNames.slug("")).isEqualTo("arrangement");
    assertThat(OutputNames.slug("Україна")).isEqualTo("arrangement");
  }

  @Test
  void reservedDeviceNamesAreAvoided() {
    assertThat(OutputNames.slug("CON")).isEqualTo("con-arrangement");
    assertThat(OutputNames.slug("nul")).isEqualTo("nul-arrangement");
    assertThat(OutputNames.slug("LPT1")).isEqualTo("lpt1-arrangement");
    assertThat(OutputNames.slug("Console")).isEqualTo("console");
  }

  @Test
  void longTitlesAreCut() {
    String slug = OutputNames.slug("word ".repeat(40));
    assertThat(slug).hasSizeLessThanOrEqualTo(OutputNames.MAX_SLUG).doesNotEndWith("-");
  }

  @Test
  void collisionsAreNumberedInOrder() {
    assertThat(OutputNames.allocate(List.of("Plan A", "plan a", "Plan-A", "")))
        .containsExactly("plan-a.json", "plan-a-2.json", "plan-a-3.json", "arrangement.json");
    // a title whose own name is plan-a-2 keeps it; the repeats of plan-a go round it
    assertThat(OutputNames.allocate(List.of("Plan A", "plan a", "Plan-A", "plan a 2", "")))
        .containsExactly("plan-a.json", "plan-a-3.json", "plan-a-4.json", "plan-a-2.json",
            "arrangement.json");
  }
}

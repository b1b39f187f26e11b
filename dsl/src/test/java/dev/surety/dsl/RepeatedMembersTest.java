package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An id named twice in a declaration's list (a coalition's members or leaders, an organisation's
 * {@code veto} or {@code members}) is one SUR102, and counts once: {@code UK, UK; size 2} names
 * one member of two (SUR109).
 */
class RepeatedMembersTest {

  private static final String DRAFT = """
      party UK "United Kingdom".
      party FR "France".
      arrangement "T" {
        kind assurance.
        dated 2025-01-01.
        instrument agreement.
        beneficiary UA.
        party UA "Ukraine".
        %s
        CW military aid: air defence.
        duration 15 years.
        withdrawal notice 12 months.
      }
      """;

  private static List<Diagnostic> check(String declaration) {
    return Surety.create().check(DRAFT.formatted(declaration), "draft.surety").diagnostics();
  }

  @Test
  void aMemberNamedTwiceIsReportedOnceAndCountsOnceAgainstTheSize() {
    List<Diagnostic> found = check("coalition CW \"C\": UK, UK; size 2.");
    assertThat(found).extracting(Diagnostic::code).containsExactly("SUR102", "SUR109");
    assertThat(found.get(0)).satisfies(d -> {
      assertThat(d.message())
          .isEqualTo("`UK` is named again among the members of coalition CW; it counts once");
      assertThat(d.help()).hasValue("delete the second `UK`, or name the member you meant");
      assertThat(d.range().startLine()).isEqualTo(9);
      assertThat(d.range().startColumn()).isEqualTo(25);
      assertThat(d.related()).singleElement()
          .satisfies(r -> assertThat(r.range().startColumn()).isEqualTo(21));
    });
    assertThat(found.get(1).message())
        .isEqualTo("coalition CW \"C\" names 1 member (UK, named twice) of its intended 2");
  }

  @Test
  void distinctMembersAsManyAsTheSizeReportNothing() {
    assertThat(check("coalition CW \"C\": UK, FR; size 2.")).isEmpty();
  }

  @Test
  void leadersAndVetoesNamedTwiceAreReportedToo() {
    assertThat(check("coalition CW \"C\": UK, FR; led by FR, FR.\n"
        + "  organisation O \"O\"; veto UK, FR, UK; members UK, FR."))
        .extracting(Diagnostic::message).containsExactly(
            "`FR` is named again among the leaders of coalition CW; it counts once",
            // O is declared and never referred to (at the declaration, before its veto)
            "organisation O \"O\" is declared in arrangement \"T\" but never referred to",
            "`UK` is named again among those who hold a veto in organisation O; it counts once");
  }

  @Test
  void aThreatNamedTwiceInAVetoIsNamedOnceWhereTheVetoIsJudged() {
    Report report = Surety.create().check("""
        party RU "Russia".
        organisation UNSC "UN Security Council"; veto RU, RU.
        arrangement "T" {
          kind guarantee.
          dated 2025-01-01.
          instrument treaty.
          beneficiary UA.
          against RU.
          party UA "Ukraine".
          party UK "United Kingdom".
          trigger attack: armed attack; by RU.
          UK presence: air; on attack; immediate; through UNSC.
          duration 15 years.
          withdrawal notice 12 months.
        }
        """, "draft.surety");
    assertThat(report.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("SUR102", "SUR205", "SUR206");
    assertThat(report.diagnostics().get(1).message()).endsWith(
        "lacks: it runs through UNSC where RU holds a veto");
    assertThat(report.diagnostics().get(2).message()).isEqualTo(
        "UK presence (line 12) runs through UN Security Council (UNSC), where the threat RU holds"
            + " a veto");
    assertThat(report.diagnostics().get(2).related()).hasSize(1);
    assertThat(report.assessments().get(0).scorecard().get(6).reason())
        .isEqualTo("UK presence (line 12) runs through UNSC where RU holds a veto");
  }
}

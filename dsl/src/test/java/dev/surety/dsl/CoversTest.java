package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.vocabulary.Domain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code covers} takes the domains of LANGUAGE.md section 4: a value near none of them is outside
 * its list (SUR005), as a {@code kind}, {@code status} or {@code instrument} would be; a near miss
 * is an unknown term (SUR111).
 */
class CoversTest {

  private static Report check(String covers) {
    return Surety.create().check("""
        arrangement "T" {
          kind guarantee.
          dated 2025-01-01.
          instrument treaty.
          beneficiary UA.
          %s
          party UA "Ukraine".
          party UK "United Kingdom".
          party RU "Russia".
          trigger attack: armed attack; by RU.
          UK backstop: land, air, sea; on attack; immediate.
          duration 15 years.
          withdrawal notice 12 months.
        }
        """.formatted(covers), "draft.surety");
  }

  private static List<Diagnostic> findings(Report report) {
    return report.diagnostics();
  }

  @Test
  void knownDomainsReportNothing() {
    Report report = check("covers land, air, sea.");
    assertThat(findings(report)).isEmpty();
    assertThat(report.arrangements().get(0).covers()).extracting(p -> p.term().orElseThrow())
        .containsExactly(Domain.LAND, Domain.AIR, Domain.SEA);
  }

  @Test
  void aDomainNearNoneIsAValueOutsideItsListAndIsLeftOut() {
    Report report = check("covers land, moon.");
    assertThat(findings(report)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR005");
      assertThat(d.message()).isEqualTo("`moon` in `covers` is not a domain");
      assertThat(d.help()).contains(
          "a domain is one of: land, air, sea, cyber, space, energy, finance");
      assertThat(d.range().startLine()).isEqualTo(6);
    });
    assertThat(report.arrangements().get(0).covers()).extracting(p -> p.text())
        .containsExactly("land");
    assertThat(report.arrangements().get(0).unread()).containsExactly("covers");
  }

  @Test
  void aDomainFurtherThanTwoEditsStillGetsADidYouMean() {
    assertThat(findings(check("covers financial."))).singleElement()
        .satisfies(d -> assertThat(d.message())
            .isEqualTo("`financial` in `covers` is not a domain; did you mean `finance`?"));
  }

  @Test
  void domainsJoinedWithAndAreWrittenWithCommas() {
    assertThat(findings(check("covers land and air, moon."))).satisfiesExactly(
        d -> {
          assertThat(d.code()).isEqualTo("SUR005");
          assertThat(d.message())
              .isEqualTo("`land and air` in `covers` is not a domain: domains are separated by `,`");
          assertThat(d.help()).contains("write `land, air`");
        },
        d -> assertThat(d.message()).isEqualTo("`moon` in `covers` is not a domain"));
  }

  @Test
  void aNearMissIsAnUnknownTermNotAnInvalidValue() {
    assertThat(findings(check("covers land, lnad."))).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR111");
      assertThat(d.message()).contains("`lnad`").contains("did you mean `land`?");
    });
  }
}

package dev.surety.dsl.diff;

import static dev.surety.dsl.diff.Drafts.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.model.Arrangement;
import org.junit.jupiter.api.Test;

/** Two drafts that differ only in layout, comments and declaration order: no change at all. */
class LayoutOnlyTest {

  /** {@link Drafts#BASE}, laid out differently, commented, every list and statement reordered. */
  static final String SHUFFLED =
      String.join(
          "\n",
          "// A reordered copy of the base draft.",
          "/* block comment",
          "   over two lines */",
          "arrangement \"Test\"",
          "{",
          "    covers air ,land .",
          "  against RU.      modeled on \"NATO Article 5\".",
          "  beneficiary UA.  // the protected party",
          "  instrument   treaty.",
          "  dated 2025-01-01.",
          "  status draft.",
          "  kind guarantee.",
          "",
          "",
          "  trigger hybrid: hybrid attack; by RU.",
          "  trigger attack: armed attack; by RU.",
          "  coalition CoW \"Coalition of the Willing\": FR, UK; size 10; led by UK.",
          "  organisation EU \"European Union\".",
          "  organisation UNSC \"UN Security Council\"; members UK; veto RU, US.",
          "  party RU \"Russian Federation\".",
          "  party FR \"France\".",
          "  party UK \"United Kingdom\"; legislature Parliament.",
          "  party US \"United States\"; legislature Congress.",
          "  party UA \"Ukraine\".",
          "  condition \"No use against RU territory\".",
          "  withdrawal notice 12 months.",
          "  duration 15 years; renewable.",
          "  limit UA armed forces: 900_000 personnel.",
          "  layer \"Support\" {",
          "    sustain UA   armed forces: 800_000 personnel.",
          "    US intelligence sharing: intelligence. /* trailing */",
          "  }",
          "  CoW presence: air, land; within 7 days; on attack.",
          "  FR, UK military aid: training; by 2027-01-01; for 10 years; annually EUR 3000 million.",
          "  US backstop:",
          "      aviation,",
          "      air defense;",
          "      requires Congress ratification;",
          "      as deemed necessary; within 3 days; on attack.",
          "}");

  @Test
  void layoutCommentsAndOrderMakeNoChange() {
    DraftDiff diff = Drafts.diff(BASE, SHUFFLED);
    assertThat(diff.changes()).as(DiffText.render(diff)).isEmpty();
    assertThat(diff.isEmpty()).as(DiffText.render(diff)).isTrue();
    assertThat(DiffText.render(diff)).contains("no change in meaning")
        .contains("0 changes: 0 strengthening, 0 weakening, 0 neutral");
  }

  @Test
  void theShuffledDraftReallyDiffersInText() {
    assertThat(Drafts.check(SHUFFLED, "s.surety").hasErrors()).isFalse();
    Arrangement base = Drafts.check(BASE, "b.surety").arrangements().get(0);
    Arrangement shuffled = Drafts.check(SHUFFLED, "s.surety").arrangements().get(0);
    assertThat(shuffled).isNotEqualTo(base);
    assertThat(SemanticDiff.compare(base, shuffled)).isEmpty();
    assertThat(SemanticDiff.compare(shuffled, base)).isEmpty();
  }

  @Test
  void anArrangementComparedWithItselfHasNoChange() {
    Arrangement base = Drafts.check(BASE, "b.surety").arrangements().get(0);
    assertThat(SemanticDiff.compare(base, base)).isEmpty();
  }
}

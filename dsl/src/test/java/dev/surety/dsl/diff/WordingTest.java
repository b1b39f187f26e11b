package dev.surety.dsl.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes are labelled as the drafter wrote the element (parties in the order written, the kind as
 * written), while they are matched by canonical identity; an identity that is not unique in a
 * version gets its line.
 */
class WordingTest {

  private static String draft(String... commitments) {
    return String.join("\n",
        "arrangement \"A\" {",
        "  kind assurance.",
        "  instrument treaty.",
        "  beneficiary UA.",
        "  party UA \"Ukraine\".",
        "  party UK \"United Kingdom\".",
        "  party US \"United States\".",
        "  trigger attack: armed attack.",
        String.join("\n", commitments),
        "  duration 10 years.",
        "  withdrawal notice 12 months.",
        "}",
        "");
  }

  @Test
  void aChangeIsLabelledAsTheNewVersionWritesTheCommitment() {
    DraftDiff diff = Drafts.diff(draft("  UK, US military aid: training; on attack."),
        draft("  US, UK arms supply: training; on attack; immediate."));
    List<Change> changes = diff.changes();
    assertThat(changes).as(DiffText.render(diff)).hasSize(1);
    assertThat(changes.get(0).identity()).isEqualTo("commitment US, UK arms supply");
    assertThat(DiffText.render(diff)).contains("  ~ commitment US, UK arms supply: response time added: immediate (");
  }

  @Test
  void aRemovedCommitmentIsShownAsTheOldVersionWroteIt() {
    DraftDiff diff = Drafts.diff(draft("  US, UK arms supply: \"artillery\"; on attack.", "  US backstop: air defence."),
        draft("  US backstop: air defence."));
    assertThat(DiffText.render(diff)).contains("  - US, UK arms supply: \"artillery\"; on attack (weakens: ");
    assertThat(diff.changes().get(0).identity()).isEqualTo("commitment US, UK arms supply");
  }

  @Test
  void aCommitmentWhoseIdentityIsNotUniqueGetsItsLine() {
    String one = "  US military aid: training.";
    String two = "  US military aid: artillery.";
    String three = "  US military aid: air defence.";
    DraftDiff diff = Drafts.diff(draft(one, two, three),
        draft(one, "  US military aid: artillery; annually USD 1 billion.", three));
    List<Change> changes = diff.changes();
    assertThat(changes).as(DiffText.render(diff)).hasSize(1);
    assertThat(changes.get(0).line()).contains(10);
    assertThat(DiffText.render(diff)).contains("  ~ commitment US military aid (line 10): annually added: USD 1 billion (");
    // a unique one does not
    diff = Drafts.diff(draft(one), draft("  US military aid: training; annually USD 1 billion."));
    assertThat(diff.changes().get(0).line()).isEmpty();
    assertThat(DiffText.render(diff)).contains("  ~ commitment US military aid: annually added");
    // removed: the old version's line
    diff = Drafts.diff(draft(one, two, three), draft(one, three));
    assertThat(DiffText.render(diff)).contains("  - US military aid: artillery (line 10) (weakens: ");
  }
}

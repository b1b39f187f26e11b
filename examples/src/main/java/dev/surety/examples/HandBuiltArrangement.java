package dev.surety.examples;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Condition;
import dev.surety.core.model.Located;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.Reference;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Status;
import java.time.LocalDate;

/**
 * An arrangement built in Java with the model's builders, as an application that holds its
 * arrangements in a database or a form would build them: the US–Ukraine guarantee as reported in
 * January 2026, statement for statement the draft {@code drafts/us-ukraine-guarantee-2026.surety}
 * (whose comments cite the reports each statement comes from). Built by hand, it has no source
 * ranges; the validator judges it as it judges the compiled draft.
 */
public final class HandBuiltArrangement {

  /** The title, as in the draft file. */
  public static final String TITLE =
      "US-Ukraine Bilateral Security Guarantee (draft, as reported January 2026)";

  private HandBuiltArrangement() {}

  /** The US–Ukraine guarantee as reported in January 2026. */
  public static Arrangement usUkraineGuarantee2026() {
    Party ukraine = Party.builder().id("UA").name("Ukraine")
        .addLegislatures(Located.of("Verkhovna Rada")).build();
    Party unitedStates = Party.builder().id("US").name("United States")
        .addLegislatures(Located.of("Congress"), Located.of("Senate")).build();
    Party russia = Party.builder().id("RU").name("Russian Federation").build();
    Reference us = Reference.of("US");

    return Arrangement.builder()
        .title(TITLE)
        .kind(Located.of(ArrangementKind.GUARANTEE))
        .status(Located.of(Status.DRAFT))
        .dated(Located.of(LocalDate.of(2026, 1, 8)))
        .addBeneficiaries(Reference.of("UA"))
        .addAgainst(Reference.of("RU"))
        .addCovers(Phrase.of(Domain.LAND), Phrase.of(Domain.AIR), Phrase.of(Domain.SEA))
        .modeledOn(Located.of("NATO Article 5 (Article 5-like, not Article 5 itself)"))
        .addParties(ukraine, unitedStates, russia)
        .addCommitments(
            Commitment.builder().addParties(us).kind(Phrase.of(CommitmentKind.MILITARY_AID)).build(),
            Commitment.builder().addParties(us)
                .kind(Phrase.of(CommitmentKind.INTELLIGENCE_SHARING)).build(),
            Commitment.builder().addParties(us).kind(Phrase.of(CommitmentKind.COOPERATION))
                .addItems(Phrase.<ItemTerm>builder().text("security co-operation").quoted(true).build())
                .build())
        .addConditions(
            Condition.of("Pending approval at the highest political level (reported 8 January 2026)"))
        .build();
  }
}

package dev.surety.dsl.diff;

import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;

/** The base draft the impact-table tests edit, and helpers to check and diff drafts. */
final class Drafts {
  private Drafts() {}

  static final Surety SURETY = Surety.create();

  static final String BASE =
      String.join(
          "\n",
          "arrangement \"Test\" {",
          "  kind guarantee.",
          "  status draft.",
          "  dated 2025-01-01.",
          "  instrument treaty.",
          "  beneficiary UA.",
          "  against RU.",
          "  covers land, air.",
          "  modeled on \"NATO Article 5\".",
          "",
          "  party UA \"Ukraine\".",
          "  party US \"United States\"; legislature Congress.",
          "  party UK \"United Kingdom\"; legislature Parliament.",
          "  party FR \"France\".",
          "  party RU \"Russian Federation\".",
          "  organisation UNSC \"UN Security Council\"; veto US, RU; members UK.",
          "  organisation EU \"European Union\".",
          "  coalition CoW \"Coalition of the Willing\": UK, FR; led by UK; size 10.",
          "  trigger attack: armed attack; by RU.",
          "  trigger hybrid: hybrid attack; by RU.",
          "",
          "  US backstop: air defence, aviation; on attack; within 72 hours; as deemed necessary;"
              + " requires Congress ratification.",
          "  UK, FR military aid: training; annually EUR 3 billion; for 10 years; by 2027-01-01.",
          "  CoW presence: land, air; on attack; within 7 days.",
          "  layer \"Support\" {",
          "    US intelligence sharing: intelligence.",
          "    sustain UA armed forces: 800000 personnel.",
          "  }",
          "  limit UA armed forces: 900000 personnel.",
          "",
          "  duration 15 years; renewable.",
          "  withdrawal notice 12 months.",
          "  condition \"No use against RU territory\".",
          "}",
          "");

  static Report check(String text, String name) {
    return SURETY.check(text, name);
  }

  static DraftDiff diff(String before, String after) {
    return DraftDiff.of(check(before, "before.surety"), check(after, "after.surety"));
  }
}

package dev.surety.cli;

/** Drafts for the command tests: one clean, one with a warning only, one with a syntax error. */
public final class Drafts {

  /** A guarantee that every rule accepts. */
  public static final String CLEAN = """
      arrangement "Nordic Shield" {
        kind guarantee.
        instrument treaty.
        beneficiary FI.
        against RU.

        party FI "Finland".
        party SE "Sweden".
        party RU "Russian Federation".

        trigger attack: armed attack; by RU.

        SE mutual defence: air defence, aviation; on attack; immediate.

        duration indefinite.
        withdrawal notice 12 months.
      }
      """;

  /** The clean draft without its duration: SUR107 (missing-duration), a warning, only. */
  public static final String WARNING = """
      arrangement "Nordic Shield, undated" {
        kind guarantee.
        instrument treaty.
        beneficiary FI.
        against RU.

        party FI "Finland".
        party SE "Sweden".
        party RU "Russian Federation".

        trigger attack: armed attack; by RU.

        SE mutual defence: air defence, aviation; on attack; immediate.

        // TODO duration
        withdrawal notice 12 months.
      }
      """;

  /** A statement without its full stop: SUR001 (syntax-error) on line 2. */
  public static final String BROKEN = """
      arrangement "Broken" {
        kind guarantee BROKEN
      }
      """;

  private Drafts() {}

  /** The clean draft under another title (for many distinct files). */
  public static String clean(String title) {
    return CLEAN.replace("Nordic Shield", title);
  }
}

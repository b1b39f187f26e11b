package dev.surety.core.vocabulary;

/** The categories of commitment kinds (LANGUAGE.md section 4, RULES.md terms). */
public enum KindCategory {
  /** The guarantor's own forces act. */
  MILITARY_RESPONSE("military (response)"),
  /** Ongoing military help without the guarantor's forces fighting. */
  MILITARY_SUPPORT("military (support)"),
  ECONOMIC("economic"),
  POLITICAL("political"),
  VAGUE("vague");

  private final String label;

  KindCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isMilitary() {
    return this == MILITARY_RESPONSE || this == MILITARY_SUPPORT;
  }

  /** Political or vague: the commitments of an assurance, not of a guarantee. */
  public boolean isWeak() {
    return this == POLITICAL || this == VAGUE;
  }

  @Override
  public String toString() {
    return label;
  }
}

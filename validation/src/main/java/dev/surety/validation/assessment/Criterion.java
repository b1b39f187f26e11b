package dev.surety.validation.assessment;

/** The seven lines of the Article 5 scorecard, in order. */
public enum Criterion {
  OBLIGATION_TO_ACT("obligation-to-act", "obligation to act on an attack"),
  OWN_FORCES("own-forces", "own forces"),
  PROMPT("prompt", "prompt"),
  LEGALLY_BINDING("legally-binding", "legally binding"),
  DURABLE("durable", "durable"),
  INDEPENDENT_GUARANTORS("independent-guarantors", "independent guarantors"),
  VETO_FREE("veto-free", "free of a threat's veto");

  private final String id;
  private final String title;

  Criterion(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The kebab-case id used in every output format. */
  public String id() {
    return id;
  }

  /** The line as RULES.md words it. */
  public String title() {
    return title;
  }
}

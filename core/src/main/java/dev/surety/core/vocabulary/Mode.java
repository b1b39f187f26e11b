package dev.surety.core.vocabulary;

import java.util.List;

/** How a commitment responds: whether it must act, and who decides the means. */
public enum Mode implements Term {
  AUTOMATIC("automatic", true),
  AS_DEEMED_NECESSARY("as deemed necessary", true),
  AFTER_CONSULTATION("after consultation", false),
  AT_DISCRETION("at discretion", false);

  private final String canonical;
  private final boolean obligation;

  Mode(String canonical, boolean obligation) {
    this.canonical = canonical;
    this.obligation = obligation;
  }

  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public List<String> aliases() {
    return List.of();
  }

  /** Whether the mode obliges the party to act ({@code automatic}, {@code as deemed necessary}). */
  public boolean isObligation() {
    return obligation;
  }

  @Override
  public String toString() {
    return canonical;
  }
}

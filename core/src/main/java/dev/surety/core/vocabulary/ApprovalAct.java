package dev.surety.core.vocabulary;

import java.util.List;

/** What a legislature must do for a commitment to bind. */
public enum ApprovalAct implements Term {
  RATIFICATION("ratification"),
  APPROVAL("approval");

  private final String canonical;
  private final List<String> aliases;

  ApprovalAct(String canonical, String... aliases) {
    this.canonical = canonical;
    this.aliases = List.of(aliases);
  }

  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public List<String> aliases() {
    return aliases;
  }

  @Override
  public String toString() {
    return canonical;
  }
}

package dev.surety.core.vocabulary;

import java.util.List;

/** Where the text stands ({@code status}). */
public enum Status implements Term {
  DRAFT("draft"),
  INITIALLED("initialled"),
  SIGNED("signed"),
  RATIFIED("ratified"),
  IN_FORCE("in force"),
  TERMINATED("terminated");

  private final String canonical;
  private final List<String> aliases;

  Status(String canonical, String... aliases) {
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

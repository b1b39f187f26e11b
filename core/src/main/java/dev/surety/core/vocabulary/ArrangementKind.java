package dev.surety.core.vocabulary;

import java.util.List;

/** What the drafters claim the text is ({@code kind}). */
public enum ArrangementKind implements Term {
  GUARANTEE("guarantee"),
  ASSURANCE("assurance"),
  PARTNERSHIP("partnership"),
  DECLARATION("declaration");

  private final String canonical;
  private final List<String> aliases;

  ArrangementKind(String canonical, String... aliases) {
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

package dev.surety.core.vocabulary;

import java.util.List;

/** A promise about the size of a force: to sustain at least, or to limit to at most. */
public enum ForceLevelType implements Term {
  SUSTAIN("sustain"),
  LIMIT("limit");

  private final String canonical;
  private final List<String> aliases;

  ForceLevelType(String canonical, String... aliases) {
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

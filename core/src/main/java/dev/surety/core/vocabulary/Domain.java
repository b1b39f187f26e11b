package dev.surety.core.vocabulary;

import java.util.List;

/** A domain an arrangement promises to cover ({@code covers}), also usable as an item. */
public enum Domain implements Term {
  LAND("land"),
  AIR("air"),
  SEA("sea"),
  CYBER("cyber"),
  SPACE("space"),
  ENERGY("energy"),
  FINANCE("finance", "finances");

  private final String canonical;
  private final List<String> aliases;

  Domain(String canonical, String... aliases) {
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

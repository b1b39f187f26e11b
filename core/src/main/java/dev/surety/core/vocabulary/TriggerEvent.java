package dev.surety.core.vocabulary;

import java.util.List;

/** The known events that activate commitments. */
public enum TriggerEvent implements Term {
  ARMED_ATTACK("armed attack"),
  AGGRESSION("aggression"),
  RESUMPTION_OF_HOSTILITIES("resumption of hostilities"),
  CEASEFIRE_VIOLATION("ceasefire violation"),
  NUCLEAR_THREAT("nuclear threat"),
  NUCLEAR_ATTACK("nuclear attack"),
  HYBRID_ATTACK("hybrid attack"),
  BLOCKADE("blockade");

  private final String canonical;
  private final List<String> aliases;

  TriggerEvent(String canonical, String... aliases) {
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

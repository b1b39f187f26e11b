package dev.surety.core.vocabulary;

import java.util.List;

/** The kinds of commitment, with their category and whether they are restraints. */
public enum CommitmentKind implements Term {
  MUTUAL_DEFENCE("mutual defence", KindCategory.MILITARY_RESPONSE, false, "collective defence", "defence"),
  BACKSTOP("backstop", KindCategory.MILITARY_RESPONSE, false),
  PRESENCE("presence", KindCategory.MILITARY_RESPONSE, false, "troops", "reassurance force", "peacekeeping"),
  MILITARY_AID("military aid", KindCategory.MILITARY_SUPPORT, false, "arms supply", "weapons"),
  INTELLIGENCE_SHARING("intelligence sharing", KindCategory.MILITARY_SUPPORT, false),
  TRAINING("training", KindCategory.MILITARY_SUPPORT, false),
  DEFENCE_PRODUCTION("defence production", KindCategory.MILITARY_SUPPORT, false),
  MONITORING("monitoring", KindCategory.MILITARY_SUPPORT, false),
  BASING("basing", KindCategory.MILITARY_SUPPORT, false),
  ECONOMIC_SUPPORT("economic support", KindCategory.ECONOMIC, false),
  FINANCIAL_SUPPORT("financial support", KindCategory.ECONOMIC, false),
  SANCTIONS("sanctions", KindCategory.ECONOMIC, false),
  RECONSTRUCTION("reconstruction", KindCategory.ECONOMIC, false),
  ACCESSION("accession", KindCategory.ECONOMIC, false),
  CONSULTATION("consultation", KindCategory.POLITICAL, false),
  DIPLOMATIC_SUPPORT("diplomatic support", KindCategory.POLITICAL, false),
  SECURITY_COUNCIL_ACTION("security council action", KindCategory.POLITICAL, false),
  RESPECT("respect", KindCategory.POLITICAL, true),
  NON_AGGRESSION("non-aggression", KindCategory.POLITICAL, true),
  NO_COERCION("no coercion", KindCategory.POLITICAL, true),
  NO_NUCLEAR_USE("no nuclear use", KindCategory.POLITICAL, true),
  NEUTRALITY("neutrality", KindCategory.POLITICAL, true),
  NON_ACCESSION("non-accession", KindCategory.POLITICAL, true),
  SUPPORT("support", KindCategory.VAGUE, false),
  ASSISTANCE("assistance", KindCategory.VAGUE, false),
  SOLIDARITY("solidarity", KindCategory.VAGUE, false),
  COOPERATION("cooperation", KindCategory.VAGUE, false, "co-operation");

  private final String canonical;
  private final KindCategory category;
  private final boolean restraint;
  private final List<String> aliases;

  CommitmentKind(String canonical, KindCategory category, boolean restraint, String... aliases) {
    this.canonical = canonical;
    this.category = category;
    this.restraint = restraint;
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

  public KindCategory category() {
    return category;
  }

  /**
   * A promise to refrain ({@code respect}, {@code non-aggression}, ...): a party that makes only
   * restraints is not a guarantor.
   */
  public boolean isRestraint() {
    return restraint;
  }

  /** A military response kind: the guarantor's own forces act. */
  public boolean isResponse() {
    return category == KindCategory.MILITARY_RESPONSE;
  }

  @Override
  public String toString() {
    return canonical;
  }
}

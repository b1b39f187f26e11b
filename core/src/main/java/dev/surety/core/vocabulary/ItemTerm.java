package dev.surety.core.vocabulary;

import java.util.List;
import java.util.Optional;

/** The known items of a commitment: capabilities, domains and objects of the promise. */
public enum ItemTerm implements Term {
  AIR_DEFENCE("air defence", null),
  AVIATION("aviation", null),
  INTELLIGENCE("intelligence", null),
  LONG_RANGE_FIRES("long-range fires", null),
  TRAINING("training", null),
  LAND("land", Domain.LAND),
  AIR("air", Domain.AIR),
  SEA("sea", Domain.SEA),
  CYBER("cyber", Domain.CYBER),
  SPACE("space", Domain.SPACE),
  ENERGY("energy", Domain.ENERGY),
  FINANCE("finance", Domain.FINANCE, "finances"),
  MEMBERSHIP("membership", null),
  INDEPENDENCE("independence", null),
  SOVEREIGNTY("sovereignty", null),
  EXISTING_BORDERS("existing borders", null);

  private final String canonical;
  private final Domain domain;
  private final List<String> aliases;

  ItemTerm(String canonical, Domain domain, String... aliases) {
    this.canonical = canonical;
    this.domain = domain;
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

  /** The domain this item names, when it is one ({@code land}, {@code air}, ...). */
  public Optional<Domain> domain() {
    return Optional.ofNullable(domain);
  }

  @Override
  public String toString() {
    return canonical;
  }
}

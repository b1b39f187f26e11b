package dev.surety.core.vocabulary;

import java.math.BigDecimal;
import java.util.List;

/** The scale words of an amount of money. */
public enum MoneyScale implements Term {
  THOUSAND("thousand", new BigDecimal("1000")),
  MILLION("million", new BigDecimal("1000000")),
  BILLION("billion", new BigDecimal("1000000000"));

  private final String canonical;
  private final BigDecimal multiplier;

  MoneyScale(String canonical, BigDecimal multiplier) {
    this.canonical = canonical;
    this.multiplier = multiplier;
  }

  @Override
  public String canonical() {
    return canonical;
  }

  @Override
  public List<String> aliases() {
    return List.of();
  }

  public BigDecimal multiplier() {
    return multiplier;
  }

  @Override
  public String toString() {
    return canonical;
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.MoneyScale;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** An amount of money: {@code EUR 3 billion}. The currency is an ISO 4217 code. */
@Value.Immutable
public abstract class Money {

  public abstract String currency();

  /** The number as written, before the scale. */
  public abstract BigDecimal amount();

  public abstract Optional<MoneyScale> scale();

  @Value.Default
  @Value.Auxiliary
  public SourceRange range() {
    return SourceRange.NONE;
  }

  public static ImmutableMoney.Builder builder() {
    return ImmutableMoney.builder();
  }

  @Value.Check
  protected void check() {
    if (amount().signum() < 0) {
      throw new IllegalArgumentException("an amount of money cannot be negative: " + amount());
    }
  }

  /** The amount with its scale applied ({@code EUR 3 billion} is 3,000,000,000). */
  public BigDecimal value() {
    return scale().map(s -> amount().multiply(s.multiplier())).orElse(amount());
  }

  @Override
  public String toString() {
    return currency() + " " + amount().toPlainString() + scale().map(s -> " " + s.canonical()).orElse("");
  }
}

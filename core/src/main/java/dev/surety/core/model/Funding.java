package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import org.immutables.value.Value;

/** A commitment's money: {@code annually EUR 3 billion} or {@code total USD 38 billion}. */
@Value.Immutable
public interface Funding {

  enum Type {
    ANNUALLY("annually"),
    TOTAL("total");

    private final String keyword;

    Type(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  Type type();

  Money money();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static Funding of(Type type, Money money) {
    return ImmutableFunding.builder().type(type).money(money).build();
  }

  static ImmutableFunding.Builder builder() {
    return ImmutableFunding.builder();
  }
}

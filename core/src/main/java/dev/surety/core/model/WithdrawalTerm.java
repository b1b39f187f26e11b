package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.Optional;
import org.immutables.value.Value;

/** {@code withdrawal notice 12 months.}, or {@code withdrawal at will.} when the notice is empty. */
@Value.Immutable
public interface WithdrawalTerm {

  Optional<Duration> notice();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static WithdrawalTerm notice(Duration notice) {
    return ImmutableWithdrawalTerm.builder().notice(notice).build();
  }

  static WithdrawalTerm atWill() {
    return ImmutableWithdrawalTerm.builder().build();
  }

  default boolean isAtWill() {
    return notice().isEmpty();
  }
}

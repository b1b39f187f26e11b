package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ApprovalAct;
import org.immutables.value.Value;

/**
 * {@code requires Congress ratification}: the commitment (or the whole arrangement) takes effect
 * only with that body's ratification or approval.
 */
@Value.Immutable
public interface RatificationRequirement {

  /** The body whose act is required, as written ({@code Congress}, {@code "Verkhovna Rada"}). */
  String body();

  ApprovalAct act();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static RatificationRequirement of(String body, ApprovalAct act) {
    return ImmutableRatificationRequirement.builder().body(body).act(act).build();
  }

  static ImmutableRatificationRequirement.Builder builder() {
    return ImmutableRatificationRequirement.builder();
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import java.util.List;
import org.immutables.value.Value;

/**
 * A body such as the EU, NATO or the UN Security Council: {@code organisation UNSC "UN Security
 * Council"; veto US, UK, RU.} {@code veto} lists the members that can block its action.
 */
@Value.Immutable
public interface Organisation extends Actor {

  @Override
  String id();

  @Override
  String name();

  List<Reference> veto();

  List<Reference> members();

  @Override
  @Value.Default
  default boolean shared() {
    return false;
  }

  @Override
  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static ImmutableOrganisation.Builder builder() {
    return ImmutableOrganisation.builder();
  }

  default boolean hasVeto(String id) {
    return veto().stream().anyMatch(r -> r.id().equals(id));
  }

  @Override
  default String keyword() {
    return "organisation";
  }
}

package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import org.immutables.value.Value;

/** {@code only in "..."} or {@code excluding "..."}: where a commitment applies. */
@Value.Immutable
public interface GeographicLimit {

  enum Type {
    ONLY_IN("only in"),
    EXCLUDING("excluding");

    private final String keyword;

    Type(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }
  }

  Type type();

  String area();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  static GeographicLimit of(Type type, String area) {
    return ImmutableGeographicLimit.builder().type(type).area(area).build();
  }

  static ImmutableGeographicLimit.Builder builder() {
    return ImmutableGeographicLimit.builder();
  }
}

package dev.surety.validation;

/**
 * The validation groups of the catalogue, one per family of RULES.md. A rule's group follows from
 * the hundreds digit of its code, so it is never written twice.
 */
public final class Groups {
  private Groups() {}

  /** SUR1xx: is everything there that a security arrangement needs? */
  public interface Completeness {}

  /** SUR2xx: does it bind, and whom? */
  public interface Bindingness {}

  /** SUR3xx: does it contradict itself? */
  public interface Consistency {}

  /** Every group, in the order they run. */
  public static final Class<?>[] ALL = {Completeness.class, Bindingness.class, Consistency.class};

  /** The group of a rule code. */
  public static Class<?> ofCode(String code) {
    switch (code.charAt(3)) {
      case '1':
        return Completeness.class;
      case '2':
        return Bindingness.class;
      case '3':
        return Consistency.class;
      default:
        throw new IllegalArgumentException("no validation group for " + code);
    }
  }
}

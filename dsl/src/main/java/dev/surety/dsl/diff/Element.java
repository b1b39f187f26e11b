package dev.surety.dsl.diff;

import java.util.Locale;

/** The kind of element a change is about, in the order changes are reported. */
public enum Element {
  ARRANGEMENT,
  HEADER,
  PARTY,
  ORGANISATION,
  COALITION,
  TRIGGER,
  LAYER,
  COMMITMENT,
  FORCE_LEVEL,
  TERM;

  /** {@code party}, {@code force level}, ... */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}

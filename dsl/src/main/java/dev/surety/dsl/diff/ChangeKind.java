package dev.surety.dsl.diff;

import java.util.Locale;

/** Whether an element appeared, disappeared or changed. */
public enum ChangeKind {
  ADDED("+"),
  REMOVED("-"),
  CHANGED("~");

  private final String sign;

  ChangeKind(String sign) {
    this.sign = sign;
  }

  /** {@code added}, {@code removed}, {@code changed}. */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sign the text output starts the line with: {@code +}, {@code -}, {@code ~}. */
  public String sign() {
    return sign;
  }
}

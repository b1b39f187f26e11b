package dev.surety.core.vocabulary;

/** Whether an instrument binds its parties in law or only politically. */
public enum BindingLevel {
  LEGAL,
  POLITICAL
}

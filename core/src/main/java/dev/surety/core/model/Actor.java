package dev.surety.core.model;

/** A party, organisation or coalition: something that can commit. They share one namespace. */
public interface Actor extends Declaration {

  /** The full name, as in {@code party US "United States"}. */
  String name();
}

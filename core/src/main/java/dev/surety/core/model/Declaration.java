package dev.surety.core.model;

import dev.surety.core.source.SourceRange;

/** Something declared with an id: a party, organisation, coalition or trigger. */
public interface Declaration {

  String id();

  /**
   * Whether it was declared at file level (outside any arrangement), and so is shared with every
   * arrangement of the file and of the files that include it.
   */
  boolean shared();

  SourceRange range();

  /** The word the language uses for this kind of declaration ({@code party}, ...). */
  String keyword();
}

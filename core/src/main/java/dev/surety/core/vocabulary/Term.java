package dev.surety.core.vocabulary;

import java.util.List;

/** A constant of a closed vocabulary. */
public interface Term {

  /** The canonical spelling, as the documentation and the outputs write it. */
  String canonical();

  /** Every accepted spelling besides the canonical one (aliases); may be empty. */
  List<String> aliases();
}

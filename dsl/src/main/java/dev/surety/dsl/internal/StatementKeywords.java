package dev.surety.dsl.internal;

import static dev.surety.dsl.internal.SuretyParser.*;

import java.util.BitSet;

/**
 * The keywords that begin a statement and do not continue one: where such a keyword opens a line,
 * the statement before it has ended (with or without its `.`). {@code requires} and
 * {@code against} are left out, since they also begin qualifiers and clauses after a {@code ;}
 * that may open a continuation line.
 */
final class StatementKeywords {

  private static final BitSet TYPES = new BitSet();

  static {
    for (int type :
        new int[] {
          INCLUDE, ARRANGEMENT, LAYER, KIND, STATUS, DATED, INSTRUMENT, BENEFICIARY, COVERS,
          MODELED, PARTY, ORGANISATION, COALITION, TRIGGER, SUSTAIN, LIMIT, DURATION, WITHDRAWAL,
          CONDITION
        }) {
      TYPES.set(type);
    }
  }

  private StatementKeywords() {}

  static boolean startsStatement(int tokenType) {
    return tokenType >= 0 && TYPES.get(tokenType);
  }
}

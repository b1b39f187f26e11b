package dev.surety.dsl.internal;

import static dev.surety.dsl.internal.SuretyParser.*;

import java.util.BitSet;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;

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

  /** How far ahead a commitment's parties and kind are looked for: more is no kind. */
  private static final int MAX_LOOKAHEAD = 40;

  /**
   * Whether the token {@code k} ahead in {@code input} begins a line that begins a new statement,
   * so that a statement still open before it (its {@code .} forgotten) ends with the line before:
   * it is the first token on its line, and either a statement's keyword, or a commitment's first
   * party followed on its line by more parties, its kind and {@code :} ({@code US backstop:}),
   * standing no further right than {@code column} (0-based; the open statement's own column: a
   * continuation is indented deeper) after a line that does not end in {@code ,} or {@code :},
   * which continue a list or a commitment's items on the next line.
   */
  static boolean beginsStatementLine(TokenStream input, int k, int column) {
    Token next = input.LT(k);
    Token before = k == 1 ? input.LT(-1) : input.LT(k - 1);
    if (before == null || next.getType() == Token.EOF || before.getLine() >= next.getLine()) {
      return false;
    }
    if (startsStatement(next.getType())) {
      return true;
    }
    return before.getType() != SuretyParser.COMMA && before.getType() != SuretyParser.COLON
        && next.getCharPositionInLine() <= column && beginsCommitment(input, k);
  }

  /** Whether a commitment's parties, kind and {@code :} begin at {@code k}, all on one line. */
  private static boolean beginsCommitment(TokenStream input, int k) {
    Token first = input.LT(k);
    if (first.getType() != SuretyParser.IDENT) {
      return false;
    }
    int line = first.getLine();
    int i = k + 1;
    while (i < k + MAX_LOOKAHEAD && input.LT(i).getType() == SuretyParser.COMMA
        && input.LT(i + 1).getType() == SuretyParser.IDENT && input.LT(i + 1).getLine() == line) {
      i += 2;
    }
    int words = 0;
    while (i < k + MAX_LOOKAHEAD && input.LT(i).getLine() == line
        && (input.LT(i).getType() == SuretyParser.IDENT
            || SyntaxMessages.isKeyword(input.LT(i).getType()))) {
      words++;
      i++;
    }
    return words > 0 && input.LT(i).getType() == SuretyParser.COLON && input.LT(i).getLine() == line;
  }

  /**
   * The column (0-based) where the statement that holds {@code ctx} begins, or the largest column
   * when none does.
   */
  static int statementColumn(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (StatementErrorStrategy.isStatement(c) && c.getStart() != null) {
        return c.getStart().getCharPositionInLine();
      }
    }
    return Integer.MAX_VALUE;
  }
}

package dev.surety.dsl.internal;

import java.util.function.Consumer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * The superclass of the generated parser (the grammar's {@code superClass}): ANTLR's parser, with
 * one hook called as the parser leaves each rule ({@link #onRuleExit}), which the streamed parse
 * uses to build the model statement by statement ({@link StatementListener}), and the formatter to
 * lay a file out statement by statement.
 *
 * <p>Why not a parse listener: with one registered, ANTLR walks its list of listeners with an
 * iterator at every rule it enters and every token it consumes, and the command line's compiler
 * (C1, which does not remove such short-lived objects) allocated some 30 million iterators on the
 * 10,000-file corpus, a tenth of everything it allocated (BENCHMARKS.md). The hook is called at
 * the same point of the parse for the same contexts: after the rule's last token, with the
 * context complete and still the last child of its parent ({@code SuretyContextTest}). A
 * left-recursive rule would leave through {@code unrollRecursionContexts} instead, which the hook
 * does not see; the grammar has none (no rule is recursive).
 */
public abstract class SuretyParserBase extends Parser {

  private Consumer<ParserRuleContext> onRuleExit;

  protected SuretyParserBase(TokenStream input) {
    super(input);
  }

  /** Calls {@code hook} with each context the parser leaves from now on. */
  public void onRuleExit(Consumer<ParserRuleContext> hook) {
    this.onRuleExit = hook;
  }

  @Override
  public void exitRule() {
    ParserRuleContext ctx = _ctx;
    super.exitRule();
    if (onRuleExit != null) {
      onRuleExit.accept(ctx);
    }
  }
}

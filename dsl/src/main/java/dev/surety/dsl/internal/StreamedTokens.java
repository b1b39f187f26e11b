package dev.surety.dsl.internal;

import java.util.Arrays;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.WritableToken;

/**
 * ANTLR's {@link UnbufferedTokenStream}, numbering each token without testing it against the
 * {@link WritableToken} interface when it is a {@link CommonToken} (what the lexer makes): that
 * test, alternating with the array store's test against {@link Token}, made two threads fight over
 * a cache line of {@code CommonToken}'s class metadata on Java 17 (JDK-8180450; see {@link
 * SuretyContext}).
 */
public final class StreamedTokens extends UnbufferedTokenStream<Token> {

  public StreamedTokens(TokenSource source) {
    super(source);
  }

  @Override
  protected void add(Token t) {
    if (n >= tokens.length) {
      tokens = Arrays.copyOf(tokens, tokens.length * 2);
    }
    if (t.getClass() == CommonToken.class) {
      ((CommonToken) t).setTokenIndex(getBufferStartIndex() + n);
    } else if (t instanceof WritableToken) {
      ((WritableToken) t).setTokenIndex(getBufferStartIndex() + n);
    }
    tokens[n++] = t;
  }
}

package dev.surety.dsl.internal;

import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The only place that turns ANTLR positions into source ranges. The char stream is a
 * {@code CodePointCharStream}, so ANTLR's {@code charPositionInLine} is already a 0-based index in
 * code points; this adds one and measures token text in code points too.
 */
public final class Positions {

  private final String file;

  public Positions(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  public SourcePosition start(Token token) {
    return SourcePosition.of(Math.max(token.getLine(), 1), token.getCharPositionInLine() + 1);
  }

  /** The position just after the token (end exclusive). */
  public SourcePosition end(Token token) {
    if (token.getType() == Token.EOF) {
      return start(token);
    }
    String text = token.getText();
    int line = Math.max(token.getLine(), 1);
    int column = token.getCharPositionInLine() + 1;
    int lastBreak = text.lastIndexOf('\n');
    if (lastBreak < 0) {
      return SourcePosition.of(line, column + text.codePointCount(0, text.length()));
    }
    int breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        breaks++;
      }
    }
    return SourcePosition.of(line + breaks, 1 + text.codePointCount(lastBreak + 1, text.length()));
  }

  public SourceRange range(Token token) {
    return SourceRange.of(file, start(token), end(token));
  }

  public SourceRange range(TerminalNode node) {
    return range(node.getSymbol());
  }

  public SourceRange range(Token first, Token last) {
    if (last == null || last.getTokenIndex() < first.getTokenIndex()) {
      return range(first);
    }
    SourcePosition end = end(last);
    SourcePosition start = start(first);
    return SourceRange.of(file, start, end.compareTo(start) < 0 ? start : end);
  }

  public SourceRange range(ParserRuleContext ctx) {
    return range(ctx.getStart(), ctx.getStop());
  }

  /** An empty range just after the token: where a missing token belongs. */
  public SourceRange after(Token token) {
    SourcePosition end = end(token);
    return SourceRange.of(file, end, end);
  }
}

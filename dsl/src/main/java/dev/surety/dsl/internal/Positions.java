package dev.surety.dsl.internal;

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
  /**
   * The text the tokens were read from, when it holds no character outside the Basic Multilingual
   * Plane: then a token's code point indices are indices into it, and a token's end is measured
   * there without building the token's text. Null otherwise.
   */
  private final String bmpText;

  public Positions(String file) {
    this(file, null);
  }

  /** Positions in {@code text}, the whole text the lexer reads. */
  public Positions(String file, String text) {
    this.file = file;
    this.bmpText = text != null && text.length() == text.codePointCount(0, text.length()) ? text : null;
  }

  /**
   * Whether the characters from {@code start} to {@code stop} (inclusive, code point indices of
   * the lexer's input) can be read in the text directly.
   */
  boolean readable(int start, int stop) {
    return bmpText != null && start >= 0 && stop < bmpText.length() && start <= stop + 1;
  }

  /** The text, when {@link #readable}. */
  String text() {
    return bmpText;
  }

  public String file() {
    return file;
  }

  // A position is computed as one long, its line in the high half and its column in the low: a
  // range then takes its four numbers without two SourcePositions made and dropped for each of
  // the million ranges of a large corpus (the command line's compiler, C1, allocates them).

  private static long packed(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  private static int line(long packed) {
    return (int) (packed >>> 32);
  }

  private static int column(long packed) {
    return (int) packed;
  }

  private SourceRange range(long start, long end) {
    return SourceRange.of(file, line(start), column(start), line(end), column(end));
  }

  private static long startOf(Token token) {
    return packed(Math.max(token.getLine(), 1), token.getCharPositionInLine() + 1);
  }

  /** The position just after the token (end exclusive). */
  private long endOf(Token token) {
    if (token.getType() == Token.EOF) {
      return startOf(token);
    }
    int line = Math.max(token.getLine(), 1);
    int column = token.getCharPositionInLine() + 1;
    int start = token.getStartIndex();
    int stop = token.getStopIndex();
    // the grammar never sets a token's text, and tokens made up by error recovery have no
    // indices: a token's text is the input between its indices
    if (readable(start, stop)) {
      int breaks = 0;
      int lastBreak = -1;
      for (int i = start; i <= stop; i++) {
        if (bmpText.charAt(i) == '\n') {
          breaks++;
          lastBreak = i;
        }
      }
      return breaks == 0
          ? packed(line, column + (stop - start + 1))
          : packed(line + breaks, 1 + (stop - lastBreak));
    }
    String text = token.getText();
    int lastBreak = text.lastIndexOf('\n');
    if (lastBreak < 0) {
      return packed(line, column + text.codePointCount(0, text.length()));
    }
    int breaks = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        breaks++;
      }
    }
    return packed(line + breaks, 1 + text.codePointCount(lastBreak + 1, text.length()));
  }

  public SourceRange range(Token token) {
    return range(startOf(token), endOf(token));
  }

  public SourceRange range(TerminalNode node) {
    return range(node.getSymbol());
  }

  public SourceRange range(Token first, Token last) {
    if (last == null || last.getTokenIndex() < first.getTokenIndex()) {
      return range(first);
    }
    long start = startOf(first);
    long end = endOf(last);
    // lines and columns are positive, so the packed longs compare as the positions do
    return range(start, end < start ? start : end);
  }

  public SourceRange range(ParserRuleContext ctx) {
    return range(ctx.getStart(), ctx.getStop());
  }

  /** An empty range just after the token: where a missing token belongs. */
  public SourceRange after(Token token) {
    long end = endOf(token);
    return range(end, end);
  }
}

package dev.surety.dsl.internal;

import dev.surety.core.model.Suppression;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.Limits;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads one file: decodes it (BOM, CRLF, invalid UTF-8), checks the size limits, lexes and parses
 * it with statement-level recovery, reports hidden characters and collects suppression comments,
 * then builds its model. Never throws.
 */
public final class FileParser {

  private static final Pattern SUPPRESSION =
      Pattern.compile("//\\s*surety:(disable-next-line|disable-file)\\b(.*)");

  /** One file, read. */
  public static final class Result {
    public final String text;
    public final FileModel model;
    public final List<Suppression> suppressions;

    Result(String text, FileModel model, List<Suppression> suppressions) {
      this.text = text;
      this.model = model;
      this.suppressions = suppressions;
    }
  }

  private FileParser() {}

  /** Decodes UTF-8, replacing malformed input and reporting where the first one is. */
  public static String decode(byte[] bytes, String file, Reporter reporter) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    int badLine = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        if (badLine < 0) {
          badLine = 1;
          for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
              badLine++;
            }
          }
        }
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      } else if (result.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
      } else {
        break;
      }
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    if (badLine > 0) {
      reporter.report(CompilerRules.SYNTAX_ERROR, SourceRange.of(file, badLine, 1, badLine, 1),
          "the file is not valid UTF-8 at line " + badLine
              + "; the bytes that are not were read as U+FFFD",
          "save the file as UTF-8");
    }
    return text;
  }

  public static Result parse(String text, String file, Limits limits, Reporter reporter) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    text = lineFeeds(text);
    Positions positions = new Positions(file, text);
    if (text.length() > limits.maxLineLength()) { // else no line can be too long
      checkLines(text, file, limits, reporter);
    }
    List<Suppression> suppressions = new ArrayList<>();
    SuretyParser.FileContext tree = parseTree(text, file, positions, limits, reporter, suppressions);
    FileModel model = new ModelBuilder(positions, reporter, limits).createFile(tree);
    return new Result(text, model, suppressions);
  }

  /**
   * Lexes and parses: SLL prediction with a bail-out first, then full LL with statement-level
   * recovery. A method of its own so that the token stream, with the whitespace and comments the
   * tree does not hold (about half of the tokens), can be collected while the model is built.
   */
  private static SuretyParser.FileContext parseTree(String text, String file, Positions positions,
      Limits limits, Reporter reporter, List<Suppression> suppressions) {
    var lexer = new SuretyLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    suppressions.addAll(scanTokens(tokens, positions, limits, reporter));

    SuretyParser parser = new SuretyParser(tokens);
    parser.removeErrorListeners();
    SuretyParser.FileContext tree;
    // Fast path: SLL prediction, bailing out at the first error; then full LL with recovery.
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      tree = parser.file();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      StatementErrorStrategy strategy =
          new StatementErrorStrategy(positions, reporter, limits.maxErrorsPerFile());
      parser.setErrorHandler(strategy);
      tree = parser.file();
      if (strategy.suppressedErrors() > 0) {
        Token last = tokens.get(tokens.size() - 1);
        reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(last),
            strategy.suppressedErrors() + " more syntax errors in this file are not shown (only the"
                + " first " + limits.maxErrorsPerFile() + " are)");
      }
    }
    return tree;
  }

  /**
   * A carriage return not followed by a line feed (classic Mac OS line ends, or a stray one) ends a
   * line, as it does for editors and LSP clients; it is read as a line feed. One character for one,
   * so offsets are kept; ANTLR, the limits and the renderers then count lines at line feeds only.
   */
  public static String lineFeeds(String text) {
    int cr = text.indexOf('\r');
    if (cr < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = cr; i < chars.length; i++) {
      if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
        chars[i] = '\n';
      }
    }
    return new String(chars);
  }

  private static void checkLines(String text, String file, Limits limits, Reporter reporter) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
        if (end - start > limits.maxLineLength()) {
          int length = text.codePointCount(start, end);
          if (length > limits.maxLineLength()) {
            reporter.report(CompilerRules.LIMIT_EXCEEDED,
                SourceRange.of(file, line, 1, line, length + 1),
                "line " + line + " is " + length + " characters long, over the limit of "
                    + limits.maxLineLength() + " (maxLineLength)",
                "break the statement after a `;` or `,`");
            return;
          }
        }
        line++;
        start = i + 1;
      }
    }
  }

  /** Nesting depth, hidden characters and suppression comments: one pass over every token. */
  private static List<Suppression> scanTokens(
      CommonTokenStream tokens, Positions positions, Limits limits, Reporter reporter) {
    List<Suppression> suppressions = new ArrayList<>();
    List<Token> all = tokens.getTokens();
    int depth = 0;
    boolean deepReported = false;
    for (int i = 0; i < all.size(); i++) {
      Token token = all.get(i);
      switch (token.getType()) {
        case SuretyLexer.LBRACE:
          depth++;
          if (depth > limits.maxNestingDepth() && !deepReported) {
            deepReported = true;
            reporter.report(CompilerRules.LIMIT_EXCEEDED, positions.range(token),
                "blocks are nested more than " + limits.maxNestingDepth()
                    + " deep (maxNestingDepth)");
          }
          break;
        case SuretyLexer.RBRACE:
          depth = Math.max(0, depth - 1);
          break;
        case SuretyLexer.HIDDEN_CHAR:
          hidden(token, "the text between words", positions, reporter);
          break;
        case SuretyLexer.STRING:
        case SuretyLexer.UNTERMINATED_STRING:
          hidden(token, "the string", positions, reporter);
          break;
        case SuretyLexer.BLOCK_COMMENT:
        case SuretyLexer.UNTERMINATED_COMMENT:
          hidden(token, "the comment", positions, reporter);
          break;
        case SuretyLexer.LINE_COMMENT:
          hidden(token, "the comment", positions, reporter);
          suppression(all, i, positions).ifPresent(suppressions::add);
          break;
        default:
          break;
      }
    }
    return suppressions;
  }

  /**
   * Bidirectional controls, zero-width characters and control characters other than tab and line
   * ends (NUL, ESC, ...): what SUR006 reports (its documentation in {@link CompilerRules} lists the
   * same ranges).
   */
  static boolean isHidden(int cp) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF
        || cp == 0x061C
        || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
  }

  private static void hidden(Token token, String where, Positions positions, Reporter reporter) {
    int start = token.getStartIndex();
    int stop = token.getStopIndex();
    if (positions.readable(start, stop)) {
      // the usual case, nothing hidden: found by looking at the input, without the token's text
      String input = positions.text();
      boolean any = false;
      for (int i = start; i <= stop && !any; i++) {
        any = isHidden(input.charAt(i));
      }
      if (!any) {
        return;
      }
    }
    String text = token.getText();
    List<String> found = new ArrayList<>();
    text.codePoints().filter(FileParser::isHidden).distinct().limit(8).forEach(cp -> {
      String name = Character.getName(cp);
      found.add(String.format("U+%04X", cp) + (name == null ? "" : " (" + name + ")"));
    });
    if (found.isEmpty()) {
      return;
    }
    reporter.report(CompilerRules.HIDDEN_TEXT, positions.range(token),
        where + " holds invisible or bidirectional control characters: " + String.join(", ", found)
            + "; it may read differently from what it says",
        "delete the hidden characters");
  }

  private static java.util.Optional<Suppression> suppression(
      List<Token> all, int index, Positions positions) {
    Token comment = all.get(index);
    Matcher m = SUPPRESSION.matcher(comment.getText());
    if (!m.matches()) {
      return java.util.Optional.empty();
    }
    Suppression.Scope scope = m.group(1).equals("disable-file")
        ? Suppression.Scope.FILE : Suppression.Scope.NEXT_LINE;
    String rest = m.group(2);
    String reason = null;
    int dashes = rest.indexOf("--");
    if (dashes >= 0) {
      reason = rest.substring(dashes + 2).trim();
      rest = rest.substring(0, dashes);
    }
    var builder = Suppression.builder().scope(scope).file(positions.file())
        .range(positions.range(comment));
    Arrays.stream(rest.trim().split("[\\s,]+")).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT)).forEach(builder::addCodes);
    if (reason != null && !reason.isEmpty()) {
      builder.reason(reason);
    }
    if (scope == Suppression.Scope.NEXT_LINE) {
      int line = comment.getLine() + 1;
      for (int j = index + 1; j < all.size(); j++) {
        Token t = all.get(j);
        if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF
            && t.getLine() > comment.getLine()) {
          line = t.getLine();
          break;
        }
      }
      builder.line(line);
    }
    return java.util.Optional.of(builder.build());
  }
}

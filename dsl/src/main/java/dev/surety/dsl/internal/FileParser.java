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
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads one file: decodes it (BOM, CRLF, invalid UTF-8), checks the size limits, lexes and parses
 * it (as a stream when it has no syntax error, else with statement-level recovery), reports hidden
 * characters and collects suppression comments ({@link TokenScanner}), and builds its model. Never
 * throws.
 */
public final class FileParser {

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

  /** The name a draft held in memory is reported under when it is given none. */
  public static final String UNNAMED = "<source>";

  /**
   * The name to report a draft held in memory under: {@code fileName}, or {@link #UNNAMED} when
   * it is null, empty or blank, so that no finding is placed in a file without a name (a message
   * read {@code (include chain: )}).
   */
  public static String reportedName(String fileName) {
    return fileName == null || fileName.isBlank() ? UNNAMED : fileName;
  }

  /** How far into a file a NUL byte makes it binary, as git decides (its first 8,000 bytes). */
  static final int BINARY_PROBE = 8000;

  /**
   * Decodes UTF-8, replacing malformed input and reporting where the first one is (its line and
   * column, the replacement character underlined); or, for a file that is binary rather than text
   * (a NUL byte in its first {@value #BINARY_PROBE} bytes, git's test), reports that once and
   * returns {@code null}: parsed, a binary file gave thousands of findings about nothing.
   */
  public static String decode(byte[] bytes, String file, Reporter reporter) {
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        int line = 1;
        int lineStart = 0;
        for (int j = 0; j < i; j++) {
          if (bytes[j] == '\n') {
            line++;
            lineStart = j + 1;
          }
        }
        String before = new String(bytes, lineStart, i - lineStart, StandardCharsets.UTF_8);
        int column = 1 + before.codePointCount(0, before.length());
        reporter.report(CompilerRules.SYNTAX_ERROR,
            SourceRange.of(file, line, column, line, column + 1),
            "the file is binary, not a draft: it holds a NUL byte at line " + line + ", column "
                + column,
            "Surety reads drafts saved as UTF-8 text; check that the path names a draft");
        return null;
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    int badLine = -1;
    int badColumn = -1;
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        if (badLine < 0) {
          badLine = 1;
          int lineStart = 0;
          for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
              badLine++;
              lineStart = i + 1;
            }
          }
          badColumn = 1; // code points since the line's start: a surrogate pair counts once
          for (int i = lineStart; i < out.position(); i++) {
            badColumn += Character.isLowSurrogate(out.get(i)) ? 0 : 1;
          }
          if (lineStart == 0 && out.position() > 0 && out.get(0) == '\uFEFF') {
            badColumn--; // a byte-order mark is dropped, and counts no column
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
      reporter.report(CompilerRules.SYNTAX_ERROR,
          SourceRange.of(file, badLine, badColumn, badLine, badColumn + 1),
          "the file is not valid UTF-8 at line " + badLine + ", column " + badColumn
              + "; the bytes that are not were read as U+FFFD",
          "save the file as UTF-8");
    }
    return text;
  }

  public static Result parse(String text, String file, Limits limits, Reporter reporter) {
    String read = prepared(text);
    Positions positions = positions(read, file, limits, reporter);
    Result streamed = streamed(read, file, positions, limits, reporter);
    return streamed != null ? streamed : recovering(read, file, positions, limits, reporter);
  }

  /**
   * As {@link #parse}, always by the path for files with syntax errors (buffered tokens, LL with
   * recovery, the model built from the whole tree): what the streamed path must equal wherever it
   * succeeds (the tests compare the two).
   */
  static Result parseWithRecovery(String text, String file, Limits limits, Reporter reporter) {
    String read = prepared(text);
    return recovering(read, file, positions(read, file, limits, reporter), limits, reporter);
  }

  /**
   * The text as the compiler reads it, the one its lines and columns count in: without a
   * byte-order mark, lone carriage returns read as line feeds.
   */
  public static String prepared(String text) {
    return lineFeeds(!text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text);
  }

  /** The positions of {@code text}, once its lines are checked against the limit. */
  private static Positions positions(String text, String file, Limits limits, Reporter reporter) {
    if (text.length() > limits.maxLineLength()) { // else no line can be too long
      checkLines(text, file, limits, reporter);
    }
    return new Positions(file, text);
  }

  /**
   * The fast path, for a file without syntax errors: SLL prediction, bailing out at the first
   * error, over a token stream that holds only the tokens still being looked at, while the model
   * is built statement by statement as each one is parsed ({@link StatementListener}); so neither
   * the file's tokens nor its whole parse tree are ever held at once (an 8 MB draft needs some 40
   * bytes a character for them). Null at the first syntax error: nothing it found is reported, and
   * the file is read again by {@link #recovering}.
   */
  private static Result streamed(String text, String file, Positions positions, Limits limits,
      Reporter reporter) {
    Reporter scanned = new Reporter();
    Reporter built = new Reporter();
    TokenScanner scanner = new TokenScanner(positions, limits, scanned);
    SuretyParser parser =
        new SuretyParser(new StreamedTokens(scanner.lexer(CharStreams.fromString(text, file))));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    StatementListener statements = new StatementListener(new ModelBuilder(positions, built, limits));
    parser.onRuleExit(statements);
    try {
      parser.file();
    } catch (ParseCancellationException e) {
      return null;
    }
    reporter.addAll(scanned);
    reporter.addAll(built);
    return new Result(text, statements.model(), scanner.suppressions());
  }

  /**
   * The path for a file with syntax errors: every token buffered, full LL prediction with
   * statement-level recovery ({@link StatementErrorStrategy}), then the model built from the tree.
   */
  private static Result recovering(String text, String file, Positions positions, Limits limits,
      Reporter reporter) {
    TokenScanner scanner = new TokenScanner(positions, limits, reporter);
    SuretyParser.FileContext tree = recoveringTree(text, file, positions, limits, reporter, scanner);
    FileModel model = new ModelBuilder(positions, reporter, limits).createFile(tree);
    return new Result(text, model, scanner.suppressions());
  }

  /**
   * Lexes and parses with recovery. A method of its own so that the token stream, with the
   * whitespace and comments the tree does not hold, can be collected while the model is built.
   */
  private static SuretyParser.FileContext recoveringTree(String text, String file,
      Positions positions, Limits limits, Reporter reporter, TokenScanner scanner) {
    CommonTokenStream tokens = new CommonTokenStream(lexer(text, file));
    tokens.fill();
    tokens.getTokens().forEach(scanner::accept);
    SuretyParser parser = new SuretyParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.LL);
    StatementErrorStrategy strategy =
        new StatementErrorStrategy(positions, reporter, limits.maxErrorsPerFile());
    parser.setErrorHandler(strategy);
    SuretyParser.FileContext tree = parser.file();
    if (strategy.suppressedErrors() > 0) {
      Token last = tokens.get(tokens.size() - 1);
      reporter.report(CompilerRules.SYNTAX_ERROR, positions.range(last),
          strategy.suppressedErrors() + " more syntax errors in this file are not shown (only the"
              + " first " + limits.maxErrorsPerFile() + " are)");
    }
    return tree;
  }

  private static SuretyLexer lexer(String text, String file) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    return lexer;
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
}

package dev.surety.dsl.format;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.Limits;
import dev.surety.dsl.internal.FileParser;
import dev.surety.dsl.internal.Reporter;
import dev.surety.dsl.internal.StreamedTokens;
import dev.surety.dsl.internal.SuretyLexer;
import dev.surety.dsl.internal.SuretyParser;
import dev.surety.dsl.internal.SuretyParserBase;
import dev.surety.core.model.Suppression;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Lays a Surety draft out in the canonical layout of LANGUAGE.md section 6. The decisions are
 * documented in {@code docs/formatting.md}.
 *
 * <p>The formatter works from the parse, which says where each statement and block begins and
 * ends, and from the full token stream, hidden channel included: every comment is re-emitted with
 * its text unchanged, attached where it was (before a statement, at the end of a statement's line,
 * inside a statement, at the end of a block or of the file). Only the whitespace between tokens is
 * decided by the formatter; the tokens themselves are copied. The file is laid out statement by
 * statement as it is parsed, holding neither all its tokens nor its whole parse tree. As a last
 * guard, the result is lexed again and must hold exactly the same tokens and comments as the
 * input, token against token as the two texts are lexed, else nothing is returned.
 *
 * <p>A text with syntax errors (SUR001) is not formatted: the result holds its SUR001 diagnostics
 * and no text. Nor is one where a {@code surety:disable-next-line} covers a line that holds two
 * statements, which the layout would split ({@link FormatResult#leftAsItIs()}). Thread-safe (it
 * holds no state) and never throws, but for an {@link OutOfMemoryError}, which it leaves to its
 * caller (a command reports it as its own failure, not as a finding in the draft).
 */
public final class SuretyFormatter {

  /** Lines are broken so as not to exceed this many columns (code points). */
  public static final int MAX_WIDTH = 100;

  /** Spaces of indentation per block. */
  public static final int INDENT = 2;

  /** Further spaces of indentation on the continuation lines of a broken statement. */
  public static final int CONTINUATION = 4;

  /**
   * How the message of a text that has no syntax error but is still not formatted begins (a
   * directive covering two statements): {@link FormatResult#leftAsItIs()} finds it by this.
   */
  static final String LEFT_AS_IT_IS = "the formatter left this file as it is";

  private static final SuretyFormatter INSTANCE = new SuretyFormatter();

  private SuretyFormatter() {}

  public static SuretyFormatter create() {
    return INSTANCE;
  }

  /**
   * Formats {@code source}, reported as {@code fileName} in diagnostics.
   *
   * @return the formatted text, or, when the text has syntax errors, its SUR001 diagnostics
   */
  public FormatResult format(String source, String fileName) {
    String file = FileParser.reportedName(fileName);
    try {
      return formatChecked(source == null ? "" : source, file);
    } catch (RuntimeException | StackOverflowError e) {
      return internal(file, "", "the formatter failed: " + e);
    }
  }

  /**
   * Formats a file's bytes, decoded as UTF-8 as the compiler decodes them. Bytes that are not
   * valid UTF-8 are not formatted, since writing the decoded text back would replace them: the
   * result holds the compiler's SUR001 for them and no text.
   */
  public FormatResult format(byte[] source, String fileName) {
    String file = FileParser.reportedName(fileName);
    Reporter reporter = new Reporter();
    String text = FileParser.decode(source == null ? new byte[0] : source, file, reporter);
    if (!reporter.diagnostics().isEmpty()) {
      List<Diagnostic> problems = new ArrayList<>(reporter.diagnostics());
      problems.sort(Diagnostic.ORDER);
      return FormatResult.failed(problems, text == null ? "" : FileParser.prepared(text));
    }
    return format(text, file);
  }

  private static FormatResult formatChecked(String source, String file) {
    return format(source, file, SuretyFormatter::layStreamed);
  }

  /**
   * How a text the compiler accepts is laid out and the result checked against it: as a stream
   * here ({@link #layStreamed}); from the whole parse tree in the tests, as the formatter did
   * before, to compare the two.
   */
  @FunctionalInterface
  interface Layout {
    /**
     * The formatted text of {@code text} and how its tokens compare with the original's; null
     * when the text cannot be parsed (never expected of a text the compiler accepted).
     */
    Laid lay(String text, String file, Reading reading);
  }

  /** A text laid out (null when the runs did not cover every token), and the comparison. */
  record Laid(String body, Comparison compared) {}

  /**
   * Formats {@code source} (a file named {@code file}, as reported) laid out by {@code layout}:
   * not when the compiler finds syntax errors in it, nor when the layout would change more than
   * whitespace.
   */
  static FormatResult format(String source, String file, Layout layout) {
    boolean bom = source.startsWith("\uFEFF");
    // the text as the compiler reads it: a lone CR becomes LF (and stays so in the output)
    String text = FileParser.prepared(source);
    Reading reading = Reading.of(text, file);
    if (!reading.syntax().isEmpty()) {
      return FormatResult.failed(reading.syntax(), text);
    }
    Laid laid = layout.lay(text, file, reading);
    if (laid == null) {
      return internal(file, text, "the formatter could not parse a text the compiler accepted");
    }
    return outcome(file, text, bom, laid.body(), laid.compared());
  }

  /** {@link Layout} as the formatter works: the text laid out as it is parsed, SLL then LL. */
  private static Laid layStreamed(String text, String file, Reading reading) {
    String newline = newline(text, file);
    String body;
    try {
      body = printStreamed(text, file, newline, reading.covered(), PredictionMode.SLL);
    } catch (ParseCancellationException e) {
      try {
        body = printStreamed(text, file, newline, reading.covered(), PredictionMode.LL);
      } catch (ParseCancellationException again) {
        return null;
      }
    }
    Comparison compared = body == null ? Comparison.DIFFERENT
        : Comparison.of(new Significant(text, file), new Significant(body, file),
            reading.directives());
    return new Laid(body, compared);
  }

  /** The result, once the formatted text's tokens were compared with the original's. */
  private static FormatResult outcome(String file, String text, boolean bom, String body,
      Comparison compared) {
    if (!compared.same()) {
      return internal(file, text,
          "the formatter could not keep every token and comment in place;"
          + " the text was left as it is");
    }
    Token moved = compared.moved();
    if (moved != null) {
      Reporter refused = new Reporter();
      int column = moved.getCharPositionInLine() + 1;
      refused.report(CompilerRules.SYNTAX_ERROR,
          SourceRange.of(file, SourcePosition.of(moved.getLine(), column),
              SourcePosition.of(moved.getLine(), column + moved.getText().length())),
          LEFT_AS_IT_IS + ": the line this `surety:disable-next-line` covers"
              + " holds more than one statement (or a brace with a statement), which the canonical"
              + " layout puts on lines of their own, so that the directive would cover other"
              + " findings",
          "put each statement of that line on a line of its own, then format again");
      return FormatResult.failed(refused.diagnostics(), text);
    }
    return FormatResult.ok(bom ? "\uFEFF" + body : body, text);
  }

  /**
   * What the formatter keeps of the compiler's reading of a text: its syntax errors (SUR001),
   * sorted, and of its {@code surety:disable-next-line} directives, the lines they stand on and
   * the lines they cover. Not the model, which a large file's formatting would otherwise hold to
   * the end for nothing.
   */
  record Reading(List<Diagnostic> syntax, Set<Integer> directives, Set<Integer> covered) {

    static Reading of(String text, String file) {
      Reporter reporter = new Reporter();
      FileParser.Result read = FileParser.parse(text, file, Limits.defaults(), reporter);
      List<Diagnostic> syntax = new ArrayList<>();
      for (Diagnostic d : reporter.diagnostics()) {
        if (d.code().equals(CompilerRules.SYNTAX_ERROR)) {
          syntax.add(d);
        }
      }
      syntax.sort(Diagnostic.ORDER);
      Set<Integer> directives = new HashSet<>();
      Set<Integer> covered = new HashSet<>();
      for (Suppression s : read.suppressions) {
        if (s.scope() == Suppression.Scope.NEXT_LINE) {
          directives.add(s.range().start().line());
          covered.add(s.line());
        }
      }
      return new Reading(syntax, directives, covered);
    }
  }

  /**
   * Lays {@code text} out while it is parsed: the lexer hands every token to the printer and only
   * those on the default channel to the parser, over a token stream that holds only the tokens
   * still being looked at ({@link StreamedTokens}); as the parser leaves each statement and block
   * the printer is told of it ({@link Structure}), prints what it can, and forgets the tokens it
   * printed. So neither the file's tokens nor its parse tree are ever held at once.
   *
   * @return the formatted text, or null when the statements do not cover every token (never
   *     expected)
   * @throws ParseCancellationException at a syntax error in this prediction mode
   */
  private static String printStreamed(String text, String file, String newline,
      Set<Integer> covered, PredictionMode mode) {
    Printer printer = new Printer(newline, covered, text.length());
    SuretyParser parser = streamedParser(text, file, printer);
    parser.getInterpreter().setPredictionMode(mode);
    parser.onRuleExit(new Structure(printer));
    parser.file();
    return printer.finish();
  }

  /**
   * A parser of {@code text} as a stream, bailing out at the first syntax error, whose lexer hands
   * every token to {@code printer} first and only those on the default channel on to it.
   */
  static SuretyParser streamedParser(String text, String file, Printer printer) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text, file)) {
      @Override
      public Token nextToken() {
        while (true) {
          Token token = super.nextToken();
          printer.token(token);
          if (token.getChannel() == Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
            return token;
          }
        }
      }
    };
    lexer.removeErrorListeners();
    SuretyParser parser = new SuretyParser(new StreamedTokens(lexer));
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    return parser;
  }

  private static FormatResult internal(String file, String text, String message) {
    Reporter reporter = new Reporter();
    reporter.report(CompilerRules.SYNTAX_ERROR,
        SourceRange.of(file, SourcePosition.NONE, SourcePosition.NONE), message);
    return FormatResult.failed(reporter.diagnostics(), text);
  }

  /**
   * CRLF when the first line break between tokens is CRLF, else LF. Not one inside a block
   * comment: the layout joins and breaks lines around it, so the first line of the output need not
   * be the first of the input (found by fuzzing: a CRLF file whose first comment held an LF came
   * out CRLF once and LF the second time). Lexes {@code text} only as far as that line break.
   */
  private static String newline(String text, String file) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      String newline = newline(t);
      if (newline != null) {
        return newline;
      }
    }
    return "\n";
  }

  /** The line end of a whitespace token that holds one, else null. */
  static String newline(Token token) {
    if (token.getType() != SuretyLexer.WS) {
      return null;
    }
    String ws = token.getText();
    int lf = ws.indexOf('\n');
    if (lf < 0) {
      return null;
    }
    return lf > 0 && ws.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
  }

  /**
   * A token's text as printed: as written, except that the spaces and tabs that end a line comment
   * are whitespace at the end of a line, which the layout does not keep. Not a form feed or a
   * vertical tab: those are hidden characters (SUR006), which formatting must not take out of the
   * text unseen (found by fuzzing: the finding went with them).
   */
  static String text(Token token) {
    String text = token.getText();
    if (token.getType() == SuretyLexer.BLOCK_COMMENT) {
      // its lines end as the file's do (LF here, the file's line end when printed), and
      // without the spaces that would end them
      if (text.indexOf('\n') < 0) {
        return text;
      }
      String[] lines = text.split("\r?\n", -1);
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        out.append(line, 0, i + 1 < lines.length ? endOfText(line, 0) : line.length());
        if (i + 1 < lines.length) {
          out.append('\n');
        }
      }
      return out.toString();
    }
    if (token.getType() != SuretyLexer.LINE_COMMENT) {
      return text;
    }
    return text.substring(0, endOfText(text, 2));
  }

  /**
   * Where {@code line} ends once the spaces, tabs and Unicode spaces (a no-break space among them)
   * that end it are left out, keeping at least {@code keep} characters.
   */
  private static int endOfText(String line, int keep) {
    int end = line.length();
    while (end > keep) {
      char c = line.charAt(end - 1);
      if (c != ' ' && c != '\t' && Character.getType(c) != Character.SPACE_SEPARATOR) {
        break;
      }
      end--;
    }
    return end;
  }

  // ---- the comparison, stream against stream ------------------------------------------------

  /**
   * The tokens of a text that are not whitespace, one at a time as they are lexed, without a
   * list of them.
   */
  private static final class Significant {
    private final SuretyLexer lexer;
    private boolean ended;

    Significant(String text, String file) {
      lexer = new SuretyLexer(CharStreams.fromString(text, file));
      lexer.removeErrorListeners();
    }

    /** The next token that is not whitespace; null at the end of the text. */
    Token next() {
      while (!ended) {
        Token t = lexer.nextToken();
        if (t.getType() == Token.EOF) {
          ended = true;
        } else if (t.getType() != SuretyLexer.WS) {
          return t;
        }
      }
      return null;
    }
  }

  /**
   * Whether the formatted text holds the same tokens as the original (type and text, in order),
   * and if so the first {@code surety:disable-next-line} that covers other tokens in it than in
   * the original, or null: a directive covers the line of the first statement token after its
   * own line, and what it suppresses is decided by that line.
   */
  record Comparison(boolean same, Token moved) {

    static final Comparison DIFFERENT = new Comparison(false, null);

    /**
     * Compares two texts' tokens as they are lexed, token against token, and follows each
     * directive of {@code before} (a line comment on one of {@code directives}) in both until the
     * line it covers has been read, holding neither text's tokens.
     */
    static Comparison of(Significant before, Significant after, Set<Integer> directives) {
      List<Directive> open = new ArrayList<>();
      Directive moved = null;
      for (int k = 0; ; k++) {
        Token a = before.next();
        Token b = after.next();
        if (a == null || b == null) {
          if (a != b) {
            return DIFFERENT;
          }
          break;
        }
        if (a.getType() != b.getType() || !text(a).equals(text(b))) {
          return DIFFERENT;
        }
        for (Iterator<Directive> i = open.iterator(); i.hasNext(); ) {
          Directive d = i.next();
          d.before.see(k, a);
          d.after.see(k, b);
          if (d.before.done && d.after.done) {
            if (moved == null && d.moved()) {
              moved = d;
            }
            i.remove();
          }
        }
        if (a.getType() == SuretyLexer.LINE_COMMENT && directives.contains(a.getLine())) {
          open.add(new Directive(a, new Cover(a.getLine()), new Cover(b.getLine())));
        }
      }
      for (Directive d : open) {
        if (moved == null && d.moved()) {
          moved = d;
        }
      }
      return new Comparison(true, moved == null ? null : moved.comment);
    }
  }

  /** A directive's comment, and the tokens its line covers in the original and formatted text. */
  private record Directive(Token comment, Cover before, Cover after) {

    /** Whether it covers other tokens (by index) in the formatted text than in the original. */
    boolean moved() {
      boolean covers = before.line >= 0;
      return covers != after.line >= 0
          || covers && (before.first != after.first || before.last != after.last);
    }
  }

  /**
   * The tokens that a directive covers, found one token at a time: those on the line of the first
   * statement token below the directive's line, indices {@code first} to {@code last}; none when
   * {@code line} stays -1.
   */
  private static final class Cover {
    private final int commentLine;
    /** The line of the tokens seen last, and the index of the first of them. */
    private int groupLine = -1;
    private int groupFirst = -1;
    int line = -1;
    int first = -1;
    int last = -1;
    boolean done;

    Cover(int commentLine) {
      this.commentLine = commentLine;
    }

    /** Looks at the significant token at index {@code i} (the next after the last seen). */
    void see(int i, Token t) {
      if (done) {
        return;
      }
      int tokenLine = t.getLine();
      if (line < 0) {
        if (tokenLine != groupLine) {
          groupLine = tokenLine;
          groupFirst = i;
        }
        if (t.getChannel() == Token.DEFAULT_CHANNEL && tokenLine > commentLine) {
          line = tokenLine;
          first = groupFirst;
          last = i;
        }
      } else if (tokenLine == line) {
        last = i;
      } else {
        done = true;
      }
    }
  }

  // ---- the printer ---------------------------------------------------------------------------

  /** What a run of tokens is, for blank lines and indentation. */
  enum Kind { OPEN, CLOSE, STATEMENT }

  /**
   * A run: the default-channel tokens of one statement, one block opening or one block end, from
   * {@code start} to {@code stop}.
   */
  record Run(Token start, Token stop, int depth, Kind kind) {}

  /** A token that is not whitespace, with what the whitespace before it held. */
  private static final class Atom {
    final Token token;
    final String text;
    final int type;
    /** Line breaks in the whitespace before it (since the previous atom). */
    final int breaks;
    /** No whitespace at all between the previous atom and this one. */
    final boolean adjacent;

    Atom(Token token, int breaks, boolean adjacent) {
      this.token = token;
      this.text = text(token);
      this.type = token.getType();
      this.breaks = breaks;
      this.adjacent = adjacent;
    }

    int line() {
      return token.getLine();
    }

    /** The line it ends on in the input (a block comment may span several). */
    int endLine() {
      int line = token.getLine();
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        line++;
      }
      return line;
    }

    boolean isDefault() {
      return token.getChannel() == Token.DEFAULT_CHANNEL;
    }

    boolean isLineComment() {
      return type == SuretyLexer.LINE_COMMENT;
    }

    boolean isHiddenChar() {
      return type == SuretyLexer.HIDDEN_CHAR;
    }

    boolean isTightPunctuation() {
      return isDefault() && (type == SuretyLexer.COMMA || type == SuretyLexer.SEMI
          || type == SuretyLexer.COLON || type == SuretyLexer.DOT);
    }
  }

  /**
   * Tells the printer of each statement and block of a file, in the order of the file, as the
   * parser leaves each rule (a {@link SuretyParserBase#onRuleExit} hook). It takes each statement
   * out of the tree once the printer has it (each arrangement, each layer, once its end has been
   * read), so that the tree never holds more than the statement being parsed and the blocks
   * around it.
   */
  static final class Structure implements Consumer<ParserRuleContext> {
    private final Printer printer;
    /** The arrangement and layer whose opening the printer has, until their ends. */
    private SuretyParser.ArrangementContext arrangement;
    private SuretyParser.LayerContext layer;

    Structure(Printer printer) {
      this.printer = printer;
    }

    static void statement(ParserRuleContext ctx, int depth, Printer printer) {
      printer.run(new Run(ctx.getStart(), ctx.getStop(), depth, Kind.STATEMENT));
    }

    /**
     * The context the parser has just left: a statement (at file level, in an arrangement, in a
     * layer) is handed over and taken out of the tree; a block's opening is handed over before
     * its first statement (or at the end of its body, when it has none), its end at its end.
     */
    @Override
    public void accept(ParserRuleContext ctx) {
      ParserRuleContext parent = ctx.getParent();
      if (parent instanceof SuretyParser.FileBodyContext) {
        if (ctx instanceof SuretyParser.ArrangementContext a) {
          open(a);
          Token close = a.RBRACE().getSymbol();
          printer.run(new Run(close, close, 0, Kind.CLOSE));
          arrangement = null;
        } else {
          statement(ctx, 0, printer);
        }
        parent.removeLastChild();
      } else if (parent instanceof SuretyParser.ArrangementBodyContext) {
        // a member: a statement, or a layer that was handed over as it ended
        if (!(ctx.getChild(0) instanceof SuretyParser.LayerContext)) {
          open((SuretyParser.ArrangementContext) parent.getParent());
          statement(ctx, 1, printer);
        }
        parent.removeLastChild();
      } else if (parent instanceof SuretyParser.LayerBodyContext) {
        open((SuretyParser.LayerContext) parent.getParent());
        statement(ctx, 2, printer);
        parent.removeLastChild();
      } else if (ctx instanceof SuretyParser.ArrangementBodyContext) {
        open((SuretyParser.ArrangementContext) parent);
      } else if (ctx instanceof SuretyParser.LayerBodyContext) {
        open((SuretyParser.LayerContext) parent);
      } else if (ctx instanceof SuretyParser.LayerContext l) {
        open(l);
        Token close = l.RBRACE().getSymbol();
        printer.run(new Run(close, close, 1, Kind.CLOSE));
        layer = null;
      }
    }

    private void open(SuretyParser.ArrangementContext a) {
      if (arrangement != a) {
        arrangement = a;
        printer.run(new Run(a.getStart(), a.LBRACE().getSymbol(), 0, Kind.OPEN));
      }
    }

    /** A layer's opening, after its arrangement's (layer, member, body, arrangement). */
    private void open(SuretyParser.LayerContext l) {
      open((SuretyParser.ArrangementContext) l.getParent().getParent().getParent());
      if (layer != l) {
        layer = l;
        printer.run(new Run(l.LAYER().getSymbol(), l.LBRACE().getSymbol(), 1, Kind.OPEN));
      }
    }
  }

  /**
   * Prints a file as its tokens ({@link #token}, every one in order) and its runs ({@link #run},
   * in order) are handed to it, then {@link #finish}. A run is printed once the tokens after it
   * tell which comments end its line; the tokens before the next run to print are then forgotten.
   */
  static final class Printer {
    /**
     * The tokens that are not whitespace from the first not yet printed ({@code atoms.get(0)}, or
     * earlier, until they are forgotten) to the last handed over.
     */
    private final List<Atom> atoms = new ArrayList<>();
    /** The runs handed over and not yet printed, the first resolved once its tokens are known. */
    private final ArrayDeque<Run> runs = new ArrayDeque<>();
    private int runFirst = -1;
    private int runLast = -1;
    private final String newline;
    /** The lines a {@code surety:disable-next-line} covers: each keeps its tokens together. */
    private final Set<Integer> covered;
    private final StringBuilder out;
    /** What was printed last: nothing, a block opening, or anything else. */
    private Kind last;
    private boolean printedAnything;
    /** The index in {@link #atoms} of the first atom after what was printed. */
    private int next;
    /** The runs did not cover every token (never expected): nothing more is printed. */
    private boolean failed;
    /** Line breaks and whether whitespace came since the last atom; whether there is none yet. */
    private int breaks;
    private boolean adjacent = true;
    private boolean first = true;

    /** A printer of a text {@code length} characters long (the output is about as long). */
    Printer(String newline, Set<Integer> covered, int length) {
      this.newline = newline;
      this.covered = covered;
      this.out = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, length + length / 8L));
    }

    /** Takes the next token of the file, whitespace and comments included. */
    void token(Token t) {
      if (t.getType() == Token.EOF) {
        return;
      }
      if (t.getType() == SuretyLexer.WS) {
        String ws = t.getText();
        for (int i = 0; i < ws.length(); i++) {
          if (ws.charAt(i) == '\n') {
            breaks++;
          }
        }
        adjacent = false;
        return;
      }
      atoms.add(new Atom(t, breaks, adjacent && !first));
      breaks = 0;
      adjacent = true;
      first = false;
    }

    /** Takes the next run, and prints the runs whose lines are known. */
    void run(Run run) {
      runs.add(run);
      printRuns(false);
    }

    /**
     * Prints what is left, once every token and run was handed over: the formatted text, or null
     * when the runs do not cover every token (never expected).
     */
    String finish() {
      printRuns(true);
      if (failed) {
        return null;
      }
      for (int i = next; i < atoms.size(); i++) {
        if (atoms.get(i).isDefault()) {
          return null;
        }
      }
      gap(next, atoms.size(), 0);
      return out.toString();
    }

    // ---- printing

    /**
     * Prints each run whose tokens, and the comments that end its last line, have been handed
     * over (all of them once {@code ended}).
     */
    private void printRuns(boolean ended) {
      while (!failed && !runs.isEmpty()) {
        Run run = runs.peekFirst();
        if (runFirst < 0 && !resolve(run)) {
          failed = true;
          return;
        }
        // comments on the same line just after its last token belong to it
        int end = runLast + 1;
        while (end < atoms.size() && !atoms.get(end).isDefault() && atoms.get(end).breaks == 0) {
          end++;
        }
        if (end == atoms.size() && !ended) {
          return; // the next token may still be such a comment
        }
        runs.removeFirst();
        print(run, runFirst, runLast, end);
        runFirst = -1;
        runLast = -1;
        forget();
      }
    }

    /**
     * Finds the first run's tokens among the atoms: its first after {@link #next}, with only
     * comments before it, its last after that. False when they are not there (never expected).
     */
    private boolean resolve(Run run) {
      int i = next;
      while (i < atoms.size() && atoms.get(i).token != run.start()) {
        if (atoms.get(i).isDefault()) {
          return false;
        }
        i++;
      }
      int j = i;
      while (j < atoms.size() && atoms.get(j).token != run.stop()) {
        j++;
      }
      if (j >= atoms.size()) {
        return false;
      }
      runFirst = i;
      runLast = j;
      return true;
    }

    /** Drops the atoms before {@link #next} once they are at least half of those held. */
    private void forget() {
      if (next >= 1024 && next >= atoms.size() / 2) {
        atoms.subList(0, next).clear();
        next = 0;
      }
    }

    /** Prints one run: its tokens {@code first} to {@code lastAtom}, its line up to {@code end}. */
    private void print(Run run, int first, int lastAtom, int end) {
      // comments on the same line just before the statement's first token belong to it
      int start = first;
      while (start > next && atoms.get(start).breaks == 0
          && !atoms.get(start - 1).isLineComment()) {
        start--;
      }
      int gapDepth = run.kind() == Kind.CLOSE ? run.depth() + 1 : run.depth();
      gap(next, start, gapDepth);
      if (run.kind() != Kind.CLOSE && blankAllowed() && atoms.get(start).breaks >= 2) {
        out.append(newline);
      }
      layout(atoms.subList(start, end), run.depth());
      last = run.kind() == Kind.OPEN ? Kind.OPEN : Kind.STATEMENT;
      next = end;
    }

    private boolean blankAllowed() {
      return printedAnything && last != Kind.OPEN;
    }

    /** Comments between statements: each line as it was, indented; blank lines kept (one). */
    private void gap(int from, int to, int depth) {
      int i = from;
      while (i < to) {
        int j = i + 1;
        while (j < to && atoms.get(j).breaks == 0) {
          j++;
        }
        if (blankAllowed() && atoms.get(i).breaks >= 2) {
          out.append(newline);
        }
        out.append(" ".repeat(depth * INDENT));
        for (int k = i; k < j; k++) {
          if (k > i && !glued(atoms, k)) {
            out.append(' ');
          }
          write(atoms.get(k).text);
        }
        out.append(newline);
        printedAnything = true;
        last = Kind.STATEMENT;
        i = j;
      }
    }

    /** An atom's text, its line breaks (a block comment's) the file's. */
    private void write(String text) {
      out.append(newline.equals("\n") ? text : text.replace("\n", newline));
    }

    /** A hidden character written against its neighbour stays against it. */
    private static boolean glued(List<Atom> atoms, int k) {
      Atom a = atoms.get(k);
      return k > 0 && a.adjacent && (a.isHiddenChar() || atoms.get(k - 1).isHiddenChar());
    }

    /**
     * One run: its atoms on a line at the run's indentation, broken after a {@code ;} (preferred)
     * or a {@code ,} when the line would exceed {@link #MAX_WIDTH}, continuing four spaces deeper.
     * A comment that stood on its own line starts a new line; a line comment ends one.
     */
    private void layout(List<Atom> run, int depth) {
      int n = run.size();
      boolean[] forced = new boolean[n];
      boolean[] space = new boolean[n];
      int[] level = new int[n];
      for (int i = 0; i < n; i++) {
        Atom a = run.get(i);
        if (i > 0) {
          Atom prev = run.get(i - 1);
          forced[i] = prev.isLineComment() || (!a.isDefault() && a.breaks > 0);
          space[i] = !glued(run, i) && !a.isTightPunctuation();
        }
        if (a.isDefault()) {
          level[i] = a.type == SuretyLexer.SEMI ? 2 : a.type == SuretyLexer.COMMA ? 1 : 0;
        }
      }
      // a break after `,` or `;` moves past the comments (and glued characters) that follow it
      for (int i = 0; i + 1 < n; i++) {
        Atom next = run.get(i + 1);
        if (level[i] > 0 && !forced[i + 1]
            && (glued(run, i + 1) || (!next.isDefault() && next.breaks == 0))) {
          level[i + 1] = Math.max(level[i + 1], level[i]);
          level[i] = 0;
        }
      }
      // a line that a `surety:disable-next-line` covers stays one line, of its tokens only: what
      // the directive suppresses is decided by line (breaking it, or joining the next line to it,
      // suppressed other findings)
      for (int i = 1; i < n; i++) {
        int line = run.get(i).line();
        int previous = run.get(i - 1).endLine();
        if (covered.contains(line) && previous == line) {
          level[i - 1] = 0;
        } else if (covered.contains(line) || covered.contains(previous)) {
          forced[i] = true;
        }
      }
      // chunks: the pieces between break opportunities
      List<int[]> chunks = new ArrayList<>(); // {from, to (exclusive)}
      int from = 0;
      for (int i = 0; i < n; i++) {
        if (i == n - 1 || level[i] > 0 || forced[i + 1]) {
          chunks.add(new int[] {from, i + 1});
          from = i + 1;
        }
      }
      int indent = depth * INDENT;
      int continuation = indent + CONTINUATION;
      Line line = new Line(indent);
      int c = 0;
      while (c < chunks.size()) {
        int[] chunk = chunks.get(c);
        if (forced[chunk[0]] && !line.fresh) {
          line.newLine(continuation);
        }
        int g = c;
        while (g + 1 < chunks.size() && level[chunks.get(g)[1] - 1] != 2
            && !forced[chunks.get(g + 1)[0]]) {
          g++;
        }
        int groupWidth = 0;
        boolean multiLine = false;
        for (int k = c; k <= g; k++) {
          int[] ch = chunks.get(k);
          groupWidth += (k > c && space[ch[0]] ? 1 : 0) + width(run, ch, space);
          for (int i = ch[0]; i < ch[1]; i++) {
            multiLine |= run.get(i).text.indexOf('\n') >= 0;
          }
        }
        if (!line.fits(space[chunk[0]], groupWidth)) {
          line.newLine(continuation);
        }
        // a comment over several lines: its width is not one number, so piece by piece
        boolean whole = !multiLine && line.fitsStrictly(space[chunk[0]], groupWidth);
        for (int k = c; k <= g; k++) {
          int[] ch = chunks.get(k);
          if (!whole && !line.fits(space[ch[0]], width(run, ch, space))) {
            line.newLine(continuation);
          }
          for (int i = ch[0]; i < ch[1]; i++) {
            line.append(run.get(i).text, space[i]);
          }
        }
        c = g + 1;
      }
      out.append(newline);
      printedAnything = true;
    }

    /** The width of a chunk on its first line. */
    private static int width(List<Atom> run, int[] chunk, boolean[] space) {
      int w = 0;
      for (int i = chunk[0]; i < chunk[1]; i++) {
        if (i > chunk[0] && space[i]) {
          w++;
        }
        String text = run.get(i).text;
        int lf = text.indexOf('\n');
        w += text.codePointCount(0, lf < 0 ? text.length() : lf);
        if (lf >= 0) {
          break;
        }
      }
      return w;
    }

    /** The line being written: its column and whether anything is on it yet. */
    private final class Line {
      int column;
      boolean fresh = true;

      Line(int indent) {
        out.append(" ".repeat(indent));
        column = indent;
      }

      /** Whether a piece this wide fits after what is on the line (always, on a fresh line). */
      boolean fits(boolean space, int width) {
        return fresh || column + (space ? 1 : 0) + width <= MAX_WIDTH;
      }

      /** Whether a piece this wide fits after what is on the line, even on a fresh line. */
      boolean fitsStrictly(boolean space, int width) {
        return column + (space && !fresh ? 1 : 0) + width <= MAX_WIDTH;
      }

      void newLine(int indent) {
        out.append(newline).append(" ".repeat(indent));
        column = indent;
        fresh = true;
      }

      void append(String text, boolean space) {
        if (!fresh && space) {
          out.append(' ');
          column++;
        }
        write(text);
        int lf = text.lastIndexOf('\n');
        column = lf < 0 ? column + text.codePointCount(0, text.length())
            : text.codePointCount(lf + 1, text.length());
        fresh = false;
      }
    }
  }
}

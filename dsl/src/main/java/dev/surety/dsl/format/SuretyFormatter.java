package dev.surety.dsl.format;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.Limits;
import dev.surety.dsl.internal.FileParser;
import dev.surety.dsl.internal.Reporter;
import dev.surety.dsl.internal.SuretyLexer;
import dev.surety.dsl.internal.SuretyParser;
import dev.surety.core.model.Suppression;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Lays a Surety draft out in the canonical layout of LANGUAGE.md section 6. The decisions are
 * documented in {@code docs/formatting.md}.
 *
 * <p>The formatter works from the parse tree, which says where each statement and block begins and
 * ends, and from the full token stream, hidden channel included: every comment is re-emitted with
 * its text unchanged, attached where it was (before a statement, at the end of a statement's line,
 * inside a statement, at the end of a block or of the file). Only the whitespace between tokens is
 * decided by the formatter; the tokens themselves are copied. As a last guard, the result is lexed
 * again and must hold exactly the same tokens and comments as the input, else nothing is returned.
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
    boolean bom = source.startsWith("\uFEFF");
    // the text as the compiler reads it: a lone CR becomes LF (and stays so in the output)
    String text = FileParser.prepared(source);

    Reporter reporter = new Reporter();
    FileParser.Result read = FileParser.parse(text, file, Limits.defaults(), reporter);
    List<Diagnostic> syntax = new ArrayList<>();
    for (Diagnostic d : reporter.diagnostics()) {
      if (d.code().equals(CompilerRules.SYNTAX_ERROR)) {
        syntax.add(d);
      }
    }
    if (!syntax.isEmpty()) {
      syntax.sort(Diagnostic.ORDER);
      return FormatResult.failed(syntax, text);
    }

    CommonTokenStream tokens = lex(text, file);
    SuretyParser.FileContext tree = parse(tokens);
    if (tree == null) {
      return internal(file, text, "the formatter could not parse a text the compiler accepted");
    }
    String newline = newline(tokens.getTokens());
    Set<Integer> directives = new HashSet<>();
    Set<Integer> covered = new HashSet<>();
    for (Suppression s : read.suppressions) {
      if (s.scope() == Suppression.Scope.NEXT_LINE) {
        directives.add(s.range().start().line());
        covered.add(s.line());
      }
    }
    String body = new Printer(tokens.getTokens(), tree, newline, covered).print();
    List<Token> before = significant(tokens.getTokens());
    List<Token> after = body == null ? List.of() : significant(lex(body, file).getTokens());
    if (body == null || !sameTokens(before, after)) {
      return internal(file, text,
          "the formatter could not keep every token and comment in place;"
          + " the text was left as it is");
    }
    Token moved = movedDirective(before, after, directives);
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

  private static FormatResult internal(String file, String text, String message) {
    Reporter reporter = new Reporter();
    reporter.report(CompilerRules.SYNTAX_ERROR,
        SourceRange.of(file, SourcePosition.NONE, SourcePosition.NONE), message);
    return FormatResult.failed(reporter.diagnostics(), text);
  }

  static CommonTokenStream lex(String text, String file) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    return tokens;
  }

  private static SuretyParser.FileContext parse(CommonTokenStream tokens) {
    SuretyParser parser = new SuretyParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.file();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      try {
        return parser.file();
      } catch (ParseCancellationException again) {
        return null;
      }
    }
  }

  /**
   * CRLF when the first line break between tokens is CRLF, else LF. Not one inside a block
   * comment: the layout joins and breaks lines around it, so the first line of the output need not
   * be the first of the input (found by fuzzing: a CRLF file whose first comment held an LF came
   * out CRLF once and LF the second time).
   */
  private static String newline(List<Token> tokens) {
    for (Token t : tokens) {
      if (t.getType() == SuretyLexer.WS) {
        String ws = t.getText();
        int lf = ws.indexOf('\n');
        if (lf >= 0) {
          return lf > 0 && ws.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
        }
      }
    }
    return "\n";
  }

  /**
   * The first {@code surety:disable-next-line} (its comment) that covers other tokens in {@code
   * after} than in {@code before} (the same significant tokens, laid out differently), or null. A
   * directive covers the line of the first statement token after its own line, and what it
   * suppresses is decided by that line.
   */
  private static Token movedDirective(List<Token> before, List<Token> after,
      Set<Integer> lines) {
    for (int k = 0; k < before.size(); k++) {
      Token t = before.get(k);
      if (t.getType() == SuretyLexer.LINE_COMMENT && lines.contains(t.getLine())
          && !coveredBy(before, k).equals(coveredBy(after, k))) {
        return t;
      }
    }
    return null;
  }

  /** The indices of the tokens on the line that a directive at {@code k} covers. */
  private static List<Integer> coveredBy(List<Token> tokens, int k) {
    int line = -1;
    for (int i = k + 1; i < tokens.size() && line < 0; i++) {
      Token t = tokens.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getLine() > tokens.get(k).getLine()) {
        line = t.getLine();
      }
    }
    List<Integer> covered = new ArrayList<>();
    for (int i = k + 1; i < tokens.size() && line >= 0; i++) {
      if (tokens.get(i).getLine() == line) {
        covered.add(i);
      } else if (tokens.get(i).getLine() > line) {
        break;
      }
    }
    return covered;
  }

  /** The same significant tokens (type and text) in the same order. */
  private static boolean sameTokens(List<Token> a, List<Token> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).getType() != b.get(i).getType()
          || !text(a.get(i)).equals(text(b.get(i)))) {
        return false;
      }
    }
    return true;
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

  static List<Token> significant(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.getType() != SuretyLexer.WS && t.getType() != Token.EOF) {
        out.add(t);
      }
    }
    return out;
  }

  // ---- the printer ---------------------------------------------------------------------------

  /** What a run of tokens is, for blank lines and indentation. */
  private enum Kind { OPEN, CLOSE, STATEMENT }

  /** A run: the default-channel tokens of one statement, one block opening or one block end. */
  private record Run(int first, int last, int depth, Kind kind) {}

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

  private static final class Printer {
    private final List<Atom> atoms = new ArrayList<>();
    private final int[] atomOfToken;
    private final List<Run> runs = new ArrayList<>();
    private final String newline;
    /** The lines a {@code surety:disable-next-line} covers: each keeps its tokens together. */
    private final Set<Integer> covered;
    private final StringBuilder out = new StringBuilder();
    /** What was printed last: nothing, a block opening, or anything else. */
    private Kind last;
    private boolean printedAnything;

    Printer(List<Token> tokens, SuretyParser.FileContext tree, String newline,
        Set<Integer> covered) {
      this.newline = newline;
      this.covered = covered;
      atomOfToken = new int[tokens.size()];
      int breaks = 0;
      boolean adjacent = true;
      boolean first = true;
      for (Token t : tokens) {
        atomOfToken[t.getTokenIndex()] = -1;
        if (t.getType() == Token.EOF) {
          continue;
        }
        if (t.getType() == SuretyLexer.WS) {
          String ws = t.getText();
          for (int i = 0; i < ws.length(); i++) {
            if (ws.charAt(i) == '\n') {
              breaks++;
            }
          }
          adjacent = false;
          continue;
        }
        atomOfToken[t.getTokenIndex()] = atoms.size();
        atoms.add(new Atom(t, breaks, adjacent && !first));
        breaks = 0;
        adjacent = true;
        first = false;
      }
      collect(tree);
    }

    // ---- the structure, from the parse tree

    private void collect(SuretyParser.FileContext tree) {
      SuretyParser.FileBodyContext body = tree.fileBody();
      if (body.children == null) {
        return;
      }
      for (ParseTree child : body.children) {
        if (child instanceof SuretyParser.ArrangementContext a) {
          block(a.getStart(), a.LBRACE().getSymbol(), a.RBRACE().getSymbol(), 0,
              a.arrangementBody());
        } else {
          statement((ParserRuleContext) child, 0);
        }
      }
    }

    private void block(Token start, Token open, Token close, int depth, ParserRuleContext body) {
      runs.add(new Run(start.getTokenIndex(), open.getTokenIndex(), depth, Kind.OPEN));
      if (body.children != null) {
        for (ParseTree child : body.children) {
          ParseTree member = child instanceof SuretyParser.MemberContext m ? m.getChild(0) : child;
          if (member instanceof SuretyParser.LayerContext l) {
            block(l.LAYER().getSymbol(), l.LBRACE().getSymbol(), l.RBRACE().getSymbol(), depth + 1,
                l.layerBody());
          } else {
            statement((ParserRuleContext) member, depth + 1);
          }
        }
      }
      runs.add(new Run(close.getTokenIndex(), close.getTokenIndex(), depth, Kind.CLOSE));
    }

    private void statement(ParserRuleContext ctx, int depth) {
      runs.add(new Run(ctx.getStart().getTokenIndex(), ctx.getStop().getTokenIndex(), depth,
          Kind.STATEMENT));
    }

    // ---- printing

    /** The formatted text, or null when the runs do not cover every token (never expected). */
    String print() {
      int next = 0;
      for (int r = 0; r < runs.size(); r++) {
        Run run = runs.get(r);
        int first = atomOfToken[run.first()];
        int lastAtom = atomOfToken[run.last()];
        if (first < next || lastAtom < first) {
          return null;
        }
        for (int i = next; i < first; i++) {
          if (atoms.get(i).isDefault()) {
            return null;
          }
        }
        // comments on the same line just before the statement's first token belong to it
        int start = first;
        while (start > next && atoms.get(start).breaks == 0
            && !atoms.get(start - 1).isLineComment()) {
          start--;
        }
        int gapDepth = run.kind() == Kind.CLOSE ? run.depth() + 1 : run.depth();
        gap(next, start, gapDepth);
        // comments on the same line just after its last token, too
        int end = lastAtom + 1;
        while (end < atoms.size() && !atoms.get(end).isDefault() && atoms.get(end).breaks == 0) {
          end++;
        }
        if (run.kind() != Kind.CLOSE && blankAllowed() && atoms.get(start).breaks >= 2) {
          out.append(newline);
        }
        layout(atoms.subList(start, end), run.depth());
        last = run.kind() == Kind.OPEN ? Kind.OPEN : Kind.STATEMENT;
        next = end;
      }
      for (int i = next; i < atoms.size(); i++) {
        if (atoms.get(i).isDefault()) {
          return null;
        }
      }
      gap(next, atoms.size(), 0);
      return out.toString();
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

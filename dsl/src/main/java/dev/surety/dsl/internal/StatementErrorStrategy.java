package dev.surety.dsl.internal;

import static dev.surety.dsl.internal.SuretyParser.*;

import dev.surety.dsl.CompilerRules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Error recovery at statement boundaries, with messages in words.
 *
 * <ul>
 *   <li>The header of an arrangement or a layer is mended where the drafter's intent is plain
 *       ({@link #blockHeader}): a title without quotes is read as the title, a {@code {} left out
 *       is supplied; one SUR001 each, and the block's statements are read inside it (before, a
 *       title without quotes swallowed the whole body, and a missing {@code {} reported every
 *       statement of the body as outside an arrangement).
 *   <li>Otherwise no single-token insertion or deletion: a mismatch inside a statement is an exception that
 *       travels up to the statement rule (include, arrangement, layer, header, declaration,
 *       commitment, force level, term), which reports it once and skips to the statement's end:
 *       past the next {@code .}, or up to the {@code }} that closes the enclosing block (a
 *       {@code { ... }} met on the way is skipped whole).
 *   <li>In the statement loops ({@code fileBody}, {@code arrangementBody}, {@code layerBody}), a
 *       token that cannot begin a statement there is reported and its statement skipped the same
 *       way.
 * </ul>
 *
 * So each independent error yields exactly one SUR001. After {@code maxErrors} errors in a file the
 * rest are counted, not reported, and one final note says how many were left out.
 */
public final class StatementErrorStrategy extends DefaultErrorStrategy {

  private final Positions positions;
  private final Reporter reporter;
  private final int maxErrors;
  private int errors;
  /**
   * The unclosed string of a title that held its block's {@code {} ({@code arrangement "T {}),
   * until the parser asks for that {@code {}: supplied then without a second error.
   */
  private Token braceInTitle;

  public StatementErrorStrategy(Positions positions, Reporter reporter, int maxErrors) {
    this.positions = positions;
    this.reporter = reporter;
    this.maxErrors = maxErrors;
  }

  /** Errors beyond the cap, for the final note. */
  public int suppressedErrors() {
    return Math.max(0, errors - maxErrors);
  }

  public int errors() {
    return errors;
  }

  static boolean isStatement(ParserRuleContext ctx) {
    return ctx instanceof IncludeContext
        || ctx instanceof ArrangementContext
        || ctx instanceof LayerContext
        || ctx instanceof HeaderContext
        || ctx instanceof DeclarationContext
        || ctx instanceof CommitmentContext
        || ctx instanceof ForceLevelContext
        || ctx instanceof TermContext;
  }

  private static boolean isBody(ParserRuleContext ctx) {
    return ctx instanceof FileBodyContext
        || ctx instanceof ArrangementBodyContext
        || ctx instanceof LayerBodyContext;
  }

  @Override
  public Token recoverInline(Parser recognizer) throws RecognitionException {
    ParserRuleContext ctx = recognizer.getContext();
    if (ctx instanceof ArrangementContext || ctx instanceof LayerContext) {
      Token mended = blockHeader(recognizer, ctx);
      if (mended == null) {
        mended = unclosedBlock(recognizer, ctx);
      }
      if (mended != null) {
        return mended;
      }
    }
    throw new InputMismatchException(recognizer);
  }

  /**
   * The {@code }} of an arrangement or a layer, made up, when the next block of the same kind
   * begins where it is expected: blocks do not nest, so its {@code }} was left out (the body's
   * {@link #sync} leaves such a block to end the one before it). Reported once, after the block's
   * last statement, and the next block is read as written; before, it was skipped as a statement
   * that cannot stand there, and its commitments were lost.
   */
  /**
   * Whether a token of {@code type} at the start of a statement ends a block left open: an
   * arrangement ends at the next {@code arrangement}, a layer at the next {@code layer} or {@code
   * arrangement} (blocks do not nest).
   */
  private static boolean endsOpenBlock(int type, boolean layer) {
    return type == ARRANGEMENT || layer && type == LAYER;
  }

  private Token unclosedBlock(Parser recognizer, ParserRuleContext block) {
    TokenStream in = recognizer.getInputStream();
    Token next = in.LT(1);
    Token last = in.LT(-1);
    if (last == null || !recognizer.getExpectedTokens().contains(RBRACE)
        || !endsOpenBlock(next.getType(), block instanceof LayerContext)) {
      return null;
    }
    count(positions.after(last), SyntaxMessages.unclosedBlock(block, next),
        SyntaxMessages.unclosedBlockHelp(block, last));
    return madeUp(recognizer, RBRACE, "}", last, last);
  }

  /**
   * The token an arrangement's or a layer's header lacks, made up, when what stands there shows
   * what was meant; null otherwise (the mismatch is then an error like any other). A title
   * without quotes: the words up to a {@code {} on the same line are consumed and read as the
   * title. A {@code {} left out: when the next token begins a statement, a {@code {} is supplied
   * before it. Either is reported once. The made-up token has no index, so the parser adds it to
   * the tree as an error node, which the model builder reads as the title or the brace.
   */
  private Token blockHeader(Parser recognizer, ParserRuleContext block) {
    TokenStream in = recognizer.getInputStream();
    Token next = in.LT(1);
    IntervalSet expected = recognizer.getExpectedTokens();
    if (expected.contains(STRING) && next.getType() == LBRACE) {
      // `arrangement {`: no title at all
      count(positions.after(in.LT(-1)), SyntaxMessages.missingTitle(block),
          SyntaxMessages.unquotedTitleHelp(block, "Title"));
      return madeUp(recognizer, STRING, "\"\"", in.LT(-1), in.LT(-1));
    }
    if (expected.contains(STRING) && next.getType() == UNTERMINATED_STRING) {
      return unclosedTitle(recognizer, block, next);
    }
    if (expected.contains(STRING) && next.getType() != STRING) {
      int k = 1;
      while (in.LT(k).getLine() == next.getLine() && isTitleWord(in.LT(k).getType())) {
        k++;
      }
      Token brace = in.LT(k);
      // the words end at a `{` on their line, or at the line's end when the next line begins a
      // statement (the `{` left out too: supplied next, by the case below)
      boolean braced = brace.getType() == LBRACE && brace.getLine() == next.getLine();
      boolean unbraced = brace.getLine() > next.getLine()
          && (StatementKeywords.startsStatement(brace.getType()) || brace.getType() == IDENT);
      // `arrangement Nordic Shield" {`: the closing quote alone, which opens a string to the end
      // of the line (the `{` inside it)
      boolean quoted = brace.getType() == UNTERMINATED_STRING && brace.getLine() == next.getLine()
          && LONE_QUOTE.matcher(brace.getText()).matches();
      if (k == 1 || !(braced || unbraced || quoted)) {
        return null;
      }
      Token last = in.LT(k - 1);
      String words;
      if (positions.readable(next.getStartIndex(), last.getStopIndex())) {
        words = positions.text().substring(next.getStartIndex(), last.getStopIndex() + 1)
            .replaceAll("(?U)\\s+", " ");
      } else { // a text beyond the BMP: indices count code points, not chars
        StringBuilder joined = new StringBuilder(next.getText());
        for (int i = 2; i < k; i++) {
          joined.append(' ').append(in.LT(i).getText());
        }
        words = joined.toString();
      }
      String curly = SyntaxMessages.withoutCurlyQuotes(words);
      if (quoted) {
        count(positions.range(next, brace), SyntaxMessages.unopenedTitle(block, words),
            SyntaxMessages.unquotedTitleHelp(block, words));
        for (int i = 1; i <= k; i++) {
          recognizer.consume();
        }
        braceInTitle = brace.getText().indexOf('{') >= 0 ? brace : null;
        return madeUp(recognizer, STRING, "\"" + words + "\"", next, brace);
      } else if (curly != null) { // “Nordic Shield”, pasted from a word processor
        words = curly;
        count(positions.range(next, last), SyntaxMessages.curlyTitle(block, words),
            SyntaxMessages.unquotedTitleHelp(block, words));
      } else {
        count(positions.range(next, last), SyntaxMessages.unquotedTitle(block, words),
            SyntaxMessages.unquotedTitleHelp(block, words));
      }
      for (int i = 1; i < k; i++) {
        recognizer.consume();
      }
      return madeUp(recognizer, STRING, "\"" + words + "\"", next, last);
    }
    Token title = in.LT(-1);
    Token braceTaken = braceInTitle;
    braceInTitle = null;
    if (braceTaken != null && expected.contains(LBRACE) && title == braceTaken) {
      // right after that title, the `{` written inside its unclosed string: already reported
      // with the quote (never a later block's, which would pass a missing `{` by in silence)
      return madeUp(recognizer, LBRACE, "{", braceTaken, braceTaken);
    }
    if (expected.contains(LBRACE) && next.getType() != LBRACE && title != null
        && (StatementKeywords.startsStatement(next.getType())
            || next.getType() == IDENT && next.getLine() > title.getLine())) {
      count(positions.after(title), SyntaxMessages.missingBrace(block, next),
          SyntaxMessages.missingBraceHelp(block, title));
      return madeUp(recognizer, LBRACE, "{", title, title);
    }
    return null;
  }

  /**
   * A title whose closing quote is missing ({@code arrangement "Nordic Shield {}): the string runs
   * to the end of its line and takes the {@code {} with it. Read as the title when the line ends in
   * {@code {} (which is then supplied), or when a {@code {} or a statement follows on the next
   * line; one SUR001 at the title. Else null: an error like any other.
   */
  private Token unclosedTitle(Parser recognizer, ParserRuleContext block, Token string) {
    TokenStream in = recognizer.getInputStream();
    Matcher m = UNCLOSED_TITLE.matcher(string.getText());
    if (!m.matches()) {
      return null;
    }
    String words = m.group(1).strip();
    boolean braced = m.group(2) != null;
    Token after = in.LT(2);
    if (!braced && !(after.getType() == LBRACE
        || after.getLine() > string.getLine() && StatementKeywords.startsStatement(after.getType()))) {
      return null;
    }
    if (words.isEmpty() || words.indexOf('\\') >= 0) {
      return null; // `arrangement " {`, or escapes: no title plain enough to read
    }
    count(positions.range(string), SyntaxMessages.unclosedTitle(block, words),
        SyntaxMessages.unquotedTitleHelp(block, words));
    recognizer.consume();
    braceInTitle = braced ? string : null;
    return madeUp(recognizer, STRING, "\"" + words + "\"", string, string);
  }

  /** An unclosed string that is a title and maybe its block's {@code {}: {@code "Title {}. */
  // Possessive: a lazy title before greedy blanks backtracked cubically over a run of blanks (a
  // title of 2,000 spaces took 12 s); the title's blanks at its end are stripped where it is read.
  private static final Pattern UNCLOSED_TITLE = Pattern.compile("\"([^{}]*+)(\\{)?\\s*+");
  /** The closing quote of a title alone, maybe with the block's {@code {}: {@code " {}. */
  private static final Pattern LONE_QUOTE = Pattern.compile("\"\\s*+\\{?\\s*+");

  /** Words that may stand in an unquoted title: anything but punctuation and strings. */
  private static boolean isTitleWord(int type) {
    return type != LBRACE && type != RBRACE && type != DOT && type != STRING
        && type != UNTERMINATED_STRING && type != Token.EOF;
  }

  private static Token madeUp(Parser recognizer, int type, String text, Token from, Token to) {
    CommonToken token = new CommonToken(type, text);
    token.setLine(from.getLine());
    token.setCharPositionInLine(from.getCharPositionInLine());
    token.setStartIndex(from.getStartIndex());
    token.setStopIndex(to.getStopIndex());
    token.setTokenIndex(-1);
    return token;
  }

  @Override
  public void sync(Parser recognizer) {
    ParserRuleContext ctx = recognizer.getContext();
    if (!isBody(ctx)) {
      return;
    }
    ATNState state = recognizer.getInterpreter().atn.states.get(recognizer.getState());
    IntervalSet next = recognizer.getATN().nextTokens(state);
    TokenStream input = recognizer.getInputStream();
    while (true) {
      int la = input.LA(1);
      if (la == Token.EOF || next.contains(la) && !(la == IDENT && ctx instanceof FileBodyContext
          && !((SuretyParser) recognizer).misspeltArrangement())) {
        // a word at file level begins a statement only as a misspelt `arrangement "T" {`
        return;
      }
      if (la == RBRACE && !(ctx instanceof FileBodyContext)) {
        return; // closes the enclosing block
      }
      if (!(ctx instanceof FileBodyContext) && ctx.getChildCount() > 0
          && endsOpenBlock(la, ctx instanceof LayerBodyContext)) {
        // after the block's statements, the next block of its kind: its `}` is missing, and the
        // next one ends it (recoverInline); right after its `{`, a block nested on purpose is
        // skipped as a statement that cannot stand there
        return;
      }
      Token offending = input.LT(1);
      Token last = null;
      if (la == RBRACE) {
        recognizer.consume();
      } else {
        last = skipStatement(recognizer, offending);
      }
      report(positions.range(offending), unexpectedStatement(ctx, offending),
          SyntaxMessages.startHelp(ctx, offending), offending, last);
    }
  }

  @Override
  public void reportError(Parser recognizer, RecognitionException e) {
    flush(null); // never left pending: recover follows reportError
    if (!isStatement(recognizer.getContext())) {
      return; // reported by the statement the error travels up to
    }
    Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
    IntervalSet expected = expected(e);
    ParserRuleContext statement = recognizer.getContext();
    Token previous = previous(recognizer, offending);
    Token first = statement.getStart();
    if (statement instanceof CommitmentContext && first != null && first.getType() == IDENT
        && SyntaxMessages.miscasedKeyword(first.getText()) != null) {
      // `Duration 10 years.` read as a commitment by `Duration`: the error is the keyword's case
      defer(offending, positions.range(first), SyntaxMessages.miscased(first.getText()),
          SyntaxMessages.miscasedHelp(first.getText()));
      return;
    }
    Token numberDot = numberEndingInDot(recognizer, statement);
    if (numberDot != null) {
      // `800000. personnel.`: the `.` ended the statement before, and the words after it on the
      // line were read as a statement of their own; the mistake is the number's
      Token number = previous(recognizer, numberDot);
      ParserRuleContext ended = statementBefore(statement);
      defer(offending, positions.range(number, numberDot),
          SyntaxMessages.numberEndingInDot(number.getText(), ended),
          SyntaxMessages.numberEndingInDotHelp(number.getText()));
      if (ended != null && ended.exception == null) {
        // the statement the `.` ended is not read either: its number is not what was meant
        ended.exception = new RecognitionException(recognizer, recognizer.getInputStream(), ended);
      }
      return;
    }
    if (trailingDot(recognizer.getInputStream(), offending, previous)) {
      // `sustain UA forces: 800000. personnel.`: the `.` right after the number, words after it
      defer(offending, positions.range(previous, offending),
          SyntaxMessages.numberEndingInDot(previous.getText(), null),
          SyntaxMessages.numberEndingInDotHelp(previous.getText()));
      return;
    }
    TokenStream input = recognizer.getInputStream();
    if (offending.getType() != Token.EOF && expected.contains(DOT) && previous != null
        && input.LT(1) == offending && first != null
        && StatementKeywords.beginsStatementLine(input, 1, first.getCharPositionInLine())) {
      // a statement complete but for its `.`, and the next line begins a new statement
      // (`US backstop: intelligence; on attack` then `duration 10 years.` or `UK backstop: ...`):
      // reported once, at the end of its line, and read as written (recover supplies the `.`)
      count(positions.after(previous), SyntaxMessages.missingDot(statement, offending),
          SyntaxMessages.missingDotHelp(previous));
      mend = e;
      return;
    }
    if (previous != null && previous.getType() == SEMI && input.LT(1) == offending && first != null
        && StatementKeywords.beginsStatementLine(input, 1, first.getCharPositionInLine())) {
      // `on attack;` at the end of a line, a new statement on the next: the `;` left it open
      defer(offending, positions.range(previous), SyntaxMessages.openAtSemicolon(statement),
          SyntaxMessages.openAtSemicolonHelp(previous));
      return;
    }
    String message = SyntaxMessages.inStatement(statement, offending, expected, previous);
    String help = SyntaxMessages.help(statement, offending, expected, previous,
        previous == null ? null : previous(recognizer, previous),
        offending.getType() == COLON ? withoutColon(recognizer, statement, offending) : null);
    if (help == null && input.LT(1) == offending && previous != null
        && (expected.contains(COMMA) || expected.contains(DOT) || expected.contains(SEMI))
        && previous.getType() == IDENT && offending.getType() == IDENT
        && (offending.getText().equals("and") || offending.getText().equals("or"))
        && input.LT(2).getType() == IDENT && input.LT(2).getLine() == offending.getLine()) {
      // `against RU and UK.`: ids listed as in prose
      help = "ids in a list are separated by `,`: write `" + previous.getText() + ", "
          + input.LT(2).getText() + "`";
    }
    Token fraction = leadingDotFraction(recognizer.getInputStream(), offending);
    if (fraction != null && expected.contains(NUMBER)) {
      help = SyntaxMessages.leadingDotHelp(fraction.getText());
    }
    if (offending.getType() != Token.EOF
        && expected.contains(DOT)
        && previous != null
        && previous.getLine() < offending.getLine()) {
      // "expected `.`": the mistake is at the end of the previous line, not at the next statement
      defer(offending, positions.after(previous), message, help);
    } else if (offending.getType() == Token.EOF && previous != null) {
      defer(offending, positions.after(previous), message, help);
    } else {
      defer(offending, positions.range(offending), message, help);
    }
  }

  /** Keeps a statement's error until {@link #recover} knows what it skips ({@link #flush}). */
  private void defer(Token offending, dev.surety.core.source.SourceRange range, String message,
      String help) {
    pending = new Pending(range, message, help, offending);
  }

  @Override
  public void recover(Parser recognizer, RecognitionException e) throws RecognitionException {
    if (!isStatement(recognizer.getContext())) {
      throw e;
    }
    TokenStream input = recognizer.getInputStream();
    if (mend == e) {
      mend = null;
      ParserRuleContext statement = recognizer.getContext();
      read(statement, e);
      statement.addErrorNode(recognizer.createErrorNode(statement,
          madeUp(recognizer, DOT, ".", input.LT(-1), input.LT(-1))));
      return;
    }
    Token next = input.LT(1);
    Token start = recognizer.getContext().getStart();
    int column = start == null ? Integer.MAX_VALUE : start.getCharPositionInLine();
    // a forgotten `.`: the next line's statement is read as it stands; but not when the failing
    // statement is that very statement (it read nothing): the statement loop would fail on it
    // again and again, without end (found by fuzzing)
    if (StatementKeywords.beginsStatementLine(input, 1, column)
        && next.getTokenIndex() > start.getTokenIndex()) {
      flush(null);
      return;
    }
    // `kind guarantee;` at the end of a line: a `.` written as `;`; the next line's statement is
    // read as it stands rather than skipped to its own `.` (it would be reported missing)
    if (next.getType() == SEMI && StatementKeywords.beginsStatementLine(input, 2, column)) {
      recognizer.consume();
      flush(null);
      return;
    }
    if (trailingDot(input, next, previous(recognizer, next))) {
      recognizer.consume(); // a number's `.` (reported as such), not the statement's end
    }
    flush(skipStatement(recognizer, start));
  }

  /** The error of a statement that lacks only its `.`, which {@link #recover} supplies. */
  private RecognitionException mend;

  /**
   * Clears {@code e} from {@code ctx} and the contexts below it that it travelled up through: the
   * statement is complete, and is read as written.
   */
  private static void read(ParserRuleContext ctx, RecognitionException e) {
    if (ctx.exception == e) {
      ctx.exception = null;
    }
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (ctx.getChild(i) instanceof ParserRuleContext) {
        read((ParserRuleContext) ctx.getChild(i), e);
      }
    }
  }

  /** The error of the statement being recovered, reported once its skip is known ({@link #flush}). */
  private Pending pending;

  private record Pending(dev.surety.core.source.SourceRange range, String message, String help,
      Token offending) {}

  /**
   * Reports the error {@link #reportError} left pending, with a note naming the lines that the
   * recovery skipped after the error's own line up to {@code last} (the last token skipped), if
   * any: what the drafter wrote there is not read, and must not vanish without a word.
   */
  private void flush(Token last) {
    Pending p = pending;
    pending = null;
    if (p == null) {
      return;
    }
    report(p.range(), p.message(), p.help(), p.offending(), last);
  }

  private void report(dev.surety.core.source.SourceRange range, String message, String help,
      Token offending, Token last) {
    int line = range.start().line();
    if (last == null || last.getType() == Token.EOF || last.getLine() <= line) {
      count(range, message, help);
      return;
    }
    int from = line + 1;
    int to = last.getLine();
    dev.surety.core.source.SourceRange skipped = positions.range(last);
    skipped = dev.surety.core.source.SourceRange.of(skipped.file(), from, 1,
        skipped.end().line(), skipped.end().column());
    count(range, message, help, dev.surety.core.diagnostic.RelatedLocation.of(skipped,
        (from == to ? "line " + from + " is" : "lines " + from + " to " + to + " are")
            + " not read: skipped with the statement in error, up to "
            + (last.getType() == DOT ? "its `.`" : "what ends it")));
  }

  /**
   * Whether {@code dot}, the next token, is a {@code .} written right after the number {@code
   * previous} with words after it on its line that begin no statement ({@code 800000. personnel.}):
   * the number's mistake, not the statement's end.
   */
  private static boolean trailingDot(TokenStream input, Token dot, Token previous) {
    if (dot.getType() != DOT || previous == null || previous.getType() != NUMBER
        || previous.getStopIndex() + 1 != dot.getStartIndex() || input.LT(1) != dot) {
      return false;
    }
    Token after = input.LT(2);
    return after.getLine() == dot.getLine()
        && (after.getType() == IDENT || SyntaxMessages.isKeyword(after.getType()))
        && !StatementKeywords.startsStatement(after.getType());
  }

  private static IntervalSet expected(RecognitionException e) {
    try {
      if (e instanceof NoViableAltException || e instanceof InputMismatchException
          || e instanceof FailedPredicateException) {
        IntervalSet set = e.getExpectedTokens();
        return set == null ? new IntervalSet() : set;
      }
    } catch (RuntimeException ignored) {
      // fall through: no expectation known
    }
    return new IntervalSet();
  }

  private static Token previous(Parser recognizer, Token offending) {
    TokenStream input = recognizer.getInputStream();
    for (int i = offending.getTokenIndex() - 1; i >= 0; i--) {
      Token t = input.get(i);
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        return t;
      }
    }
    return null;
  }

  /**
   * The {@code .} that ends a number and its statement ({@code USD 5. personnel.}), when the
   * failing {@code statement} is the words after it on its line, which no keyword begins; null
   * otherwise (statements may share a line: {@code kind guarantee. status draft.}).
   */
  private static Token numberEndingInDot(Parser recognizer, ParserRuleContext statement) {
    Token first = statement.getStart();
    if (first == null || first.getTokenIndex() < 2 || StatementKeywords.startsStatement(first.getType())
        || first.getType() == LBRACE || first.getType() == RBRACE) {
      return null;
    }
    Token dot = previous(recognizer, first);
    Token number = dot == null ? null : previous(recognizer, dot);
    return number != null && dot.getType() == DOT && number.getType() == NUMBER
        && number.getStopIndex() + 1 == dot.getStartIndex()
        && dot.getLine() == first.getLine() ? dot : null;
  }

  /** The statement right before {@code statement} in its block, or null. */
  private static ParserRuleContext statementBefore(ParserRuleContext statement) {
    ParserRuleContext child = statement;
    ParserRuleContext parent = statement.getParent();
    while (parent != null && !isBody(parent)) {
      child = parent;
      parent = parent.getParent();
    }
    if (parent == null || parent.children == null) {
      return null;
    }
    int at = parent.children.indexOf(child);
    for (int i = at - 1; i >= 0; i--) {
      if (parent.children.get(i) instanceof ParserRuleContext) {
        ParserRuleContext before = (ParserRuleContext) parent.children.get(i);
        while (!isStatement(before) && before.getChildCount() > 0
            && before.getChild(0) instanceof ParserRuleContext) {
          before = (ParserRuleContext) before.getChild(0); // a member: its statement
        }
        return isStatement(before) ? before : null;
      }
      return null; // a token skipped between them
    }
    return null;
  }

  /**
   * The number right after {@code dot}, with nothing between them ({@code .5}, a number written
   * without its leading {@code 0}), or null: that {@code .} ends no statement.
   */
  private static Token leadingDotFraction(TokenStream input, Token dot) {
    if (dot.getType() != DOT || input.LT(1) != dot) {
      return null;
    }
    Token next = input.LT(2);
    return next.getType() == NUMBER && next.getStartIndex() == dot.getStopIndex() + 1 ? next : null;
  }

  /**
   * Skips to the end of the current statement, which begins at {@code start}: past its {@code .};
   * or, when a later line begins with a statement's keyword no further right than {@code start}
   * (a new statement, not a continuation, which is indented deeper), up to that line, so that a
   * statement left without its {@code .} (a string not closed, a comment closed too early) does
   * not swallow the next one. Never consumes a {@code }} at depth 0.
   */
  static Token skipStatement(Parser recognizer, Token start) {
    TokenStream input = recognizer.getInputStream();
    int depth = 0;
    Token last = null;
    while (true) {
      int la = input.LA(1);
      if (la == Token.EOF) {
        return last;
      }
      Token next = input.LT(1);
      if (depth == 0 && start != null
          && next.getTokenIndex() > start.getTokenIndex()
          && next.getCharPositionInLine() <= start.getCharPositionInLine()
          && StatementKeywords.beginsStatementLine(input, 1, start.getCharPositionInLine())) {
        return last;
      }
      if (la == RBRACE) {
        if (depth == 0) {
          return last;
        }
        depth--;
        last = next;
        recognizer.consume();
        if (depth == 0) {
          return last;
        }
        continue;
      }
      if (la == LBRACE) {
        depth++;
      }
      Token fraction = la == DOT ? leadingDotFraction(input, next) : null;
      last = next;
      recognizer.consume();
      if (fraction != null) {
        last = input.LT(1);
        recognizer.consume(); // `.5`: a number, not the statement's end
        continue;
      }
      if (la == DOT && depth == 0) {
        return last;
      }
    }
  }

  private String unexpectedStatement(ParserRuleContext body, Token offending) {
    return SyntaxMessages.unexpectedAtStatementStart(body, offending);
  }

  private void count(dev.surety.core.source.SourceRange range, String message) {
    count(range, message, null);
  }

  /**
   * The statement as written, without the {@code :} right after its keyword ({@code kind:
   * assurance.} as {@code kind assurance.}), read from the tokens still to come; null when it does
   * not end within a few tokens or the colon is not right after the keyword.
   */
  private static String withoutColon(Parser recognizer, ParserRuleContext statement, Token colon) {
    TokenStream in = recognizer.getInputStream();
    if (statement.getStart() == null || in.LT(1) != colon || in.LT(-1) != statement.getStart()) {
      return null;
    }
    StringBuilder out = new StringBuilder(statement.getStart().getText());
    for (int i = 2; i <= 40; i++) {
      Token t = in.LT(i);
      int type = t.getType();
      if (type == Token.EOF || type == RBRACE || type == LBRACE || type == COLON) {
        return null;
      }
      if (type != DOT && type != COMMA && type != SEMI) {
        out.append(' ');
      }
      out.append(t.getText());
      if (type == DOT) {
        return out.length() <= 100 ? out.toString() : null;
      }
    }
    return null;
  }

  private void count(dev.surety.core.source.SourceRange range, String message, String help,
      dev.surety.core.diagnostic.RelatedLocation... related) {
    errors++;
    if (errors <= maxErrors) {
      reporter.report(CompilerRules.SYNTAX_ERROR, range, message, help, related);
    }
  }

  /** Token types a body may start a statement with, for messages. */
  static List<Integer> types(IntervalSet set) {
    List<Integer> out = new ArrayList<>();
    for (int t : set.toArray()) {
      out.add(t);
    }
    return out;
  }
}

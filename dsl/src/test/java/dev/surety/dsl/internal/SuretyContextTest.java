package dev.surety.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.junit.jupiter.api.Test;

/**
 * {@link SuretyContext} and {@link StreamedTokens} answer exactly as ANTLR's own {@link
 * ParserRuleContext} and {@link UnbufferedTokenStream} do (they differ only in how they test
 * types, for speed), on the parse trees of every draft of the repository, syntax errors included.
 */
class SuretyContextTest {

  @Test
  void terminalNodesAreFoundAsAntlrFindsThem() throws IOException {
    int compared = 0;
    List<String> differences = new ArrayList<>();
    for (String draft : StreamedParseTest.drafts()) {
      // recovering as the compiler does, so that error nodes are among the children too
      SuretyParser parser = recoveringParser(draft);
      List<ParserRuleContext> contexts = new ArrayList<>();
      collect(parser.file(), contexts);
      for (ParserRuleContext context : contexts) {
        assertThat(context).isInstanceOf(SuretyContext.class);
        ParserRuleContext antlr = new ParserRuleContext();
        antlr.children = context.children;
        if (!context.getText().equals(antlr.getText())) {
          differences.add(antlr.getText() + ": getText() " + context.getText());
        }
        // the types of its terminal children, and one it has none of
        Set<Integer> types = new TreeSet<>(List.of(SuretyLexer.UNTERMINATED_STRING));
        for (int i = 0; i < context.getChildCount(); i++) {
          if (context.getChild(i) instanceof TerminalNode) {
            types.add(((TerminalNode) context.getChild(i)).getSymbol().getType());
          }
        }
        for (int type : types) {
          if (!context.getTokens(type).equals(antlr.getTokens(type))) {
            differences.add(context.getText() + ": getTokens(" + type + ")");
          }
          // each of them, one index past the last, and past the children (null both ways)
          int count = antlr.getTokens(type).size();
          for (int i : List.of(-1, 0, count / 2, count - 1, count, count + 1,
              context.getChildCount())) {
            if (context.getToken(type, i) != antlr.getToken(type, i)) {
              differences.add(context.getText() + ": getToken(" + type + ", " + i + ")");
            }
          }
        }
        // the classes of its children, their common superclasses, and a class it has none of
        Set<Class<? extends ParseTree>> classes = new LinkedHashSet<>(List.of(
            SuretyParser.FileContext.class, ParserRuleContext.class, SuretyContext.class,
            TerminalNode.class, TerminalNodeImpl.class, ParseTree.class));
        for (int i = 0; i < context.getChildCount(); i++) {
          classes.add(context.getChild(i).getClass());
        }
        for (Class<? extends ParseTree> type : classes) {
          int count = 0;
          for (int i = 0; i < context.getChildCount(); i++) {
            count += type.isInstance(context.getChild(i)) ? 1 : 0;
          }
          for (int i : List.of(-1, 0, count / 2, count - 1, count, count + 1,
              context.getChildCount())) {
            if (context.getChild(type, i) != antlr.getChild(type, i)) {
              differences.add(context.getText() + ": getChild(" + type.getSimpleName() + ", " + i
                  + ")");
            }
          }
          if (ParserRuleContext.class.isAssignableFrom(type)) {
            @SuppressWarnings("unchecked")
            Class<? extends ParserRuleContext> rule = (Class<? extends ParserRuleContext>) type;
            if (!context.getRuleContexts(rule).equals(antlr.getRuleContexts(rule))) {
              differences.add(context.getText() + ": getRuleContexts(" + type.getSimpleName()
                  + ")");
            }
          }
        }
        compared++;
      }
    }
    assertThat(differences).isEmpty();
    assertThat(compared).isGreaterThan(1_000);
  }

  @Test
  void theRuleExitHookSeesTheContextsAParseListenerSees() throws IOException {
    int drafts = 0;
    for (String draft : StreamedParseTest.drafts()) {
      SuretyParser parser = recoveringParser(draft);
      List<String> listened = new ArrayList<>();
      List<String> hooked = new ArrayList<>();
      parser.addParseListener(new ParseTreeListener() {
        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
          listened.add(described(ctx));
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {}

        @Override
        public void visitTerminal(TerminalNode node) {}

        @Override
        public void visitErrorNode(ErrorNode node) {}
      });
      parser.onRuleExit(ctx -> hooked.add(described(ctx)));
      parser.file();
      assertThat(hooked).isEqualTo(listened);
      assertThat(hooked).isNotEmpty();
      drafts++;
    }
    assertThat(drafts).isGreaterThan(10);
  }

  /** A context as the rule exit sees it: which one, where it ends, what its parent holds. */
  private static String described(ParserRuleContext ctx) {
    return System.identityHashCode(ctx) + " " + ctx.getClass().getSimpleName() + " "
        + ctx.getStart().getTokenIndex() + "-" + (ctx.getStop() == null ? -1
        : ctx.getStop().getTokenIndex()) + " last child of its parent: " + (ctx.getParent() != null
        && ctx.getParent().getChild(ctx.getParent().getChildCount() - 1) == ctx);
  }

  @Test
  void addingATerminalNodeSetsItsParentAndReturnsIt() {
    SuretyContext context = new SuretyContext();
    TerminalNode node =
        context.addChild(new TerminalNodeImpl(new CommonToken(SuretyLexer.STRING, "\"US\"")));
    assertThat(context.children).containsExactly(node);
    assertThat(node.getParent()).isSameAs(context);
    assertThat(context.getToken(SuretyLexer.STRING, 0)).isSameAs(node);
    assertThat(new SuretyContext().getTokens(SuretyLexer.STRING)).isEmpty();
    assertThat(new SuretyContext().getToken(SuretyLexer.STRING, 0)).isNull();
  }

  @Test
  void tokensAreNumberedAsAntlrNumbersThem() throws IOException {
    Vocabulary vocabulary = SuretyLexer.VOCABULARY;
    for (String draft : StreamedParseTest.drafts()) {
      List<String> ours = numbered(new StreamedTokens(lexer(draft)), vocabulary);
      List<String> antlr = numbered(new UnbufferedTokenStream<>(lexer(draft)), vocabulary);
      assertThat(ours).isEqualTo(antlr);
    }
  }

  /**
   * Marks, look-ahead, seeks back to a mark and releases, as the parser's predictions make them, in
   * a random order (a fixed seed) over a draft of some thousands of tokens: {@link StreamedTokens}
   * answers as ANTLR's stream does, whatever it holds and drops.
   */
  @Test
  void marksSeeksAndLookAheadAnswerAsAntlrsStream() throws IOException {
    String draft = String.join("\n", StreamedParseTest.drafts(false));
    Vocabulary vocabulary = SuretyLexer.VOCABULARY;
    UnbufferedTokenStream<Token> ours = new StreamedTokens(lexer(draft));
    UnbufferedTokenStream<Token> antlr = new UnbufferedTokenStream<>(lexer(draft));
    java.util.Random random = new java.util.Random(20261202L);
    java.util.ArrayDeque<int[]> marks = new java.util.ArrayDeque<>(); // {marker, index}
    int steps = 0;
    int deepest = 0;
    while (antlr.LA(1) != Token.EOF) {
      int op = random.nextInt(10);
      if (op < 5) {
        ours.consume();
        antlr.consume();
      } else if (op == 5 && marks.size() < 4) {
        int marker = antlr.mark();
        assertThat(ours.mark()).isEqualTo(marker);
        marks.push(new int[] {marker, antlr.index()});
      } else if (op == 6 && !marks.isEmpty()) {
        int[] mark = marks.pop();
        ours.seek(mark[1]);
        antlr.seek(mark[1]);
        ours.release(mark[0]);
        antlr.release(mark[0]);
      } else if (op == 7 && !marks.isEmpty()) {
        int[] mark = marks.pop();
        ours.release(mark[0]);
        antlr.release(mark[0]);
      } else {
        int k = random.nextBoolean() ? -1 : 1 + random.nextInt(3);
        if (k > 0 || antlr.index() > 0) {
          assertThat(described(ours.LT(k), vocabulary)).isEqualTo(described(antlr.LT(k), vocabulary));
        }
      }
      assertThat(ours.index()).isEqualTo(antlr.index());
      assertThat(described(ours.LT(1), vocabulary)).isEqualTo(described(antlr.LT(1), vocabulary));
      if (antlr.index() > 0) {
        assertThat(described(ours.LT(-1), vocabulary))
            .isEqualTo(described(antlr.LT(-1), vocabulary));
      }
      deepest = Math.max(deepest, antlr.index());
      steps++;
    }
    assertThat(deepest).isGreaterThan(1000);
    assertThat(steps).isGreaterThan(deepest);
  }

  private static String described(Token t, Vocabulary vocabulary) {
    return t.getTokenIndex() + " " + vocabulary.getSymbolicName(t.getType()) + " " + t.getText();
  }

  /** A parser over all of {@code draft}'s tokens that recovers from errors as the compiler does. */
  private static SuretyParser recoveringParser(String draft) {
    SuretyParser parser = new SuretyParser(new CommonTokenStream(lexer(draft)));
    parser.removeErrorListeners();
    parser.setErrorHandler(
        new StatementErrorStrategy(new Positions("draft.surety", draft), new Reporter(), 100));
    return parser;
  }

  private static SuretyLexer lexer(String draft) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(draft));
    lexer.removeErrorListeners();
    return lexer;
  }

  /** Every token of the stream as index, type and text, read as the parser reads them. */
  private static List<String> numbered(UnbufferedTokenStream<Token> tokens, Vocabulary vocabulary) {
    List<String> out = new ArrayList<>();
    while (true) {
      Token t = tokens.LT(1);
      out.add(t.getTokenIndex() + " " + vocabulary.getSymbolicName(t.getType()) + " "
          + t.getText());
      if (t.getType() == Token.EOF) {
        return out;
      }
      tokens.consume();
    }
  }

  private static void collect(ParseTree tree, List<ParserRuleContext> out) {
    if (tree instanceof ParserRuleContext) {
      out.add((ParserRuleContext) tree);
      for (int i = 0; i < tree.getChildCount(); i++) {
        collect(tree.getChild(i), out);
      }
    }
  }
}

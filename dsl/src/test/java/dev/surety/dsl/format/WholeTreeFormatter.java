package dev.surety.dsl.format;

import dev.surety.dsl.format.SuretyFormatter.Comparison;
import dev.surety.dsl.format.SuretyFormatter.Kind;
import dev.surety.dsl.format.SuretyFormatter.Laid;
import dev.surety.dsl.format.SuretyFormatter.Printer;
import dev.surety.dsl.format.SuretyFormatter.Reading;
import dev.surety.dsl.format.SuretyFormatter.Run;
import dev.surety.dsl.format.SuretyFormatter.Structure;
import dev.surety.dsl.internal.FileParser;
import dev.surety.dsl.internal.SuretyLexer;
import dev.surety.dsl.internal.SuretyParser;
import java.util.ArrayList;
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
 * The formatter as it worked before it read a file as a stream, kept as the tests' oracle: every
 * token buffered, the whole file's parse tree built, then laid out by the same {@link Printer},
 * and the tokens of the result compared with the original's as two lists. {@link
 * StreamedFormatTest} checks that {@link SuretyFormatter} gives what this gives.
 */
final class WholeTreeFormatter {

  private WholeTreeFormatter() {}

  /** As {@link SuretyFormatter#format(String, String)}, from the whole parse tree. */
  static FormatResult format(String source, String fileName) {
    return SuretyFormatter.format(source, FileParser.reportedName(fileName),
        WholeTreeFormatter::lay);
  }

  /** The whole text lexed and parsed, then laid out, then the two token lists compared. */
  private static Laid lay(String text, String file, Reading reading) {
    CommonTokenStream tokens = lex(text, file);
    SuretyParser.FileContext tree = parse(tokens);
    if (tree == null) {
      return null;
    }
    Printer printer = new Printer(newline(tokens.getTokens()), reading.covered(), text.length());
    tokens.getTokens().forEach(printer::token);
    fromTree(tree, printer);
    String body = printer.finish();
    List<Token> before = significant(tokens.getTokens());
    List<Token> after = body == null ? List.of() : significant(lex(body, file).getTokens());
    Comparison compared = body == null || !sameTokens(before, after) ? Comparison.DIFFERENT
        : new Comparison(true, movedDirective(before, after, reading.directives()));
    return new Laid(body, compared);
  }

  /** Every token of {@code text}, whitespace and comments included. */
  static CommonTokenStream lex(String text, String file) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text, file));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    return tokens;
  }

  /** The tokens that are not whitespace nor the end of the file. */
  static List<Token> significant(List<Token> tokens) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.getType() != SuretyLexer.WS && t.getType() != Token.EOF) {
        out.add(t);
      }
    }
    return out;
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

  /** The file's line end, from its tokens: the first line break between tokens. */
  private static String newline(List<Token> tokens) {
    for (Token t : tokens) {
      String newline = SuretyFormatter.newline(t);
      if (newline != null) {
        return newline;
      }
    }
    return "\n";
  }

  /** Tells the printer of every statement and block of a whole file's parse tree. */
  private static void fromTree(SuretyParser.FileContext tree, Printer printer) {
    SuretyParser.FileBodyContext body = tree.fileBody();
    if (body.children == null) {
      return;
    }
    for (ParseTree child : body.children) {
      if (child instanceof SuretyParser.ArrangementContext a) {
        block(a.getStart(), a.LBRACE().getSymbol(), a.RBRACE().getSymbol(), 0,
            a.arrangementBody(), printer);
      } else {
        Structure.statement((ParserRuleContext) child, 0, printer);
      }
    }
  }

  private static void block(Token start, Token open, Token close, int depth,
      ParserRuleContext body, Printer printer) {
    printer.run(new Run(start, open, depth, Kind.OPEN));
    if (body.children != null) {
      for (ParseTree child : body.children) {
        ParseTree member = child instanceof SuretyParser.MemberContext m ? m.getChild(0) : child;
        if (member instanceof SuretyParser.LayerContext l) {
          block(l.LAYER().getSymbol(), l.LBRACE().getSymbol(), l.RBRACE().getSymbol(), depth + 1,
              l.layerBody(), printer);
        } else {
          Structure.statement((ParserRuleContext) member, depth + 1, printer);
        }
      }
    }
    printer.run(new Run(close, close, depth, Kind.CLOSE));
  }

  /**
   * The first {@code surety:disable-next-line} (its comment) that covers other tokens in {@code
   * after} than in {@code before} (the same significant tokens, laid out differently), or null. A
   * directive covers the line of the first statement token after its own line.
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
          || !SuretyFormatter.text(a.get(i)).equals(SuretyFormatter.text(b.get(i)))) {
        return false;
      }
    }
    return true;
  }
}

package dev.surety.dsl.internal;

import dev.surety.core.model.ImmutableSuppression;
import dev.surety.core.model.Suppression;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.Limits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * What the compiler checks token by token, whatever the grammar makes of them: the nesting depth
 * of blocks (SUR003), invisible and bidirectional characters in strings, comments and between words
 * (SUR006), and the suppression comments. Tokens are handed over one at a time, in the order of the
 * file, so the check needs no buffer of the whole file's tokens ({@link #lexer}); {@link
 * #suppressions()} is complete once the end of the file has been seen.
 */
final class TokenScanner {

  /** The directives, as LANGUAGE.md writes them ({@link Suppression.Scope#directive()}). */
  private static final String DIRECTIVES = Suppression.Scope.NEXT_LINE.directive() + "|"
      + Suppression.Scope.FILE.directive();
  private static final Pattern SUPPRESSION = Pattern.compile(
      "//\\s*" + Pattern.quote(Suppression.PREFIX) + "(" + DIRECTIVES + ")\\b(.*)");
  /**
   * A directive in any case ({@code // SURETY:disable-next-line}, {@code Surety:disable-file}):
   * when {@link #SUPPRESSION} does not match, one written in another case, which is none.
   */
  private static final Pattern MISCASED = Pattern.compile(
      "(//\\s*)(" + Pattern.quote(Suppression.PREFIX) + "(?:" + DIRECTIVES + "))\\b(.*)",
      Pattern.CASE_INSENSITIVE);
  /** A comment that starts as a directive: {@code surety:} and a word (a mistyped directive). */
  private static final Pattern DIRECTIVE_LIKE = Pattern.compile(
      "//\\s*" + Pattern.quote(Suppression.PREFIX) + "([A-Za-z-]*)(.*)");
  /** What separates a directive's codes: spaces and commas. */
  private static final Pattern CODE_SEPARATOR = Pattern.compile("[\\s,]+");
  /** A block comment that starts as a directive, which only a line comment can be. */
  private static final Pattern BLOCK_DIRECTIVE = Pattern.compile(
      "/\\*\\s*" + Pattern.quote(Suppression.PREFIX) + "([A-Za-z-]*).*", Pattern.DOTALL);

  private final Positions positions;
  private final Limits limits;
  private final Reporter reporter;
  private int depth;
  private boolean deepReported;
  /** Each suppression comment in the order of the file; a next-line one may await its line. */
  private final List<ImmutableSuppression.Builder> suppressions = new ArrayList<>();
  /** The next-line suppressions whose line is the line of the next statement token. */
  private final List<Pending> pending = new ArrayList<>();

  private record Pending(ImmutableSuppression.Builder builder, int commentLine) {}

  TokenScanner(Positions positions, Limits limits, Reporter reporter) {
    this.positions = positions;
    this.limits = limits;
    this.reporter = reporter;
  }

  /** Checks one token; every token of the file, in order, the end of file last. */
  void accept(Token token) {
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
        hidden(token, "the text between words");
        break;
      case SuretyLexer.IDENT:
        // a Hangul filler is a letter and a variation selector a mark: an id or a word may hold one
        hidden(token, "the word");
        break;
      case SuretyLexer.STRING:
      case SuretyLexer.UNTERMINATED_STRING:
        hidden(token, "the string");
        break;
      case SuretyLexer.BLOCK_COMMENT:
        hidden(token, "the comment");
        blockDirective(token);
        break;
      case SuretyLexer.UNTERMINATED_COMMENT:
        hidden(token, "the comment");
        break;
      case SuretyLexer.LINE_COMMENT:
        hidden(token, "the comment");
        suppression(token);
        break;
      default:
        break;
    }
    // a next-line suppression covers the line of the first statement token after its comment's
    // line (the line after the comment when there is none)
    if (!pending.isEmpty() && token.getChannel() == Token.DEFAULT_CHANNEL
        && token.getType() != Token.EOF) {
      pending.removeIf(p -> {
        if (token.getLine() > p.commentLine()) {
          p.builder().line(token.getLine());
          return true;
        }
        return false;
      });
    }
  }

  /** The suppression comments of the file, in its order (complete after its end of file). */
  List<Suppression> suppressions() {
    List<Suppression> out = new ArrayList<>(suppressions.size());
    suppressions.forEach(b -> out.add(b.build()));
    return out;
  }

  /**
   * A lexer of {@code input} whose tokens are the parser's: each one checked here first, then only
   * those on the default channel handed on (whitespace and comments never reach the parser, which
   * would skip them anyway, and are not kept).
   */
  SuretyLexer lexer(CharStream input) {
    SuretyLexer lexer = new SuretyLexer(input) {
      @Override
      public Token nextToken() {
        while (true) {
          Token token = super.nextToken();
          accept(token);
          if (token.getChannel() == Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
            return token;
          }
        }
      }
    };
    lexer.removeErrorListeners();
    return lexer;
  }

  /**
   * Whether {@code surety:} occurs in the input between {@code start} and {@code stop}, in any case
   * (a directive in another case is reported, {@link #MISCASED}).
   */
  private static boolean mentionsSurety(String input, int start, int stop) {
    for (int i = start; i + DIRECTIVE.length() <= stop + 1; i++) {
      char c = input.charAt(i);
      if ((c == 's' || c == 'S') && input.regionMatches(true, i, DIRECTIVE, 0, DIRECTIVE.length())) {
        return true;
      }
    }
    return false;
  }

  private static final String DIRECTIVE = Suppression.PREFIX;

  /**
   * Control characters other than tab and line ends (NUL, ESC, ...) and the characters that Unicode
   * says render as nothing: what SUR006 reports (its documentation in {@link CompilerRules} says
   * the same, and the lexer's {@code HIDDEN_CHAR} holds the same invisible characters).
   */
  static boolean isHidden(int cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)
        || isDefaultIgnorable(cp);
  }

  /**
   * Unicode's {@code Default_Ignorable_Code_Point} (DerivedCoreProperties.txt, stable since Unicode
   * 5.1): bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069),
   * zero-width spaces and joiners, the soft hyphen, the combining grapheme joiner, the Hangul
   * fillers, the variation selectors, the invisible operators and the tag characters (U+E0000 to
   * U+E0FFF, which can carry a whole sentence that no one sees: "ASCII smuggling").
   */
  private static boolean isDefaultIgnorable(int cp) {
    if (cp < 0x00AD) {
      return false;
    }
    return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160
        || cp == 0x17B4 || cp == 0x17B5 || (cp >= 0x180B && cp <= 0x180F)
        || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFEFF || cp == 0xFFA0 || (cp >= 0xFFF0 && cp <= 0xFFF8)
        || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
        || (cp >= 0xE0000 && cp <= 0xE0FFF);
  }

  /**
   * The hidden characters of {@code text}, in order. A variation selector that follows a visible
   * character it can vary is not hidden: an emoji's presentation (U+1F6E1 U+FE0F, a shield), a
   * keycap ({@code 1} U+FE0F U+20E3), an ideographic variant. One after an ASCII letter, a space or
   * a quote, or after another variation selector (a run of them can encode hidden bytes, one each),
   * is. Nor is a zero-width joiner between two pictographs (a family, a flag, a profession: U+1F469
   * U+200D U+1F692, a firefighter), which joins them into the one emoji it shows; one anywhere
   * else, or two in a row, is.
   */
  static IntStream hiddenIn(String text) {
    IntStream.Builder hidden = IntStream.builder();
    int previous = '\n';
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp) < text.length()
          ? text.codePointAt(i + Character.charCount(cp)) : -1;
      if (isHidden(cp) && !(isVariationSelector(cp) && canVary(previous))
          && !(cp == ZERO_WIDTH_JOINER && joinsEmoji(previous, next))) {
        hidden.add(cp);
      }
      previous = cp;
      i += Character.charCount(cp);
    }
    return hidden.build();
  }

  private static final int ZERO_WIDTH_JOINER = 0x200D;

  /**
   * Whether a zero-width joiner between {@code before} and {@code after} joins two pictographs:
   * a symbol (or its emoji presentation selector, or a skin tone) before, a symbol after.
   */
  private static boolean joinsEmoji(int before, int after) {
    boolean emojiBefore = Character.getType(before) == Character.OTHER_SYMBOL || before == 0xFE0F
        || (before >= 0x1F3FB && before <= 0x1F3FF);
    return emojiBefore && after >= 0 && Character.getType(after) == Character.OTHER_SYMBOL;
  }

  private static boolean isVariationSelector(int cp) {
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
  }

  /** Whether a variation selector after {@code base} selects a variant of it, as Unicode defines. */
  private static boolean canVary(int base) {
    if (base < 0x80) {
      return (base >= '0' && base <= '9') || base == '#' || base == '*';
    }
    return !isHidden(base) && !Character.isWhitespace(base) && !Character.isSpaceChar(base);
  }

  private void hidden(Token token, String where) {
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
    hiddenIn(text).distinct().limit(8).forEach(cp -> {
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

  /** A directive written in a block comment: kept, to be reported as suppressing nothing. */
  private void blockDirective(Token comment) {
    int start = comment.getStartIndex();
    int stop = comment.getStopIndex();
    if (positions.readable(start, stop) && !mentionsSurety(positions.text(), start, stop)) {
      return;
    }
    Matcher m = BLOCK_DIRECTIVE.matcher(comment.getText());
    if (m.matches()) {
      suppressions.add(Suppression.builder().scope(Suppression.Scope.UNKNOWN).inBlockComment(true)
          .directive(m.group(1)).file(positions.file()).range(positions.range(comment)));
    }
  }

  private void suppression(Token comment) {
    int start = comment.getStartIndex();
    int stop = comment.getStopIndex();
    if (positions.readable(start, stop) && !mentionsSurety(positions.text(), start, stop)) {
      return; // the usual comment: prose, no directive (found without the comment's text)
    }
    Matcher m = SUPPRESSION.matcher(comment.getText());
    if (!m.matches()) {
      Matcher miscased = MISCASED.matcher(comment.getText());
      if (miscased.matches()) {
        // `// SURETY:disable-next-line SUR113`: no directive, since directives are case-sensitive;
        // reported (SUR004) with the comment in lower case, not honoured
        String lower = miscased.group(1) + miscased.group(2).toLowerCase(Locale.ROOT)
            + miscased.group(3);
        suppressions.add(Suppression.builder().scope(Suppression.Scope.UNKNOWN)
            .directive(miscased.group(2)).lowerCase(lower.strip()).file(positions.file())
            .range(positions.range(comment)));
        return;
      }
      Matcher like = DIRECTIVE_LIKE.matcher(comment.getText());
      if (like.matches()) {
        // reported by the rule of suppressions that suppress nothing (SUR004)
        suppressions.add(Suppression.builder().scope(Suppression.Scope.UNKNOWN)
            .directive(like.group(1)).file(positions.file()).range(positions.range(comment)));
      }
      return;
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
    Arrays.stream(CODE_SEPARATOR.split(rest.trim())).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT)).forEach(builder::addCodes);
    if (reason != null && !reason.isEmpty()) {
      builder.reason(reason);
    }
    if (scope == Suppression.Scope.NEXT_LINE) {
      builder.line(comment.getLine() + 1);
      pending.add(new Pending(builder, comment.getLine()));
    }
    suppressions.add(builder);
  }
}

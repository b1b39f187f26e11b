package dev.surety.cli.lsp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The statement the cursor is in, as far as it is written: its words and punctuation before the
 * cursor (strings as one token, comments skipped; the word the cursor is in is left out, the
 * client filters by it), and the blocks around it. Only what completion needs to pick its
 * candidates; the compiler remains the one reader of the language.
 */
final class StatementContext {

  /**
   * As the compiler reads them: where one of these opens a line, the statement before it has
   * ended, with or without its {@code .} ({@code requires} and {@code against} also begin
   * continuation lines, so they are not among them).
   */
  private static final Set<String> OPEN_A_STATEMENT = Set.of("include", "arrangement", "layer",
      "kind", "status", "dated", "instrument", "beneficiary", "covers", "modeled", "party",
      "organisation", "coalition", "trigger", "sustain", "limit", "duration", "withdrawal",
      "condition");

  private final List<String> tokens;
  /** Where each token begins in the text (UTF-16 offsets). */
  private final List<Integer> starts;
  private final Deque<String> blocks;

  private StatementContext(List<String> tokens, List<Integer> starts, Deque<String> blocks) {
    this.tokens = tokens;
    this.starts = starts;
    this.blocks = blocks;
  }

  /** The context at UTF-16 offset {@code offset}; null inside a string or a comment. */
  static StatementContext at(String text, int offset) {
    int end = Math.max(0, Math.min(offset, text.length()));
    List<String> tokens = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    Deque<String> blocks = new ArrayDeque<>();
    int i = 0;
    boolean lineStart = true;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = true;
      } else if (!Character.isWhitespace(c) && c != '/') {
        lineStart = lineStart && Character.isLetter(text.codePointAt(i));
      }
      if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
        int eol = text.indexOf('\n', i);
        if (eol < 0 || eol >= end) {
          return null;
        }
        i = eol + 1;
        lineStart = true;
      } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        if (close < 0 || close + 2 > end) {
          return null;
        }
        i = close + 2;
      } else if (c == '"') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        if (j >= end) {
          return null; // the cursor is inside the string
        }
        tokens.add(text.substring(i, Math.min(j + 1, text.length())));
        starts.add(i);
        i = j + 1;
      } else if (Character.isLetter(text.codePointAt(i))) {
        int j = i;
        while (j < text.length()) {
          int cp = text.codePointAt(j);
          if (!(Character.isLetterOrDigit(cp) || cp == '_' || cp == '-'
              || Character.getType(cp) == Character.NON_SPACING_MARK
              || Character.getType(cp) == Character.COMBINING_SPACING_MARK)) {
            break;
          }
          j += Character.charCount(cp);
        }
        if (j >= end) {
          break; // the word the cursor is in
        }
        String word = text.substring(i, j);
        if (lineStart && OPEN_A_STATEMENT.contains(word)) {
          tokens.clear();
          starts.clear();
        }
        lineStart = false;
        tokens.add(word);
        starts.add(i);
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '_'
            || text.charAt(j) == '-'
            || (text.charAt(j) == '.' && j + 1 < text.length()
                && Character.isDigit(text.charAt(j + 1))))) {
          j++;
        }
        tokens.add(text.substring(i, Math.min(j, end)));
        starts.add(i);
        i = j;
      } else if (c == '.' || c == '}') {
        if (c == '}' && !blocks.isEmpty()) {
          blocks.pop();
        }
        tokens.clear();
        starts.clear();
        i++;
      } else if (c == '{') {
        blocks.push(tokens.isEmpty() ? "" : tokens.get(0));
        tokens.clear();
        starts.clear();
        i++;
      } else if (c == ';' || c == ',' || c == ':') {
        tokens.add(String.valueOf(c));
        starts.add(i);
        i++;
      } else {
        i++;
      }
    }
    return new StatementContext(tokens, starts, blocks);
  }

  /** Words, strings, numbers and {@code , ; :} of the statement before the cursor. */
  List<String> words() {
    return tokens;
  }

  /** Where token {@code index} of {@link #words()} begins in the text (a UTF-16 offset). */
  int start(int index) {
    return starts.get(index);
  }

  /** The index in {@link #words()} of the first token after the last {@code ;}. */
  int clauseStart() {
    return tokens.lastIndexOf(";") + 1;
  }

  /**
   * The index in {@link #words()} of the first token after the last of {@code marks} before the
   * first {@code ;} ({@code from} if none), where a list's current element begins.
   */
  int afterLast(int from, String... marks) {
    int semi = tokens.indexOf(";");
    int end = semi < 0 ? tokens.size() : semi;
    int at = from;
    for (int i = from; i < end; i++) {
      for (String mark : marks) {
        if (tokens.get(i).equals(mark)) {
          at = i + 1;
        }
      }
    }
    return at;
  }

  /** How many blocks are open around the cursor. */
  int depth() {
    return blocks.size();
  }

  boolean inLayer() {
    return "layer".equals(blocks.peek());
  }

  boolean afterSemicolon() {
    return tokens.contains(";");
  }

  /** The part after the last {@code ;}. */
  List<String> clause() {
    int semi = tokens.lastIndexOf(";");
    return semi < 0 ? tokens : tokens.subList(semi + 1, tokens.size());
  }

  /** Whether the part before the first {@code ;} has a {@code :}. */
  boolean hasColon() {
    int semi = tokens.indexOf(";");
    return (semi < 0 ? tokens : tokens.subList(0, semi)).contains(":");
  }

  /** The ids the statement starts with ({@code UK, FR, DE military aid} gives UK, FR, DE). */
  List<String> leadingIds() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i += 2) {
      ids.add(tokens.get(i));
      if (i + 1 >= tokens.size() || !tokens.get(i + 1).equals(",")) {
        break;
      }
    }
    return ids;
  }
}

package dev.surety.dsl.internal;

import dev.surety.core.vocabulary.MoneyScale;
import dev.surety.core.vocabulary.TimeUnit;
import dev.surety.core.vocabulary.Vocabulary;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's test for a number ending in {@code .} ({@code USD 5. billion}): whether the word
 * after the {@code .}, on its line, is a unit of time or a scale of money. Such a word cannot begin
 * a statement, so the {@code .} is a mistyped part of the number and not a statement's end.
 */
final class NumberWords {

  /** Longer words are no unit nor scale. */
  private static final int MAX_WORD = 16;

  private NumberWords() {}

  /**
   * Whether the characters after the lexer's position (right after the {@code .}) are spaces
   * (Unicode's too) or tabs, then a unit or a scale as a word of its own.
   */
  static boolean unitOrScaleFollows(CharStream input) {
    int i = 1;
    while (input.LA(i) == ' ' || input.LA(i) == '\t'
        || input.LA(i) > 0 && Character.getType(input.LA(i)) == Character.SPACE_SEPARATOR) {
      i++;
    }
    StringBuilder word = new StringBuilder();
    while (Character.isLetter(input.LA(i))) {
      if (word.length() == MAX_WORD) {
        return false;
      }
      word.appendCodePoint(input.LA(i));
      i++;
    }
    int after = input.LA(i);
    if (word.length() == 0 || Character.isLetterOrDigit(after) || after == '_' || after == '-') {
      return false;
    }
    String text = word.toString();
    return Vocabulary.lookup(TimeUnit.class, text).isPresent()
        || Vocabulary.lookup(MoneyScale.class, text).isPresent();
  }

  /**
   * Whether a {@code -} at {@code start}, the start of the token being lexed, may be a number's
   * sign: the character before it is none of a word's or a number's ({@code 2025-12-2}, a date
   * written wrong, keeps its {@code -} out of the numbers).
   */
  static boolean signMayStart(CharStream input, int start) {
    if (start <= 0) {
      return true;
    }
    // a CodePointCharStream (the compiler's and the formatter's) counts code points
    String before = input.getText(Interval.of(start - 1, start - 1));
    if (before.isEmpty()) {
      return true;
    }
    int c = before.codePointAt(0);
    return !(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK
        || Character.getType(c) == Character.ENCLOSING_MARK
        || c == '_' || c == '-' || c == '.');
  }
}

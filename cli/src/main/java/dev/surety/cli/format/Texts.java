package dev.surety.cli.format;

import dev.surety.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;

/** Small text helpers shared by the renderers. */
final class Texts {

  private Texts() {}

  /** Whether {@link #appendLocation} appends anything: a position or a file is known. */
  static boolean hasLocation(SourceRange range) {
    return range.isKnown() || !range.file().isEmpty();
  }

  /**
   * Appends {@code file:line:column}, {@code line:column} when the file is not named, {@code file}
   * when the position is unknown, nothing when neither is known; the file name made safe for a
   * terminal ({@link #terminalSafe}).
   */
  static StringBuilder appendLocation(SourceRange range, StringBuilder out) {
    if (!range.isKnown()) {
      return out.append(terminalSafe(range.file(), Quoted.NAME));
    }
    if (!range.file().isEmpty()) {
      out.append(terminalSafe(range.file(), Quoted.NAME)).append(':');
    }
    return out.append(range.startLine()).append(':').append(range.startColumn());
  }

  /** The text on one line: every line break (CR, LF, CRLF) becomes one space. */
  static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * The lines of a file as the compiler counts them: a line ends at LF, CRLF or a CR alone (which
   * the compiler reads as a line feed, {@code FileParser.lineFeeds}, as editors and LSP clients
   * do), the line end not part of the line.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return lines;
  }

  /** Line {@code number} (1-based) of {@code lines}; null when there is no such line. */
  static String line(List<String> lines, int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
  }

  /**
   * A source line made safe to print ({@link #appendDisplay}), every character in as many cells
   * as {@link #cells} counts for it.
   */
  static String displayLine(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) >= ' ' && line.charAt(i) < '\u007f') {
      i++;
    }
    if (i == line.length()) {
      return line; // printable ASCII, the usual line: nothing to replace
    }
    StringBuilder out = new StringBuilder(line.length()).append(line, 0, i);
    appendDisplay(line, i, line.length(), out);
    return out.toString();
  }

  /**
   * The characters of {@code line} from char index {@code from} to {@code to}, made safe to print:
   * a tab becomes one space, and every other control, format or separator character (ESC, NUL,
   * bidirectional overrides, zero-width joiners, U+2028...; Unicode categories Cc, Cf, Zl and Zp)
   * is written escaped as {@code <U+001B>} ({@link #appendEscape}), so that an escape sequence
   * in a draft cannot act on the terminal and a "Trojan Source" line cannot reorder the report
   * around it, and the reader sees which character stands there.
   */
  static void appendDisplay(String line, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        out.append(' ');
      } else if (hidden(cp)) {
        appendEscape(cp, out);
      } else {
        out.appendCodePoint(cp);
      }
    }
  }

  /** Whether a terminal must not be given {@code cp} as it is: Cc, Cf, Zl or Zp. */
  static boolean hidden(int cp) {
    if (cp >= ' ' && cp < 0x7F) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }

  /** {@code cp} written as {@code <U+001B>}: at least four hexadecimal digits, in capitals. */
  static void appendEscape(int cp, StringBuilder out) {
    String hex = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
    out.append("<U+");
    for (int pad = hex.length(); pad < 4; pad++) {
      out.append('0');
    }
    out.append(hex).append('>');
  }

  /** The length of {@link #appendEscape}'s text: the cells it takes. */
  private static int escapeCells(int cp) {
    return cp <= 0xFFFF ? 8 : cp <= 0xFFFFF ? 9 : 10;
  }

  /** What {@link #terminalSafe} is given, which decides what becomes of line breaks and tabs. */
  enum Quoted {
    /** A message, help or note: one line, so a line break (CR, LF, CRLF) or a tab is a space. */
    MESSAGE,
    /** A file name: a line break or tab is escaped, since {@code a b.surety} is another file. */
    NAME,
    /** A report of several lines: its line feeds are kept, a tab is a space. */
    REPORT
  }

  /**
   * Text that a terminal is given and that may come from a draft or its name (a message, a help or
   * note, a file name, a report), made safe as a snippet is: every control, format and separator
   * character escaped as {@code <U+001B>} ({@link #appendEscape}), line breaks and tabs as {@code
   * quoted} says.
   */
  static String terminalSafe(String text, Quoted quoted) {
    int i = 0;
    while (i < text.length() && text.charAt(i) >= ' ' && text.charAt(i) < '\u007f') {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (quoted == Quoted.MESSAGE && cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
        continue; // CRLF: the LF gives the one space
      }
      if (quoted == Quoted.REPORT && cp == '\n') {
        out.append('\n');
      } else if (quoted != Quoted.NAME && cp == '\t'
          || quoted == Quoted.MESSAGE && (cp == '\r' || cp == '\n')) {
        out.append(' ');
      } else if (hidden(cp)) {
        appendEscape(cp, out);
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * The cells a terminal gives {@code cp} as {@link #appendDisplay} shows it, as {@code wcwidth}
   * counts them: two for a wide or fullwidth character (East Asian Width W or F: CJK ideographs,
   * kana, Hangul syllables, fullwidth forms, emoji shown as emoji), none for a combining mark
   * (categories Mn and Me, Hangul medial vowels and final consonants), which joins the character
   * before it, one for every other (a tab, shown as one space, and a control character, shown as
   * U+FFFD, included).
   */
  static int cells(int cp) {
    if (cp >= ' ' && cp < 0x7F || cp == '\t') {
      return 1;
    }
    if (hidden(cp)) {
      return escapeCells(cp);
    }
    if (cp < 0x300) {
      return 1; // Latin: no combining mark, nothing wide
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || (cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0xD7B0 && cp <= 0xD7FF)) {
      return 0;
    }
    if (cp < 0x1100) {
      return 1;
    }
    int lo = 0;
    int hi = WIDE.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (cp < WIDE[2 * mid]) {
        hi = mid - 1;
      } else if (cp > WIDE[2 * mid + 1]) {
        lo = mid + 1;
      } else {
        return 2;
      }
    }
    return 1;
  }

  /**
   * The wide and fullwidth characters (East Asian Width W or F, Unicode 14, with the unassigned
   * code points between them and the CJK blocks that are wide by default), as pairs of first and
   * last code point.
   */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3,
      0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693,
      0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4,
      0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD,
      0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753,
      0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C,
      0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00,
      0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6B,
      0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF,
      0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
      0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4,
      0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
      0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F,
      0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC,
      0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
      0x1FA70, 0x1FAF6, 0x20000, 0x3FFFD,
  };

  /** Whether {@code cp} may appear in an XML 1.0 document. */
  static boolean isXmlChar(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** {@code text} with the characters XML 1.0 cannot hold replaced by U+FFFD. */
  static String xmlSafe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(isXmlChar(cp) ? cp : 0xFFFD));
    return out.toString();
  }
}

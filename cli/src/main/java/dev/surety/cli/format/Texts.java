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
   * when the position is unknown, nothing when neither is known.
   */
  static StringBuilder appendLocation(SourceRange range, StringBuilder out) {
    if (!range.isKnown()) {
      return out.append(range.file());
    }
    if (!range.file().isEmpty()) {
      out.append(range.file()).append(':');
    }
    return out.append(range.startLine()).append(':').append(range.startColumn());
  }

  /** The text on one line: every line break (CR, LF, CRLF) becomes one space. */
  static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * The lines of a file as the compiler counts them: split at LF only (as ANTLR counts lines), a
   * CR before the LF dropped.
   */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (true) {
      int lf = text.indexOf('\n', start);
      String line = lf < 0 ? text.substring(start) : text.substring(start, lf);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lines.add(line);
      if (lf < 0) {
        return lines;
      }
      start = lf + 1;
    }
  }

  /** Line {@code number} (1-based) of {@code lines}; null when there is no such line. */
  static String line(List<String> lines, int number) {
    return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
  }

  /**
   * A source line made safe to print, one code point for one code point so columns still count:
   * a tab becomes one space, and every other control or format character (bidirectional
   * overrides, zero-width joiners, ...; Unicode categories Cc and Cf) becomes U+FFFD, so a
   * "Trojan Source" line cannot reorder the report around it.
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
    while (i < line.length()) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\t') {
        out.append(' ');
      } else if (Character.getType(cp) == Character.CONTROL
          || Character.getType(cp) == Character.FORMAT) {
        out.append('\uFFFD');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

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

package dev.surety.cli.format;

import java.io.IOException;

/**
 * Text for a terminal that may hold text from a draft (a title, a party's name, a file name), made
 * safe as the {@code text} format's findings are: every control, format and separator character
 * but the line feeds of the layout is written as its code, {@code <U+001B>}, and a tab as a
 * space, so that an escape sequence in a draft cannot act on the terminal nor a bidirectional
 * override reorder the report. For the reports other than {@code lint}'s: {@code assess} in text
 * and Markdown, {@code diff} in text, {@code compile}'s warnings, {@code fmt}'s file names, and the
 * one line of an error on stderr. One home with {@code lint}'s renderers ({@link Texts}).
 */
public final class TerminalText {

  private TerminalText() {}

  /**
   * An {@link Appendable} that writes to {@code out} what is appended to it made {@link #safe},
   * a line at a time, so that a long report is never held whole: {@link SafeLines#finish} writes
   * the last line, which need not end with a line feed. The same text as {@code
   * out.append(safe(whole))}, since {@link #safe} treats each character on its own.
   */
  public static SafeLines safeLines(Appendable out) {
    return new SafeLines(out);
  }

  /** See {@link #safeLines}. */
  public static final class SafeLines implements Appendable {
    private final Appendable out;
    private final StringBuilder line = new StringBuilder();

    private SafeLines(Appendable out) {
      this.out = out;
    }

    @Override
    public SafeLines append(CharSequence text) throws IOException {
      CharSequence t = text == null ? "null" : text;
      return append(t, 0, t.length());
    }

    @Override
    public SafeLines append(CharSequence text, int start, int end) throws IOException {
      CharSequence t = text == null ? "null" : text;
      int from = start;
      for (int i = start; i < end; i++) {
        if (t.charAt(i) == '\n') {
          line.append(t, from, i + 1);
          from = i + 1;
          finish();
        }
      }
      line.append(t, from, end);
      return this;
    }

    @Override
    public SafeLines append(char c) throws IOException {
      line.append(c);
      if (c == '\n') {
        finish();
      }
      return this;
    }

    /** Writes what was appended since the last line feed (all of it at the end). */
    public void finish() throws IOException {
      if (line.length() > 0) {
        out.append(safe(line.toString()));
        line.setLength(0);
      }
    }
  }

  /** {@code text} made safe, its line feeds kept. */
  public static String safe(String text) {
    return Texts.terminalSafe(text, Texts.Quoted.REPORT);
  }

  /**
   * A file name made safe as {@code lint} shows one: a line break or tab is escaped too ({@code
   * <U+000A>}), since {@code a b.surety} would be another file and a line feed would end the line.
   */
  public static String name(String file) {
    return Texts.terminalSafe(file, Texts.Quoted.NAME);
  }

  /** One line of a message made safe: a line break or tab is a space, other controls escaped. */
  public static String line(String text) {
    return Texts.terminalSafe(text, Texts.Quoted.MESSAGE);
  }
}

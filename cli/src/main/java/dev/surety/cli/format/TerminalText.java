package dev.surety.cli.format;

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

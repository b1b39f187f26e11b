package dev.surety.maven;

import dev.surety.cli.format.TerminalText;
import dev.surety.core.diagnostic.Diagnostic;

/**
 * One finding on one line, as javac's findings appear in a Maven log and IDEs and CI problem
 * matchers link them: {@code path/file.surety:[12,5] SUR201 message}. The help, when there is one,
 * follows in parentheses. What comes from a draft (a title, a name, a file name) is made safe as
 * the CLI's {@code text} report makes it ({@link TerminalText}): a control, format or separator
 * character is written as its code, {@code <U+001B>}, so that an escape sequence cannot act on
 * the terminal that shows the build, a bidirectional override reorder the line, nor a line
 * separator break it.
 */
final class FindingFormat {

  private FindingFormat() {}

  static String format(Diagnostic d) {
    StringBuilder line = new StringBuilder();
    String file = TerminalText.name(d.range().file());
    if (d.range().isKnown()) {
      line.append(file).append(":[").append(d.range().start().line()).append(',')
          .append(d.range().start().column()).append("] ");
    } else if (!file.isEmpty()) {
      line.append(file).append(": ");
    }
    line.append(d.code()).append(' ').append(TerminalText.line(d.message()));
    d.help().ifPresent(h -> line.append(" (help: ").append(TerminalText.line(h)).append(')'));
    return line.toString();
  }
}

package dev.surety.maven;

import dev.surety.core.diagnostic.Diagnostic;

/**
 * One finding on one line, as javac's findings appear in a Maven log and IDEs and CI problem
 * matchers link them: {@code path/file.surety:[12,5] SUR201 message}. The help, when there is one,
 * follows in parentheses.
 */
final class FindingFormat {

  private FindingFormat() {}

  static String format(Diagnostic d) {
    StringBuilder line = new StringBuilder();
    if (d.range().isKnown()) {
      line.append(d.range().file()).append(":[").append(d.range().start().line()).append(',')
          .append(d.range().start().column()).append("] ");
    } else if (!d.range().file().isEmpty()) {
      line.append(d.range().file()).append(": ");
    }
    line.append(d.code()).append(' ').append(d.message().replace('\n', ' '));
    d.help().ifPresent(h -> line.append(" (help: ").append(h.replace('\n', ' ')).append(')'));
    return line.toString();
  }
}

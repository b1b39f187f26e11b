package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The lines a job's runs of findings show ({@link FindingRenderer}), read from their files' texts
 * as the findings come: in order of file and line, so each text is read forward from where the
 * last finding was, once over for all the runs the job renders, and never split into all its
 * lines. Splitting a file's text for every run of 256 findings was quadratic in a file's findings
 * (300,000 findings, one a line of 240 characters: 71 s in {@code text}, 53 s in {@code gcc},
 * which shows no line; 2.4 s and 1.1 s after). The line last shown is kept indexed ({@link
 * LineIndex}), so the findings on one long line, however many runs they span, have it scanned
 * once per job.
 *
 * <p>Lines end as {@link Texts#lines} ends them: at LF, CRLF or a CR alone.
 */
final class LineCursor {

  /** The text read: a file's, as {@link LintReport#sources()} holds it. */
  private String text;

  /** The number (from 1) of the line that starts at {@link #start}. */
  private int number;

  /** Where line {@link #number} starts in {@link #text}. */
  private int start;

  /** Line {@link #number}, indexed, once it is asked for; null before. */
  private LineIndex line;

  /**
   * Line {@code number} (from 1) of {@code text}, indexed; null when there is no such line. Read
   * forward from the line last asked for when it is of the same text and not after {@code number},
   * otherwise from the text's start.
   */
  LineIndex line(String text, int number) {
    if (number < 1) {
      return null;
    }
    if (text != this.text || number < this.number) {
      this.text = text;
      this.number = 1;
      this.start = 0;
      this.line = null;
    }
    if (number == this.number && line != null) {
      return line;
    }
    while (this.number < number) {
      int end = lineEnd(text, start);
      if (end == text.length()) {
        return null; // the text has fewer lines
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < text.length()
          && text.charAt(end + 1) == '\n' ? 2 : 1);
      this.number++;
      line = null;
    }
    line = LineIndex.of(text.substring(start, lineEnd(text, start)));
    return line;
  }

  /** Where the line that starts at {@code from} ends: its line break, or the text's end. */
  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return i;
      }
    }
    return text.length();
  }

  /**
   * The line finding {@code d} starts on, indexed, from {@code lines} (its file's lines, when its
   * text is known); null when the text or its position is not known or there is no such line.
   */
  static LineIndex shown(Diagnostic d, Optional<List<String>> lines) {
    if (lines.isEmpty() || !d.range().isKnown()) {
      return null;
    }
    String line = Texts.line(lines.get(), d.range().startLine());
    return line == null ? null : LineIndex.of(line);
  }
}

package dev.surety.cli.assess;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats of {@code surety assess --format}. */
public enum AssessFormat {
  /** For a terminal: a table per arrangement, then each guarantor's commitments. */
  TEXT("text", new TextAssessmentRenderer()),
  /** The JSON document of CLI.md, for programs. */
  JSON("json", new JsonAssessmentRenderer()),
  /** A report that a drafter can paste into a memo. */
  MARKDOWN("markdown", new MarkdownAssessmentRenderer());

  private final String spelling;
  private final AssessmentRenderer renderer;

  AssessFormat(String spelling, AssessmentRenderer renderer) {
    this.spelling = spelling;
    this.renderer = renderer;
  }

  public String spelling() {
    return spelling;
  }

  public AssessmentRenderer renderer() {
    return renderer;
  }

  public static Optional<AssessFormat> parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.spelling.equals(wanted)).findFirst();
  }

  /** {@code text|json|markdown}, for usage messages. */
  public static String spellings() {
    return Arrays.stream(values()).map(AssessFormat::spelling).collect(Collectors.joining("|"));
  }

  @Override
  public String toString() {
    return spelling;
  }
}

package dev.surety.cli.format;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The output formats of {@code surety lint --format}, and the registry from a format's name to its
 * renderer (in the manner of PMD's {@code RendererFactory} and Checkstyle's {@code
 * Main.OutputFormat}).
 */
public enum OutputFormat {
  /** For people: caret snippets and a summary line ({@link TextRenderer}). */
  TEXT("text", new TextRenderer()),
  /** {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE]}, one line per finding ({@link GccRenderer}). */
  GCC("gcc", new GccRenderer()),
  /** The JSON document of CLI.md ({@link JsonRenderer}). */
  JSON("json", new JsonRenderer()),
  /** A SARIF 2.1.0 log ({@link SarifRenderer}). */
  SARIF("sarif", new SarifRenderer()),
  /** Checkstyle's XML report ({@link CheckstyleRenderer}). */
  CHECKSTYLE("checkstyle", new CheckstyleRenderer());

  private final String spelling;
  private final DiagnosticRenderer renderer;

  OutputFormat(String spelling, DiagnosticRenderer renderer) {
    this.spelling = spelling;
    this.renderer = renderer;
  }

  /** The name on the command line: {@code text}, {@code gcc}, {@code json}, ... */
  public String spelling() {
    return spelling;
  }

  /** The renderer of this format (stateless, shared). */
  public DiagnosticRenderer renderer() {
    return renderer;
  }

  /** The format named {@code name} (case and surrounding blanks ignored). */
  public static Optional<OutputFormat> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.spelling.equals(wanted)).findFirst();
  }

  /** Every name, for usage messages: {@code text|gcc|json|sarif|checkstyle}. */
  public static String spellings() {
    return Arrays.stream(values()).map(OutputFormat::spelling).collect(Collectors.joining("|"));
  }

  @Override
  public String toString() {
    return spelling;
  }
}

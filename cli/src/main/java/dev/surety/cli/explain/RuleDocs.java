package dev.surety.cli.explain;

import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.validation.SeverityConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code surety explain} prints, from the rules' descriptors (each rule's single home): the
 * catalogue as a table, or one rule's whole documentation.
 */
public final class RuleDocs {

  private final List<RuleDescriptor> rules;

  public RuleDocs(List<RuleDescriptor> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The rule with this code or name (ignoring case). */
  public Optional<RuleDescriptor> find(String codeOrName) {
    String wanted = codeOrName.trim();
    return rules.stream()
        .filter(r -> r.code().equalsIgnoreCase(wanted) || r.name().equalsIgnoreCase(wanted))
        .findFirst();
  }

  /**
   * The closest code or name to a mistyped one: a code's number alone ({@code 201}, {@code sur
   * 201}) is that code; the beginning of one rule's name ({@code missing-legislative}) is that
   * rule; else the nearest code, then the nearest name.
   */
  public Optional<String> suggestion(String codeOrName) {
    String wanted = codeOrName.trim();
    String number = wanted.replaceFirst("(?i)^sur[-_ ]*", "");
    if (number.matches("[0-9]{1,3}")) {
      String code = "SUR" + "0".repeat(3 - number.length()) + number;
      Optional<String> byNumber = find(code).map(RuleDescriptor::code);
      if (byNumber.isPresent()) {
        return byNumber;
      }
    }
    if (wanted.length() >= 4) {
      List<RuleDescriptor> begun = rules.stream()
          .filter(r -> r.name().startsWith(wanted.toLowerCase(Locale.ROOT)))
          .collect(java.util.stream.Collectors.toList());
      if (begun.size() == 1) {
        return Optional.of(begun.get(0).code() + " (" + begun.get(0).name() + ")");
      }
    }
    List<String> candidates = new ArrayList<>();
    rules.forEach(r -> candidates.add(r.code()));
    Optional<String> code = DidYouMean.nearest(codeOrName.trim().toUpperCase(Locale.ROOT), candidates);
    if (code.isPresent()) {
      return code;
    }
    candidates.clear();
    rules.forEach(r -> candidates.add(r.name()));
    return DidYouMean.nearest(codeOrName.trim(), candidates).flatMap(name ->
        find(name).map(r -> r.code() + " (" + r.name() + ")"));
  }

  /** One line per rule: code, name, default severity, summary; columns aligned. */
  public void list(Appendable out) {
    int nameWidth = rules.stream().mapToInt(r -> r.name().length()).max().orElse(0);
    try {
      for (RuleDescriptor rule : rules) {
        out.append(rule.code()).append("  ")
            .append(pad(rule.name(), nameWidth)).append("  ")
            .append(pad(rule.defaultSeverity().spelling(), "warning".length())).append("  ")
            .append(oneLine(rule.summary())).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole documentation of one rule, as Markdown (the explanation is Markdown already). */
  public static void explain(RuleDescriptor rule, Appendable out) {
    try {
      out.append("# ").append(rule.code()).append(": ").append(rule.name()).append("\n\n");
      out.append("Severity: ").append(rule.defaultSeverity().spelling())
          .append(rule.configurable()
              ? " (by default)"
              : ", " + SeverityConfig.ALWAYS_AN_ERROR_NOTE)
          .append(". Family: ").append(rule.family().title()).append(".\n\n");
      out.append(rule.summary().strip()).append("\n\n");
      out.append(rule.explanation().strip()).append("\n\n");
      out.append("## Reported\n\n");
      fence(rule.failingExample(), out);
      out.append("\n## Fixed\n\n");
      fence(rule.passingExample(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fence(String example, Appendable out) throws IOException {
    out.append("```surety\n").append(example.strip()).append("\n```\n");
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}

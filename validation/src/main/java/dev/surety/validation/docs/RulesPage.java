package dev.surety.validation.docs;

import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.RuleFamily;
import dev.surety.validation.SeverityConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the rules page (docs/rules.md) from rule descriptors. Takes any list, so the compiler's
 * rules and this module's can be merged into one page.
 */
public final class RulesPage {
  private RulesPage() {}

  public static String render(List<RuleDescriptor> rules) {
    List<RuleDescriptor> sorted = new ArrayList<>(rules);
    sorted.sort(null);
    StringBuilder out = new StringBuilder();
    out.append("# Surety rules\n\n");
    out.append("<!-- Generated from each rule's home (CompilerRules, or the rule's @Rule annotation)")
        .append(" by dev.surety.validation.docs.RulesPage. Do not edit: run ")
        .append("`mvn -pl dsl -am verify -Dsurety.docs.update=true` to regenerate. -->\n\n");
    out.append("| code | name | severity | summary |\n|---|---|---|---|\n");
    for (RuleDescriptor r : sorted) {
      out.append("| [").append(r.code()).append("](#").append(anchor(r)).append(") | ")
          .append(r.name()).append(" | ").append(r.defaultSeverity().spelling()).append(" | ")
          .append(r.summary().replace("|", "\\|")).append(" |\n");
    }
    RuleFamily family = null;
    for (RuleDescriptor r : sorted) {
      if (r.family() != family) {
        family = r.family();
        out.append("\n## ").append(capitalise(family.title())).append("\n");
      }
      out.append("\n### ").append(r.code()).append(" ").append(r.name()).append("\n\n");
      if (r.configurable()) {
        out.append("Default severity: **").append(r.defaultSeverity().spelling()).append("**\n\n");
      } else {
        out.append("Severity: **").append(r.defaultSeverity().spelling())
            .append("**, ").append(SeverityConfig.ALWAYS_AN_ERROR_NOTE).append(".\n\n");
      }
      out.append(r.summary()).append("\n\n");
      out.append(r.explanation().strip()).append("\n\n");
      out.append("Reported:\n\n```surety\n").append(r.failingExample().strip()).append("\n```\n\n");
      out.append("Fixed:\n\n```surety\n").append(r.passingExample().strip()).append("\n```\n");
    }
    return out.toString();
  }

  private static String anchor(RuleDescriptor r) {
    return anchor(r.code(), r.name());
  }

  /**
   * The anchor of a rule's section on the page, as Markdown renderers make it from the heading
   * {@code ### SUR201 missing-legislative-approval}: {@code sur201-missing-legislative-approval}.
   */
  public static String anchor(String code, String name) {
    return (code + "-" + name).toLowerCase(java.util.Locale.ROOT);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

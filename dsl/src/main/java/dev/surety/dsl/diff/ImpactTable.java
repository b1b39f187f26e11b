package dev.surety.dsl.diff;

/** Renders the impact table ({@link ImpactRule}) as the Markdown table of docs/diff.md. */
public final class ImpactTable {
  /** The lines around the generated table in docs/diff.md. */
  public static final String START = "<!-- impact-table:start (generated from ImpactRule; do not edit) -->";

  public static final String END = "<!-- impact-table:end -->";

  private ImpactTable() {}

  /** The table, between {@link #START} and {@link #END}, each on its own line. */
  public static String render() {
    StringBuilder out = new StringBuilder(START).append("\n\n");
    out.append("| rule | element | impact | reason |\n|---|---|---|---|\n");
    for (ImpactRule rule : ImpactRule.values()) {
      out.append("| `").append(rule.id()).append("` | ").append(rule.element().spelling()).append(" | ")
          .append(rule.impact().spelling()).append(" | ")
          .append(rule.description().replace("|", "\\|")).append(" |\n");
    }
    return out.append('\n').append(END).toString();
  }

  /** {@code page} with its generated table replaced by the current one. */
  public static String update(String page) {
    int start = page.indexOf(START);
    int end = page.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("the page has no impact table markers");
    }
    return page.substring(0, start) + render() + page.substring(end + END.length());
  }
}

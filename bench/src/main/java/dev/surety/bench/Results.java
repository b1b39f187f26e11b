package dev.surety.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.surety.dsl.json.ArrangementJson;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one {@code bench/run} and the targets, each with its measured ratio and
 * whether it is met; printed as a table or as JSON.
 */
public final class Results {

  /** The ids of every target, in the order of the issue; the JSON always has each of them. */
  public static final List<String> TARGET_IDS = List.of(
      "check-vs-parse", "check-vs-json", "cold-vs-hello", "cold-vs-checkstyle",
      "scaling-1000x", "quadratic-parties", "quadratic-commitments", "quadratic-triggers",
      "quadratic-threats", "quadratic-includes", "jobs-2-speedup", "corpus-xmx256m", "file-8mb-xmx128m",
      "lsp-latency");

  /** A measured figure. */
  record Figure(String section, String name, double value, String unit, String settings) {}

  /** A target of the issue: {@code ratio} compared with {@code threshold}. */
  record Target(String id, String description, double ratio, String comparison, double threshold,
      String detail) {
    boolean met() {
      if (Double.isNaN(ratio)) {
        return false;
      }
      return switch (comparison) {
        case ">=" -> ratio >= threshold;
        case "<=" -> ratio <= threshold;
        case "<" -> ratio < threshold;
        default -> throw new IllegalStateException(comparison);
      };
    }
  }

  private final Map<String, Object> context = new LinkedHashMap<>();
  private final List<Figure> figures = new ArrayList<>();
  private final Map<String, Target> targets = new LinkedHashMap<>();
  /** Why a target has no figure when the run did not try it (a section left out by --only). */
  private final Map<String, String> notRun = new LinkedHashMap<>();

  void context(String key, Object value) {
    context.put(key, value);
  }

  void figure(String section, String name, double value, String unit, String settings) {
    figures.add(new Figure(section, name, value, unit, settings));
  }

  void target(String id, String description, double ratio, String comparison, double threshold,
      String detail) {
    if (!TARGET_IDS.contains(id)) {
      throw new IllegalArgumentException("unknown target " + id);
    }
    targets.put(id, new Target(id, description, ratio, comparison, threshold, detail));
  }

  /** A target that could not be measured: reported as not met, with the reason. */
  void unmeasured(String id, String description, String comparison, double threshold,
      String reason) {
    target(id, description, Double.NaN, comparison, threshold, "not measured: " + reason);
  }

  /** A target whose section this run leaves out: reported as not met, with the reason. */
  void notRun(String id, String reason) {
    if (!TARGET_IDS.contains(id)) {
      throw new IllegalArgumentException("unknown target " + id);
    }
    notRun.put(id, reason);
  }

  private String whyNotMeasured(String id) {
    return "not measured: " + notRun.getOrDefault(id, "the run stopped before it");
  }

  List<Target> targets() {
    return new ArrayList<>(targets.values());
  }

  public String json() {
    ObjectMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode();
    ObjectNode ctx = root.putObject("context");
    context.forEach((k, v) -> ctx.set(k, mapper.valueToTree(v)));
    ArrayNode figs = root.putArray("figures");
    for (Figure f : figures) {
      ObjectNode n = figs.addObject();
      n.put("section", f.section());
      n.put("name", f.name());
      n.put("value", Stats.round(f.value(), 4));
      n.put("unit", f.unit());
      n.put("settings", f.settings());
    }
    ArrayNode ts = root.putArray("targets");
    int met = 0;
    for (String id : TARGET_IDS) {
      Target t = targets.get(id);
      ObjectNode n = ts.addObject();
      n.put("id", id);
      if (t == null) {
        n.put("description", "");
        n.putNull("ratio");
        n.put("met", false);
        n.put("detail", whyNotMeasured(id));
        continue;
      }
      n.put("description", t.description());
      if (Double.isNaN(t.ratio())) {
        n.putNull("ratio");
      } else {
        n.put("ratio", Stats.round(t.ratio(), 3));
      }
      n.put("comparison", t.comparison());
      n.put("threshold", t.threshold());
      n.put("met", t.met());
      n.put("detail", t.detail());
      met += t.met() ? 1 : 0;
    }
    root.put("targetsMet", met);
    root.put("targetsTotal", TARGET_IDS.size());
    try {
      return mapper.writer(ArrangementJson.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public void table(PrintStream out) {
    out.println("Surety benchmarks");
    context.forEach((k, v) -> out.printf("  %-12s %s%n", k, v));
    String section = "";
    for (Figure f : figures) {
      if (!f.section().equals(section)) {
        section = f.section();
        out.println();
        out.println("== " + section);
      }
      out.printf("  %-46s %12s %-8s %s%n", f.name(), format(f.value()), f.unit(), f.settings());
    }
    out.println();
    out.println("== targets");
    out.printf("  %-24s %9s %4s %-8s %s%n", "target", "ratio", "", "met", "what");
    int met = 0;
    for (String id : TARGET_IDS) {
      Target t = targets.get(id);
      if (t == null) {
        out.printf("  %-24s %9s %4s %-8s %s%n", id, "-", "", "NO", whyNotMeasured(id));
        continue;
      }
      met += t.met() ? 1 : 0;
      out.printf("  %-24s %9s %-4s %-8s %s (%s)%n", id,
          Double.isNaN(t.ratio()) ? "-" : format(t.ratio()), t.comparison() + fmt(t.threshold()),
          t.met() ? "yes" : "NO", t.description(), t.detail());
    }
    out.println();
    out.println(met + " of " + TARGET_IDS.size() + " targets met");
  }

  private static String fmt(double threshold) {
    return threshold == Math.rint(threshold) ? Long.toString((long) threshold) : Double.toString(threshold);
  }

  private static String format(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    double r = Stats.round(value, 3);
    if (Math.abs(r) >= 1000 || r == Math.rint(r)) {
      return String.format("%,.0f", r);
    }
    return Double.toString(r);
  }
}

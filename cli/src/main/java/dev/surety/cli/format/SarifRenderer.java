package dev.surety.cli.format;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import dev.surety.core.diagnostic.SuppressedDiagnostic;
import dev.surety.core.source.SourceRange;
import dev.surety.dsl.Surety;
import dev.surety.validation.docs.RulesPage;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code sarif} format: a SARIF 2.1.0 log, built from the typed model in {@link Sarif} and
 * valid against the official schema (tested).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One run; {@code tool.driver} is {@code surety} with {@link LintReport#toolVersion()},
 *       {@code informationUri} {@value #INFORMATION_URI} and every rule of {@link
 *       LintReport#rules()}, sorted by code: {@code id} the code, {@code name} the kebab-case name,
 *       {@code shortDescription} the summary, {@code fullDescription} the explanation (as text and
 *       as Markdown, which it is), {@code defaultConfiguration.level} the default severity, and
 *       {@code helpUri} {@code https://surety.dev/docs/rules#sur201-missing-legislative-approval}:
 *       the rule's section of the rules page, at the anchor its heading gets.
 *   <li>Levels: error → {@code error}, warning → {@code warning}, info → {@code note}.
 *   <li>{@code run.columnKind} is {@code unicodeCodePoints}, as our columns are; SARIF's {@code
 *       endColumn} is exclusive, as ours is, so positions are copied unchanged.
 *   <li>Each result has {@code ruleId}, {@code ruleIndex} (left out when the code is not in the
 *       catalogue), {@code level} (the final severity), {@code message.text}, one location (none
 *       when the finding has no file; no region when it has no position), {@code relatedLocations}
 *       numbered from 0 with their message, and the help line in {@code properties.help}.
 *   <li>A finding that a suppression comment covered is a result too, after the others, with
 *       {@code suppressions} {@code [{"kind": "inSource", "justification": REASON}]} (the reason
 *       after {@code --}, LANGUAGE.md section 5): viewers show it as suppressed.
 *   <li>File names are written as relative URI references, percent-encoded where needed; a file
 *       outside the working directory, shown by its absolute path, as a {@code file:} URI.
 * </ul>
 */
public final class SarifRenderer implements DiagnosticRenderer {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String INFORMATION_URI = "https://surety.dev";
  static final String RULES_PAGE = "https://surety.dev/docs/rules";

  @Override
  public void render(LintReport report, Appendable out) throws IOException {
    List<RuleDescriptor> rules = report.rules().stream().sorted().toList();
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<Sarif.ReportingDescriptor> descriptors = new ArrayList<>();
    for (RuleDescriptor rule : rules) {
      ruleIndex.putIfAbsent(rule.code(), descriptors.size());
      descriptors.add(descriptor(rule));
    }
    List<Sarif.Result> results = new ArrayList<>();
    report.sortedDiagnostics().forEach(d -> results.add(result(d, ruleIndex, null)));
    // suppressed findings are results with an in-source suppression, as SARIF means them to be:
    // viewers (GitHub's code scanning among them) show them as dismissed, with the reason
    for (SuppressedDiagnostic s : report.suppressed()) {
      results.add(result(s.diagnostic(), ruleIndex,
          List.of(new Sarif.Suppression("inSource", s.reason().orElse(null)))));
    }
    Sarif.ToolComponent driver =
        new Sarif.ToolComponent("surety", report.toolVersion(), INFORMATION_URI, descriptors);
    Sarif.Run run = new Sarif.Run(new Sarif.Tool(driver), "unicodeCodePoints", results);
    JsonOutput.write(new Sarif.Log(SCHEMA, "2.1.0", List.of(run)), out);
  }

  /** Rule code to name, for the anchors of {@link #helpUri}. */
  private static final Map<String, String> NAMES = Surety.rules().stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(RuleDescriptor::code, RuleDescriptor::name));

  /**
   * The documentation address of a rule, its section of the rules page: {@code
   * https://surety.dev/docs/rules#sur201-missing-legislative-approval} (the anchor that docs/rules.md's
   * heading gets, {@link RulesPage#anchor}); a code outside the catalogue, the page itself anchored
   * at the code.
   */
  public static String helpUri(String code) {
    String name = NAMES.get(code);
    return RULES_PAGE + "#"
        + (name == null ? code.toLowerCase(Locale.ROOT) : RulesPage.anchor(code, name));
  }

  /** SARIF's level for a severity. */
  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  private static Sarif.ReportingDescriptor descriptor(RuleDescriptor rule) {
    return new Sarif.ReportingDescriptor(
        rule.code(),
        rule.name(),
        Sarif.Message.text(rule.summary()),
        new Sarif.Message(rule.explanation(), rule.explanation()),
        new Sarif.Configuration(level(rule.defaultSeverity())),
        helpUri(rule.code()));
  }

  private static Sarif.Result result(Diagnostic d, Map<String, Integer> ruleIndex,
      List<Sarif.Suppression> suppressions) {
    List<Sarif.Location> related = new ArrayList<>();
    for (RelatedLocation r : d.related()) {
      related.add(
          new Sarif.Location(
              related.size(), physical(r.range()), Sarif.Message.text(r.message())));
    }
    Sarif.PhysicalLocation where = physical(d.range());
    return new Sarif.Result(
        d.code(),
        ruleIndex.get(d.code()),
        level(d.severity()),
        Sarif.Message.text(d.message()),
        where == null ? List.of() : List.of(new Sarif.Location(null, where, null)),
        related.isEmpty() ? null : related,
        suppressions,
        d.help().map(h -> Map.of("help", h)).orElse(null));
  }

  private static Sarif.PhysicalLocation physical(SourceRange range) {
    if (range.file().isEmpty()) {
      return null;
    }
    Sarif.Region region =
        range.isKnown()
            ? new Sarif.Region(
                range.start().line(),
                Math.max(1, range.start().column()),
                Math.max(range.start().line(), range.end().line()),
                Math.max(1, range.end().column()))
            : null;
    return new Sarif.PhysicalLocation(new Sarif.ArtifactLocation(uri(range.file())), region);
  }

  /**
   * A relative file name as a URI reference: {@code drafts/a b.surety} → {@code
   * drafts/a%20b.surety}; {@code v1:draft.surety} → {@code ./v1:draft.surety}, since a first
   * segment with a colon would read as a scheme (RFC 3986, section 4.2).
   */
  static String uri(String file) {
    if (file.startsWith("/") || file.matches("[A-Za-z]:[\\\\/].*")) {
      // an absolute path is not a URI reference: SARIF readers resolve it against nothing
      return java.nio.file.Path.of(file).toUri().toASCIIString();
    }
    String path = file.replace('\\', '/');
    int slash = path.indexOf('/');
    if (path.substring(0, slash < 0 ? path.length() : slash).indexOf(':') >= 0) {
      path = "./" + path;
    }
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}

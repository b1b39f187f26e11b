package dev.surety.cli.lsp;

import dev.surety.cli.format.SarifRenderer;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RelatedLocation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * The library's diagnostics as LSP diagnostics: the findings in the document's own file (those in
 * included files are published with those files when they are open), the help line under the
 * message, the rule's documentation as the code's link, other places as related information.
 */
final class Diagnostics {

  static final String SOURCE = "surety";

  /** Unused declarations (SUR114) and suppressions that suppress nothing (SUR004). */
  private static final Set<String> UNNECESSARY = Set.of("SUR114", "SUR004");

  /**
   * The most findings published for one document: beyond it an editor slows down and no reader
   * gains (a megabyte of generated text can hold tens of thousands); the rest are counted in one
   * more line at the document's start (so a document with more has this many and that line).
   */
  static final int MAX_PUBLISHED = 1000;

  private Diagnostics() {}

  static PublishDiagnosticsParams publish(Analysis analysis) {
    PublishDiagnosticsParams params = new PublishDiagnosticsParams(analysis.uri(), of(analysis));
    params.setVersion(analysis.version());
    return params;
  }

  /** The findings located in the document itself (or at no position, reported under its name). */
  static List<Diagnostic> inDocument(Analysis analysis) {
    return analysis.report().diagnostics().stream()
        .filter(d -> d.range().file().equals(analysis.fileName()))
        .collect(Collectors.toList());
  }

  static List<org.eclipse.lsp4j.Diagnostic> of(Analysis analysis) {
    List<Diagnostic> all = inDocument(analysis);
    List<org.eclipse.lsp4j.Diagnostic> out = all.stream()
        .limit(MAX_PUBLISHED)
        .map(d -> toLsp(analysis, d))
        .collect(Collectors.toList());
    int rest = all.size() - out.size();
    if (rest > 0) {
      out.add(new org.eclipse.lsp4j.Diagnostic(
          new Range(new Position(0, 0), new Position(0, 0)), notShown(rest, out.size()),
          DiagnosticSeverity.Information, SOURCE));
    }
    return out;
  }

  /** The line that counts the findings beyond {@link #MAX_PUBLISHED}. */
  static String notShown(int rest, int shown) {
    return rest == 1
        ? "1 more finding in this file is not shown (the editor gets the first " + shown
            + "); run `surety lint` for all of them"
        : rest + " more findings in this file are not shown (the editor gets the first " + shown
            + "); run `surety lint` for all of them";
  }

  static org.eclipse.lsp4j.Diagnostic toLsp(Analysis analysis, Diagnostic d) {
    var lsp = new org.eclipse.lsp4j.Diagnostic();
    lsp.setRange(analysis.range(d.range()));
    lsp.setSeverity(severity(d));
    lsp.setCode(d.code());
    lsp.setSource(SOURCE);
    lsp.setMessage(d.message() + d.help().map(h -> "\nhelp: " + h).orElse(""));
    lsp.setCodeDescription(new org.eclipse.lsp4j.DiagnosticCodeDescription(
        SarifRenderer.helpUri(d.code())));
    if (UNNECESSARY.contains(d.code())) {
      lsp.setTags(List.of(DiagnosticTag.Unnecessary)); // editors fade what nothing uses
    }
    if (!d.related().isEmpty()) {
      lsp.setRelatedInformation(d.related().stream()
          .map(r -> related(analysis, r))
          .collect(Collectors.toList()));
    }
    return lsp;
  }

  private static DiagnosticRelatedInformation related(Analysis analysis, RelatedLocation r) {
    return new DiagnosticRelatedInformation(analysis.location(r.range()), r.message());
  }

  private static DiagnosticSeverity severity(Diagnostic d) {
    switch (d.severity()) {
      case ERROR:
        return DiagnosticSeverity.Error;
      case WARNING:
        return DiagnosticSeverity.Warning;
      default:
        return DiagnosticSeverity.Information;
    }
  }
}

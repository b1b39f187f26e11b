package dev.surety.cli.lsp;

import dev.surety.cli.format.SarifRenderer;
import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.model.Declaration;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Term;
import dev.surety.dsl.Surety;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/**
 * Hover: on an id, its declaration; on a vocabulary term, its canonical form and category; on a
 * finding, the rule's summary and a link to its documentation. Several can apply at once (a
 * misspelt id is both an id and a finding): each gets its section.
 */
final class Hovers {

  private static final Map<String, RuleDescriptor> RULES =
      Surety.rules().stream().collect(Collectors.toMap(RuleDescriptor::code, Function.identity()));

  private Hovers() {}

  static Optional<Hover> hover(Analysis analysis, Position position) {
    List<String> sections = new ArrayList<>();
    analysis.idAt(position).ifPresent(o -> sections.add(o.declaration()
        .map(d -> declaration(analysis, d))
        .orElse("`" + o.id() + "` is not declared")));
    analysis.termAt(position).ifPresent(t -> sections.add(term(t)));
    SourcePosition at = analysis.position(position);
    for (Diagnostic d : Diagnostics.inDocument(analysis)) {
      if (d.range().contains(at) || d.range().start().equals(at)) {
        sections.add(rule(d));
      }
    }
    if (sections.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Hover(new MarkupContent(MarkupKind.MARKDOWN,
        String.join("\n\n---\n\n", sections))));
  }

  private static String declaration(Analysis analysis, Declaration d) {
    SourceRange range = d.range();
    PositionMapper m = analysis.mapper(range.file());
    String text = m.text();
    int start = m.offset(range.start());
    int end = Math.max(start, Math.min(text.length(), m.offset(range.end())));
    String source = text.substring(start, end);
    if (source.length() > 600) {
      source = source.substring(0, 600) + " …";
    }
    return "```surety\n" + source + "\n```\n\n" + d.keyword() + " `" + d.id() + "`"
        + (d.shared() ? ", declared at file level" : ", declared in its arrangement")
        + " in " + range.file() + " at line " + range.start().line();
  }

  private static String term(Analysis.TermOccurrence t) {
    Term term = t.term();
    StringBuilder out = new StringBuilder("**" + term.canonical() + "** (" + t.role());
    if (term instanceof CommitmentKind) {
      CommitmentKind kind = (CommitmentKind) term;
      out.append(", category ").append(kind.category().label());
      if (kind.isRestraint()) {
        out.append(", a restraint");
      }
    } else if (term instanceof ItemTerm) {
      ((ItemTerm) term).domain().ifPresent(d -> out.append(", domain ").append(d.canonical()));
    } else if (term instanceof InstrumentType) {
      out.append(((InstrumentType) term).isBindingInLaw() ? ", binding in law" : ", political only");
    }
    out.append(')');
    if (!normalized(t.written()).equals(term.canonical())) {
      out.append("\n\nwritten `").append(t.written()).append("`, canonical form `")
          .append(term.canonical()).append('`');
    }
    if (!term.aliases().isEmpty()) {
      out.append("\n\naliases: ").append(term.aliases().stream()
          .map(a -> "`" + a + "`").collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  private static String normalized(String written) {
    return written.trim().replaceAll("\\s+", " ");
  }

  private static String rule(Diagnostic d) {
    RuleDescriptor rule = RULES.get(d.code());
    String summary = rule != null ? rule.summary() : d.message();
    return "**" + d.code() + " " + d.name() + "** (" + d.severity().spelling() + "): " + summary
        + "\n\n[Documentation of " + d.code() + "](" + SarifRenderer.helpUri(d.code()) + ")";
  }
}

package dev.surety.cli.lsp;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Declaration;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.Reference;
import dev.surety.core.model.SourceFile;
import dev.surety.core.model.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline: file-level declarations, then each arrangement with its declarations, its
 * commitments and force levels, and its layers with theirs.
 */
final class Symbols {

  private Symbols() {}

  static List<DocumentSymbol> outline(Analysis analysis) {
    List<DocumentSymbol> out = new ArrayList<>();
    analysis.sourceFile().ifPresent(file -> {
      own(file).forEach(d -> out.add(declaration(analysis, d)));
      file.arrangements().forEach(a -> out.add(arrangement(analysis, a)));
    });
    return out;
  }

  private static List<Declaration> own(SourceFile f) {
    List<Declaration> all = new ArrayList<>(f.parties());
    all.addAll(f.organisations());
    all.addAll(f.coalitions());
    all.addAll(f.triggers());
    all.sort((x, y) -> x.range().compareTo(y.range()));
    return all;
  }

  private static DocumentSymbol arrangement(Analysis analysis, Arrangement a) {
    List<DocumentSymbol> children = new ArrayList<>();
    a.declarations().stream()
        .filter(d -> !d.shared() && d.range().isKnown())
        .sorted((x, y) -> x.range().compareTo(y.range()))
        .forEach(d -> children.add(declaration(analysis, d)));
    a.commitments().forEach(c -> children.add(commitment(analysis, c)));
    a.forceLevels().forEach(f -> children.add(forceLevel(analysis, f)));
    a.layers().forEach(l -> children.add(layer(analysis, l)));
    children.sort((x, y) -> compare(x.getRange(), y.getRange()));
    Range range = analysis.range(a.range());
    return symbol("\"" + a.title() + "\"", a.kind().map(k -> k.value().canonical()).orElse(null),
        SymbolKind.Namespace, range, range, children);
  }

  private static DocumentSymbol layer(Analysis analysis, Layer layer) {
    List<DocumentSymbol> children = new ArrayList<>();
    layer.commitments().forEach(c -> children.add(commitment(analysis, c)));
    layer.forceLevels().forEach(f -> children.add(forceLevel(analysis, f)));
    children.sort((x, y) -> compare(x.getRange(), y.getRange()));
    Range range = analysis.range(layer.range());
    return symbol("layer \"" + layer.title() + "\"", null, SymbolKind.Package, range, range,
        children);
  }

  private static DocumentSymbol declaration(Analysis analysis, Declaration d) {
    Range range = analysis.range(d.range());
    Range selection = analysis.range(analysis.idRange(d));
    String detail;
    SymbolKind kind;
    if (d instanceof Party) {
      kind = SymbolKind.Object;
      detail = ((Party) d).name() + ((Party) d).legislature().map(l -> "; legislature " + l).orElse("");
    } else if (d instanceof Organisation) {
      kind = SymbolKind.Struct;
      detail = ((Organisation) d).name();
    } else if (d instanceof Trigger) {
      kind = SymbolKind.Event;
      detail = ((Trigger) d).event().text();
    } else {
      kind = SymbolKind.Array;
      detail = ((dev.surety.core.model.Coalition) d).name();
    }
    return symbol(d.keyword() + " " + d.id(), detail, kind, range, selection, List.of());
  }

  private static DocumentSymbol commitment(Analysis analysis, Commitment c) {
    Range range = analysis.range(c.range());
    String parties = c.parties().stream().map(Reference::id).collect(Collectors.joining(", "));
    String items = c.items().stream().map(Phrase::text).collect(Collectors.joining(", "));
    return symbol(parties + " " + c.kind().text(), items.isEmpty() ? null : items,
        SymbolKind.Method, range, range, List.of());
  }

  private static DocumentSymbol forceLevel(Analysis analysis, ForceLevel f) {
    Range range = analysis.range(f.range());
    return symbol(f.type().canonical() + " " + f.party().id()
        + " " + f.force(), f.amount().toPlainString() + " " + f.unit(), SymbolKind.Field, range,
        range, List.of());
  }

  private static DocumentSymbol symbol(String name, String detail, SymbolKind kind, Range range,
      Range selection, List<DocumentSymbol> children) {
    DocumentSymbol s = new DocumentSymbol(name.isBlank() ? "?" : name, kind, range,
        contains(range, selection) ? selection : range, detail);
    s.setChildren(children);
    return s;
  }

  private static boolean contains(Range outer, Range inner) {
    return compare(outer.getStart(), inner.getStart()) <= 0
        && compare(inner.getEnd(), outer.getEnd()) <= 0;
  }

  private static int compare(Range a, Range b) {
    return compare(a.getStart(), b.getStart());
  }

  private static int compare(org.eclipse.lsp4j.Position a, org.eclipse.lsp4j.Position b) {
    return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }
}

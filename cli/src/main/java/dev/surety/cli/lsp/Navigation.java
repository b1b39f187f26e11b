package dev.surety.cli.lsp;

import dev.surety.core.model.Declaration;
import dev.surety.core.source.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Go-to-definition (ids, and {@code include} statements to the file) and find-references for
 * ids, across includes: a declaration is identified by
 * the file it is in (on disk) and its place there, so that the same declaration reached from two
 * open documents (one including the other) is recognised as one.
 */
final class Navigation {

  /** A declaration wherever it is seen from. */
  private record Key(Path file, SourcePosition start, SourcePosition end) {}

  private Navigation() {}

  /** An id's declaration; on an {@code include}, the start of the included file. */
  static List<Location> definition(Analysis analysis, Position position) {
    Optional<Analysis.IdOccurrence> id = analysis.idAt(position);
    if (id.isPresent()) {
      return id.get().declaration()
          .map(d -> List.of(analysis.location(analysis.idRange(d))))
          .orElse(List.of());
    }
    return analysis.includeAt(position)
        .map(file -> List.of(new Location(analysis.uriOf(file),
            new Range(new Position(0, 0), new Position(0, 0)))))
        .orElse(List.of());
  }

  /**
   * Every place the id at {@code position} refers to the same declaration, in this document's
   * compilation and in those of the other open documents.
   */
  static List<Location> references(Analysis analysis, Position position, boolean withDeclaration,
      List<Analysis> others) {
    Optional<Declaration> declaration =
        analysis.idAt(position).flatMap(Analysis.IdOccurrence::declaration);
    if (declaration.isEmpty()) {
      return List.of();
    }
    Key key = key(analysis, declaration.get());
    Map<String, Location> found = new LinkedHashMap<>();
    List<Analysis> all = new ArrayList<>();
    all.add(analysis);
    all.addAll(others);
    for (Analysis a : all) {
      for (Analysis.IdOccurrence o : a.ids()) {
        if ((withDeclaration || !o.isDeclaration())
            && o.declaration().map(d -> key(a, d).equals(key)).orElse(false)) {
          Location location = a.location(o.range());
          found.putIfAbsent(location.getUri() + " " + location.getRange(), location);
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private static Key key(Analysis analysis, Declaration d) {
    return new Key(analysis.target().resolve(d.range().file()), d.range().start(),
        d.range().end());
  }
}

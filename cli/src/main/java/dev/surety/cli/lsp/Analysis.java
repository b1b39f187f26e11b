package dev.surety.cli.lsp;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Declaration;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Include;
import dev.surety.core.model.Located;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.Reference;
import dev.surety.core.model.SourceFile;
import dev.surety.core.model.Trigger;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.Term;
import dev.surety.dsl.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * What the library made of one version of a document: the {@link Report} of {@code Surety.check}
 * on its text, and an index over the compiled model (every id, where it is declared and where it
 * is used, across included files; every vocabulary term) for the editor features. Immutable.
 */
final class Analysis {

  /** An id where it is written: a declaration's own id, or a reference to a declaration. */
  record IdOccurrence(String id, SourceRange range, Optional<Declaration> declaration,
      boolean isDeclaration) {}

  /** A phrase or value of the vocabulary as written, with the term it reads as. */
  record TermOccurrence(SourceRange range, String written, Term term, String role) {}

  private final String uri;
  private final int version;
  private final long revision;
  private final String text;
  private final Workspace.Target target;
  private final Report report;
  private final Function<Path, String> openUri;
  private final Map<String, PositionMapper> mappers = new ConcurrentHashMap<>();
  private final List<IdOccurrence> ids = new ArrayList<>();
  private final List<TermOccurrence> terms = new ArrayList<>();
  private final Map<String, SourceFile> files = new LinkedHashMap<>();

  /**
   * @param revision the {@link OpenDocument}'s revision of the text (which of its texts this is)
   * @param openUri the URI under which the editor has a file open, or null (for locations in
   *     included files that are open under a URI spelled differently from {@code Path.toUri})
   */
  Analysis(String uri, int version, long revision, String text, Workspace.Target target,
      Report report, Function<Path, String> openUri) {
    this.uri = uri;
    this.version = version;
    this.revision = revision;
    this.text = text;
    this.target = target;
    this.report = report;
    this.openUri = openUri;
    report.files().forEach(f -> files.put(f.path(), f));
    index();
  }

  String uri() {
    return uri;
  }

  int version() {
    return version;
  }

  long revision() {
    return revision;
  }

  String text() {
    return text;
  }

  Report report() {
    return report;
  }

  Workspace.Target target() {
    return target;
  }

  /** The name the document is reported under. */
  String fileName() {
    return target.fileName();
  }

  Optional<SourceFile> sourceFile() {
    return Optional.ofNullable(files.get(fileName()));
  }

  List<IdOccurrence> ids() {
    return ids;
  }

  List<TermOccurrence> terms() {
    return terms;
  }

  /** The files this compilation read besides the document, as paths on disk. */
  Set<Path> includedPaths() {
    return files.keySet().stream()
        .filter(name -> !name.equals(fileName()))
        .map(target::resolve)
        .collect(Collectors.toSet());
  }

  // ---- positions ------------------------------------------------------------------------------

  /** The mapper of a reported file: the document's own text, or the text the compiler read. */
  PositionMapper mapper(String file) {
    if (file.equals(fileName())) {
      return mappers.computeIfAbsent(file, f -> new PositionMapper(text));
    }
    return mappers.computeIfAbsent(file,
        f -> new PositionMapper(report.sources().getOrDefault(f, "")));
  }

  PositionMapper mapper() {
    return mapper(fileName());
  }

  String uriOf(String file) {
    if (file.equals(fileName()) || file.isEmpty()) {
      return uri;
    }
    Path path = target.resolve(file);
    String open = openUri.apply(path);
    return open != null ? open : Workspace.uri(path);
  }

  Location location(SourceRange range) {
    return new Location(uriOf(range.file()), mapper(range.file()).toLsp(range));
  }

  Range range(SourceRange range) {
    return mapper(range.file()).toLsp(range);
  }

  /** The model position in the document of an LSP position. */
  SourcePosition position(Position position) {
    return mapper().toModel(position);
  }

  // ---- queries --------------------------------------------------------------------------------

  /** The id written at {@code position} of the document. */
  Optional<IdOccurrence> idAt(Position position) {
    SourcePosition at = position(position);
    return ids.stream()
        .filter(o -> o.range().file().equals(fileName()) && touches(o.range(), at))
        .findFirst();
  }

  /** The vocabulary term written at {@code position} of the document. */
  Optional<TermOccurrence> termAt(Position position) {
    SourcePosition at = position(position);
    return terms.stream()
        .filter(o -> o.range().file().equals(fileName()) && touches(o.range(), at))
        .findFirst();
  }

  /** The file that the {@code include} at {@code position} of the document names, as reported. */
  Optional<String> includeAt(Position position) {
    SourcePosition at = position(position);
    return sourceFile().stream()
        .flatMap(f -> f.includes().stream())
        .filter(i -> touches(i.range(), at))
        .flatMap(i -> i.resolved().stream())
        .findFirst();
  }

  /** Every occurrence (declaration included) of the declaration at {@code declared}. */
  List<IdOccurrence> occurrencesOf(SourceRange declared) {
    return ids.stream()
        .filter(o -> o.declaration().map(d -> d.range().equals(declared)).orElse(false))
        .collect(Collectors.toList());
  }

  /**
   * The declarations visible at {@code position} of the document: the file-level ones (its own
   * and included) and, in an arrangement, those of that arrangement, which no other one sees
   * (LANGUAGE.md). The arrangement is the one whose range holds the position; in a block that no
   * arrangement's range holds (one still being written, its closing brace not there yet), the last
   * arrangement that begins before the position.
   */
  List<Declaration> declarations(Position position, boolean inBlock) {
    SourcePosition at = position(position);
    // triggers have a namespace of their own: trigger FR and party FR are both visible
    Map<String, Declaration> byId = new LinkedHashMap<>();
    Consumer<Declaration> add =
        d -> byId.putIfAbsent((d instanceof Trigger ? "trigger " : "actor ") + d.id(), d);
    sourceFile().ifPresent(f -> {
      visible(f).forEach(add);
      if (!inBlock) {
        return;
      }
      Arrangement around = null;
      for (Arrangement a : f.arrangements()) {
        if (touches(a.range(), at)) {
          around = a;
          break;
        }
        if (a.range().start().compareTo(at) <= 0) {
          around = a;
        }
      }
      if (around != null) {
        around.declarations().forEach(add);
      }
    });
    return List.copyOf(byId.values());
  }

  /** A declaration's id as written: the range of its id inside the declaration. */
  SourceRange idRange(Declaration d) {
    SourceRange range = d.range();
    if (!range.isKnown()) {
      return range;
    }
    PositionMapper m = mapper(range.file());
    String source = m.text();
    int start = m.offset(range.start());
    int end = Math.max(start, Math.min(source.length(), m.offset(range.end())));
    Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{M}\\p{Nd}_-])" + Pattern.quote(d.id())
        + "(?![\\p{L}\\p{M}\\p{Nd}_-])").matcher(source).region(start, end);
    int keyword = start + d.keyword().length();
    while (matcher.find()) {
      if (matcher.start() >= keyword) {
        Position from = m.positionAt(matcher.start());
        Position to = m.positionAt(matcher.end());
        return SourceRange.of(range.file(), m.toModel(from), m.toModel(to));
      }
    }
    return SourceRange.of(range.file(), range.start(), range.start());
  }

  private static boolean touches(SourceRange range, SourcePosition at) {
    return range.contains(at) || range.end().equals(at);
  }

  // ---- the index ------------------------------------------------------------------------------

  private void index() {
    for (SourceFile file : files.values()) {
      // what a file-level declaration refers to (veto, members, by, against) is an actor
      Map<String, Declaration> scope = new HashMap<>();
      visible(file).stream().filter(d -> !(d instanceof Trigger))
          .forEach(d -> scope.putIfAbsent(d.id(), d));
      for (Declaration d : own(file)) {
        declared(d);
        inner(d, scope::get);
      }
      for (Arrangement a : file.arrangements()) {
        indexArrangement(a);
      }
    }
  }

  private void indexArrangement(Arrangement a) {
    // triggers have a namespace of their own (LANGUAGE.md): `on FR` names trigger FR, not party FR
    Function<String, Declaration> scope = id -> a.actor(id).orElse(null);
    Function<String, Declaration> triggers = id -> a.trigger(id).orElse(null);
    for (Declaration d : a.declarations()) {
      if (!d.shared()) {
        declared(d);
        inner(d, scope);
      }
    }
    a.kind().ifPresent(k -> term(k, k.value(), "arrangement kind"));
    a.status().ifPresent(s -> term(s, s.value(), "status"));
    a.instrument().ifPresent(i -> term(i, i.value(), "instrument"));
    a.covers().forEach(p -> term(p, "domain"));
    a.beneficiaries().forEach(r -> used(r, scope));
    a.against().forEach(r -> used(r, scope));
    for (Commitment c : a.allCommitments()) {
      c.parties().forEach(r -> used(r, scope));
      c.triggers().forEach(r -> used(r, triggers));
      c.channels().forEach(r -> used(r, scope));
      c.recipients().forEach(r -> used(r, scope));
      term(c.kind(), "commitment kind");
      c.items().forEach(p -> term(p, "item"));
      c.modes().forEach(m -> term(m, m.value(), "mode"));
    }
    for (ForceLevel f : a.allForceLevels()) {
      used(f.party(), scope);
    }
  }

  private void inner(Declaration d, Function<String, Declaration> scope) {
    if (d instanceof Organisation) {
      ((Organisation) d).veto().forEach(r -> used(r, scope));
      ((Organisation) d).members().forEach(r -> used(r, scope));
    } else if (d instanceof Coalition) {
      ((Coalition) d).members().forEach(r -> used(r, scope));
      ((Coalition) d).leaders().forEach(r -> used(r, scope));
    } else if (d instanceof Trigger) {
      Trigger t = (Trigger) d;
      t.by().forEach(r -> used(r, scope));
      t.against().ifPresent(r -> used(r, scope));
      term(t.event(), "trigger event");
    }
  }

  private void declared(Declaration d) {
    if (d.range().isKnown()) {
      ids.add(new IdOccurrence(d.id(), idRange(d), Optional.of(d), true));
    }
  }

  private void used(Reference r, Function<String, Declaration> scope) {
    if (r.range().isKnown()) {
      ids.add(new IdOccurrence(r.id(), r.range(), Optional.ofNullable(scope.apply(r.id())), false));
    }
  }

  private void term(Phrase<? extends Term> phrase, String role) {
    if (phrase.range().isKnown() && phrase.term().isPresent()) {
      terms.add(new TermOccurrence(phrase.range(), phrase.text(), phrase.term().get(), role));
    }
  }

  /** A value of a fixed list; written as the draft wrote it where that was not its name. */
  private void term(Located<?> located, Term term, String role) {
    if (located.range().isKnown()) {
      String written = located.written().isEmpty() ? term.canonical() : located.written();
      terms.add(new TermOccurrence(located.range(), written, term, role));
    }
  }

  private static List<Declaration> own(SourceFile f) {
    List<Declaration> all = new ArrayList<>(f.parties());
    all.addAll(f.organisations());
    all.addAll(f.coalitions());
    all.addAll(f.triggers());
    return all;
  }

  /**
   * File-level declarations that {@code file} sees, in the compiler's order: included files first
   * (depth first, each once), then its own; where an id is declared twice the first one counts.
   */
  private List<Declaration> visible(SourceFile file) {
    List<Declaration> all = new ArrayList<>();
    collect(file, new HashSet<>(), all);
    return all;
  }

  private void collect(SourceFile file, Set<String> seen, List<Declaration> out) {
    if (!seen.add(file.path())) {
      return;
    }
    for (Include include : file.includes()) {
      include.resolved().map(files::get).ifPresent(f -> collect(f, seen, out));
    }
    out.addAll(own(file));
  }

}

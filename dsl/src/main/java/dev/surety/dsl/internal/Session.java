package dev.surety.dsl.internal;

import dev.surety.core.diagnostic.RelatedLocation;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Declaration;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.ImmutableCoalition;
import dev.surety.core.model.ImmutableCommitment;
import dev.surety.core.model.ImmutableLayer;
import dev.surety.core.model.ImmutableOrganisation;
import dev.surety.core.model.ImmutableParty;
import dev.surety.core.model.ImmutableTrigger;
import dev.surety.core.model.Include;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.Reference;
import dev.surety.core.model.SourceFile;
import dev.surety.core.model.Trigger;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.dsl.Compilation;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.CompilerRules;
import dev.surety.dsl.IoReasons;
import dev.surety.dsl.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One compilation: reads the files, follows includes, builds the scopes and resolves ids. Not
 * thread-safe; {@link dev.surety.dsl.SuretyCompiler} makes one per call.
 */
public final class Session {

  private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
  /** {@code C:/x}, {@code C:\\x}, and {@code C:x} (relative to drive C's current directory). */
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  /** One file read. */
  private static final class Unit {
    final String name;
    final Path dir;
    String text = "";
    FileModel model = new FileModel();
    List<dev.surety.core.model.Suppression> suppressions = List.of();
    final List<Include> includes = new ArrayList<>();
    final List<Unit> included = new ArrayList<>();
    /** Whether one of its includes was not followed (refused, missing, too deep): {@link #seesAll}. */
    boolean lostInclude;
    /** The files its includes would have reached but for closing a cycle. */
    final List<Unit> cycleTargets = new ArrayList<>();
    /** Whether the file itself could not be read (too large, unreadable, too deep to parse). */
    boolean unread;
    /** Whether its bytes were never had (unreadable, too large): {@link SourceFile#read()}. */
    boolean bytesUnread;
    /** The I/O error that kept its bytes from being read, in words: {@link SourceFile#readError()}. */
    String readError;

    Unit(String name, Path dir) {
      this.name = name;
      this.dir = dir;
    }
  }

  private final Path root;
  /** The root with its symbolic links resolved: asked of the file system when first needed. */
  private Path realRoot;
  private final Limits limits;
  /** How messages name files ({@link CompilerOptions#fileNamesInMessages}). */
  private final Function<String, String> named;
  private final Reporter reporter = new Reporter();
  private final Map<Path, Unit> units = new LinkedHashMap<>();
  private final Deque<Unit> chain = new ArrayDeque<>();
  private final Set<Unit> inProgress = new HashSet<>();
  /**
   * How many candidate ids the did-you-mean of SUR101 may still compare, over the whole
   * compilation: thousands of undefined ids against thousands of declared ones would otherwise
   * take time quadratic in the size of the draft. Once spent, SUR101 is still reported, without a
   * suggestion.
   */
  private long suggestionBudget = SUGGESTION_BUDGET;

  static final long SUGGESTION_BUDGET = 100_000;

  public Session(Path root, CompilerOptions options) {
    this.root = root.toAbsolutePath().normalize();
    this.limits = options.limits();
    this.named = options.fileNamesInMessages();
  }

  /**
   * The root with its symbolic links resolved (the root itself when it cannot be), looked up only
   * when a file is read: a draft compiled from memory without includes never needs it, and the
   * look-up was a fiftieth of checking one (a system call per compilation).
   */
  private Path realRoot() {
    if (realRoot == null) {
      try {
        realRoot = root.toRealPath();
      } catch (IOException | RuntimeException e) {
        realRoot = root;
      }
    }
    return realRoot;
  }

  // ---- entry points ---------------------------------------------------------------------------

  public Compilation compilePaths(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      Path absolute = path.toAbsolutePath().normalize();
      if (Files.isDirectory(absolute)) {
        // a directory named by a link is walked where it leads: a walk sees only the link itself
        try (Stream<Path> walk = Files.walk(
            Files.isSymbolicLink(absolute) ? absolute.toRealPath() : absolute)) {
          walk.filter(p -> p.getFileName().toString().endsWith(".surety") && Files.isRegularFile(p))
              .sorted()
              .forEach(files::add);
        } catch (IOException | RuntimeException e) {
          cannotRead(absolute, e);
        }
      } else {
        files.add(absolute);
      }
    }
    for (Path file : files) {
      Path real;
      try {
        real = file.toRealPath();
      } catch (IOException | RuntimeException e) {
        cannotRead(file, e);
        continue;
      }
      if (!units.containsKey(real)) {
        // named as the user reaches it: a link to a file is reported under the link's name (the
        // file the editor has open), once, whatever it leads to
        loadFile(real, reportedName(file), null);
      }
    }
    return finish();
  }

  public Compilation compileSource(String source, String fileName) {
    Unit unit = sourceUnit(fileName);
    // at most 3 bytes of UTF-8 per char (a surrogate pair is 2 chars for 4 bytes): a text of few
    // enough chars is within the limit without counting
    if ((long) source.length() * 3 > limits.maxFileBytes()
        && utf8Length(source, limits.maxFileBytes()) > limits.maxFileBytes()) {
      return overTheLimit(fileName);
    }
    read(unit, source);
    return finish();
  }

  /**
   * A draft's bytes held in memory (standard input), read as a file's are: over {@code
   * maxFileBytes} SUR003, bytes that are not UTF-8 SUR001, a byte-order mark dropped.
   */
  public Compilation compileBytes(byte[] source, String fileName) {
    Unit unit = sourceUnit(fileName);
    if (source.length > limits.maxFileBytes()) {
      return overTheLimit(fileName);
    }
    String text = FileParser.decode(source, fileName, reporter);
    if (text != null) { // else binary, reported
      read(unit, text);
    }
    return finish();
  }

  /** SUR003 for a draft held in memory that is larger than {@code maxFileBytes}; nothing read. */
  private Compilation overTheLimit(String fileName) {
    reporter.report(CompilerRules.LIMIT_EXCEEDED, unread(fileName),
        fileName + " is larger than the limit of " + mebibytes(limits.maxFileBytes())
            + " (maxFileBytes)");
    return finish();
  }

  private Unit sourceUnit(String fileName) {
    Path key = root.resolve(fileName).normalize();
    Path dir = key.getParent() == null ? root : key.getParent();
    Unit unit = new Unit(fileName, dir);
    units.put(key, unit);
    return unit;
  }

  // ---- reading --------------------------------------------------------------------------------

  /** The length of {@code text} in UTF-8, counted no further than just past {@code limit}. */
  static long utf8Length(String text, long limit) {
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= limit; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private void cannotRead(Path path, Exception e) {
    String reason = IoReasons.describe(e);
    String name = reportedName(path);
    reporter.report(CompilerRules.INCLUDE_ERROR,
        SourceRange.of(name, SourcePosition.NONE, SourcePosition.NONE),
        "cannot read " + named.apply(name) + ": " + reason);
  }

  private String reportedName(Path path) {
    Path base = path.startsWith(realRoot()) ? realRoot() : path.startsWith(root) ? root : null;
    Path shown = base == null ? path : base.relativize(path);
    String name = shown.toString().replace('\\', '/');
    return name.isEmpty() ? path.getFileName() == null ? path.toString() : path.getFileName().toString() : name;
  }

  private Unit loadFile(Path real, String name, SourceRange includedAt) {
    Unit unit = new Unit(name, real.getParent() == null ? root : real.getParent());
    units.put(real, unit);
    // a file given that cannot be read is reported at no line of it, as one over the limit is
    SourceRange at = includedAt != null ? includedAt : unread(name);
    try {
      long size = Files.size(real);
      if (size > limits.maxFileBytes()) {
        // at the include that names it, or at no line of the file, which is not read
        reporter.report(CompilerRules.LIMIT_EXCEEDED, includedAt != null ? includedAt : unread(name),
            "file " + named.apply(name) + " is " + over(size, limits.maxFileBytes())
                + " (maxFileBytes)");
        unit.unread = true;
        unit.bytesUnread = true;
        return unit;
      }
      String text = FileParser.decode(Files.readAllBytes(real), name, reporter);
      if (text != null) { // else binary, reported
        read(unit, text);
      }
    } catch (IOException | RuntimeException e) {
      // the reason in words (the exception's message is mostly the path again), and for an
      // included file the chain that reached it, as for every other include error
      String reason = IoReasons.describe(e);
      reporter.report(CompilerRules.INCLUDE_ERROR, at, "cannot read " + named.apply(name) + ": "
          + reason + (includedAt != null ? " (include chain: " + chainText(null) + ")" : ""));
      unit.unread = true;
      unit.bytesUnread = true;
      unit.readError = reason;
    }
    return unit;
  }

  /**
   * The range of a finding about a whole file that is not read (over {@code maxFileBytes}): no
   * position in it, so that no line is shown under the finding (rustc shows no snippet for a
   * file it cannot read); the file is named.
   */
  private static SourceRange unread(String name) {
    return SourceRange.of(name, SourcePosition.NONE, SourcePosition.NONE);
  }

  private static SourceRange whole(String name) {
    return SourceRange.of(name, 1, 1, 1, 1);
  }

  /**
   * {@code 9.5 MiB, over the limit of 8 MiB}; in bytes when the two would read alike ({@code
   * 8,388,647 bytes, over the limit of 8,388,608 bytes (8 MiB)}, not {@code 8.0 MiB, over the
   * limit of 8 MiB}).
   */
  public static String over(long size, long limit) {
    String written = mebibytes(size);
    if (size >= 1024 * 1024 && size - limit < 1024 * 1024 / 10) {
      return String.format(Locale.ROOT, "%,d bytes, over the limit of %,d bytes", size, limit)
          + (limit >= 1024 * 1024 ? " (" + mebibytes(limit) + ")" : "");
    }
    return written + ", over the limit of " + mebibytes(limit);
  }

  static String mebibytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return bytes + " bytes";
    }
    double mib = bytes / (1024.0 * 1024.0);
    return mib == Math.rint(mib)
        ? String.format(Locale.ROOT, "%d MiB", (long) mib)
        : String.format(Locale.ROOT, "%.1f MiB", mib);
  }

  private void read(Unit unit, String text) {
    try {
      FileParser.Result result = FileParser.parse(text, unit.name, limits, reporter);
      unit.text = result.text;
      unit.model = result.model;
      unit.suppressions = result.suppressions;
    } catch (StackOverflowError e) {
      unit.text = text;
      unit.unread = true;
      reporter.report(CompilerRules.LIMIT_EXCEEDED, whole(unit.name),
          "the file is nested too deep to read (maxNestingDepth " + limits.maxNestingDepth() + ")");
      return;
    }
    chain.addLast(unit);
    inProgress.add(unit);
    try {
      for (Include include : unit.model.includes) {
        unit.includes.add(follow(unit, include));
      }
    } finally {
      chain.removeLast();
      inProgress.remove(unit);
    }
  }

  private String chainText(String last) {
    List<String> names = chain.stream().map(u -> named.apply(u.name))
        .collect(Collectors.toList());
    if (last != null) {
      names.add(named.apply(last));
    }
    return String.join(" → ", names);
  }

  private Include follow(Unit from, Include include) {
    String path = include.path();
    SourceRange at = include.range();
    String problem = null;
    if (path.isBlank()) {
      problem = "the include path is empty";
    } else if (path.startsWith("\\\\") || path.startsWith("//")) {
      problem = "include paths must be relative to the including file, not a network (UNC) path;"
          + " nothing is fetched over a network";
    } else if (path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).matches()) {
      problem = "include paths must be relative to the including file, not absolute";
    } else if (URL_LIKE.matcher(path).matches()) {
      problem = "include paths are file paths, not URLs; nothing is fetched over a network";
    } else if (path.indexOf('\\') >= 0) {
      problem = "include paths use `/`, not `\\`";
    } else if (path.indexOf('\0') >= 0) {
      problem = "the include path holds a NUL character";
    }
    if (problem != null) {
      return includeError(from, include, at, problem + ": `" + path + "`");
    }
    Path target;
    try {
      target = from.dir.resolve(path).normalize();
    } catch (RuntimeException e) {
      return includeError(from, include, at, "`" + path + "` is not a valid path");
    }
    if (!target.startsWith(root) && !target.startsWith(realRoot())) {
      return includeError(from, include, at, "`" + path + "` leaves the compilation root",
          leavesRootHelp(from));
    }
    Path real;
    try {
      real = target.toRealPath();
    } catch (NoSuchFileException e) {
      return includeError(from, include, at, Files.isSymbolicLink(target)
          ? "`" + path + "` is a broken symbolic link: it points to no file"
          : "cannot find included file `" + path + "`");
    } catch (IOException e) {
      // a loop of symbolic links, a directory on the way that cannot be entered
      return includeError(from, include, at,
          "cannot read included file `" + path + "`: " + IoReasons.describe(e));
    } catch (RuntimeException e) {
      return includeError(from, include, at, "cannot find included file `" + path + "`");
    }
    if (!real.startsWith(realRoot())) {
      return includeError(from, include, at,
          "`" + path + "` resolves (through a symbolic link) outside the compilation root");
    }
    if (Files.isDirectory(real)) {
      return includeError(from, include, at, "`" + path + "` is a directory, not a file");
    }
    Unit existing = units.get(real);
    String name = reportedName(real);
    if (existing != null) {
      if (inProgress.contains(existing)) {
        // the whole chain, from the file compiled: the cycle may start below it
        from.cycleTargets.add(existing);
        reporter.report(CompilerRules.INCLUDE_ERROR, at,
            "`" + path + "` closes an include cycle back to " + named.apply(existing.name)
                + " (include chain: "
                + chainText(existing.name) + ")",
            existing == from
                ? "a file cannot include itself: remove this include"
                : "remove this include (" + named.apply(from.name) + " is included from "
                    + named.apply(existing.name)
                    + " already); put what both files need in a third file that each includes");
        return include;
      }
      from.included.add(existing);
      return Include.builder().from(include).resolved(existing.name).build();
    }
    if (chain.size() > limits.maxIncludeDepth()) { // the file compiled is at depth 0
      from.lostInclude = true;
      reporter.report(CompilerRules.LIMIT_EXCEEDED, at,
          "includes are chained more than " + limits.maxIncludeDepth()
              + " deep (maxIncludeDepth): " + chainText(name));
      return include;
    }
    Unit unit = loadFile(real, name, at);
    from.included.add(unit);
    return Include.builder().from(include).resolved(name).build();
  }

  /**
   * The help for an include that leaves the root: how to give a root above it; or, when the file
   * that includes it is outside the root too (an embedder's root that is a file, is not there, or
   * does not hold the files compiled), what is wrong with the root, which no include can mend.
   */
  private String leavesRootHelp(Unit from) {
    if (from.dir.startsWith(root) || from.dir.startsWith(realRoot())) {
      return "the root is the directory that holds every file compiled together (by default the"
          + " deepest one that holds every path given); to include a file above it, give a"
          + " root that holds both (`surety --root DIR`, the Maven plugin's `sourceDirectory`)";
    }
    String problem = Files.isDirectory(root)
        ? "does not hold " + named.apply(from.name) + ", the file that includes it"
        : Files.exists(root) ? IoReasons.notADirectory(root) : "does not exist";
    return "the compilation root " + root + " " + problem
        + "; give a root that holds every file compiled together";
  }

  private Include includeError(Unit from, Include include, SourceRange at, String message) {
    return includeError(from, include, at, message,
        "an include names a `.surety` file relative to the including file, inside the root");
  }

  /**
   * SUR002 for an include that is not followed, the chain that led to it named; {@code from} has
   * lost an include ({@link #seesAll}).
   */
  private Include includeError(Unit from, Include include, SourceRange at, String message,
      String help) {
    from.lostInclude = true;
    reporter.report(CompilerRules.INCLUDE_ERROR, at,
        message + " (include chain: " + chainText(null) + ")", help);
    return include;
  }

  // ---- scopes and ids -------------------------------------------------------------------------

  private Compilation finish() {
    List<SourceFile> files = new ArrayList<>();
    List<Arrangement> arrangements = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Unit unit : units.values()) {
      SourceFile file = link(unit);
      files.add(file);
      arrangements.addAll(file.arrangements());
      sources.put(unit.name, unit.text);
    }
    return Compilation.builder()
        .files(files)
        .arrangements(arrangements)
        .diagnostics(reporter.diagnostics().stream().sorted().collect(Collectors.toList()))
        .sources(sources)
        .build();
  }

  /** The files whose file-level declarations {@code unit} sees, included ones first. */
  private static List<Unit> visible(Unit unit) {
    List<Unit> order = new ArrayList<>();
    Set<Unit> seen = new HashSet<>();
    Deque<Unit> stack = new ArrayDeque<>();
    seen.add(unit);
    collect(unit, order, seen);
    order.add(unit);
    return order;
  }

  private static void collect(Unit unit, List<Unit> order, Set<Unit> seen) {
    // iterative depth-first walk, post-order: an included file before the file that includes it
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {unit, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.peek();
      Unit u = (Unit) top[0];
      int i = (Integer) top[1];
      if (i < u.included.size()) {
        top[1] = i + 1;
        Unit next = u.included.get(i);
        if (seen.add(next)) {
          stack.push(new Object[] {next, 0});
        }
      } else {
        stack.pop();
        if (u != unit) {
          order.add(u);
        }
      }
    }
  }

  /**
   * Whether {@code visible}, the files a file sees, hold every declaration its includes meant it to
   * see: none of them lost an include (refused, missing, too deep, written with a syntax error) or
   * could not be read, and no include left out for closing a cycle names a file not among them.
   * When one did, what the lost file declares is unknown, so no id is reported undeclared in the
   * file (SUR101): the include's own error says what is wrong, as a C compiler stops at a missing
   * header rather than report every name it would have declared.
   */
  private static boolean seesAll(List<Unit> visible) {
    Set<Unit> seen = new HashSet<>(visible);
    for (Unit u : visible) {
      if (u.lostInclude || u.unread || u.model.unreadInclude) {
        return false;
      }
      for (Unit target : u.cycleTargets) {
        if (!seen.contains(target)) {
          return false;
        }
      }
    }
    return true;
  }

  private SourceFile link(Unit unit) {
    Scope fileScope = new Scope();
    List<Party> parties = new ArrayList<>();
    List<Organisation> organisations = new ArrayList<>();
    List<Coalition> coalitions = new ArrayList<>();
    List<Trigger> triggers = new ArrayList<>();
    List<Unit> visible = visible(unit);
    fileScope.lostIncludes = !seesAll(visible);
    // the scope is the file's and its includes': two included files may clash in it
    String where = "at file level in " + named.apply(unit.name)
        + (visible.size() > 1 ? " and the files it includes" : "");
    for (Unit u : visible) {
      FileModel m = u.model;
      fileScope.unreadIds.addAll(m.unreadIds);
      for (Party p : m.parties) {
        if (fileScope.declare(p, where)) {
          parties.add(ImmutableParty.copyOf(p).withShared(true));
        }
      }
      for (Organisation o : m.organisations) {
        if (fileScope.declare(o, where)) {
          organisations.add(ImmutableOrganisation.copyOf(o).withShared(true));
        }
      }
      for (Coalition c : m.coalitions) {
        if (fileScope.declare(c, where)) {
          coalitions.add(ImmutableCoalition.copyOf(c).withShared(true));
        }
      }
      for (Trigger t : m.triggers) {
        if (fileScope.declare(t, where)) {
          triggers.add(ImmutableTrigger.copyOf(t).withShared(true));
        }
      }
    }
    FileModel own = unit.model;
    for (Arrangement a : own.arrangements) {
      fileScope.declaredIn(a);
    }
    resolveDeclarations(own.organisations, fileScope);
    resolveDeclarations(own.coalitions, fileScope);
    resolveDeclarations(own.triggers, fileScope);

    List<Arrangement> arrangements = new ArrayList<>();
    for (Arrangement a : own.arrangements) {
      arrangements.add(linkArrangement(a, fileScope, parties, organisations, coalitions, triggers,
          own.kindWords));
    }
    int lines = 1;
    String text = unit.text;
    int lastBreak = -1;
    // indexOf rather than charAt at each character: under C1, the command line's compiler, a
    // third of the time (BENCHMARKS.md, "History")
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      lines++;
      lastBreak = i;
    }
    SourceRange range = SourceRange.of(unit.name, 1, 1, lines,
        1 + text.codePointCount(lastBreak + 1, text.length()));
    return SourceFile.builder()
        .path(unit.name)
        .includes(unit.includes)
        .parties(own.parties.stream().map(p -> (Party) ImmutableParty.copyOf(p).withShared(true)).collect(Collectors.toList()))
        .organisations(own.organisations.stream().map(o -> (Organisation) ImmutableOrganisation.copyOf(o).withShared(true)).collect(Collectors.toList()))
        .coalitions(own.coalitions.stream().map(c -> (Coalition) ImmutableCoalition.copyOf(c).withShared(true)).collect(Collectors.toList()))
        .triggers(own.triggers.stream().map(t -> (Trigger) ImmutableTrigger.copyOf(t).withShared(true)).collect(Collectors.toList()))
        .arrangements(arrangements)
        .suppressions(unit.suppressions)
        .read(!unit.bytesUnread)
        .readError(Optional.ofNullable(unit.readError))
        .range(range)
        .build();
  }

  private Arrangement linkArrangement(Arrangement a, Scope fileScope, List<Party> sharedParties,
      List<Organisation> sharedOrganisations, List<Coalition> sharedCoalitions,
      List<Trigger> sharedTriggers, Map<SourceRange, List<Reference>> kindWords) {
    Scope scope = fileScope.child(a.title());
    List<Party> parties = new ArrayList<>(sharedParties);
    List<Organisation> organisations = new ArrayList<>(sharedOrganisations);
    List<Coalition> coalitions = new ArrayList<>(sharedCoalitions);
    List<Trigger> triggers = new ArrayList<>(sharedTriggers);
    String where = "in the arrangement \"" + a.title() + "\"";
    // loops rather than a lambda per list: the command line runs C1, which creates each capturing
    // lambda through a call into the VM (docs/decisions.md)
    declare(a.parties(), parties, scope, where);
    declare(a.organisations(), organisations, scope, where);
    declare(a.coalitions(), coalitions, scope, where);
    declare(a.triggers(), triggers, scope, where);

    if (!kindWords.isEmpty()) {
      a = partiesRunOn(a, scope, kindWords);
    }
    resolveDeclarations(a.organisations(), scope);
    resolveDeclarations(a.coalitions(), scope);
    resolveDeclarations(a.triggers(), scope);
    resolveActors(a.beneficiaries(), scope);
    resolveActors(a.against(), scope);
    for (Commitment c : a.allCommitments()) {
      // `beneficary UA.`: a misspelt keyword reads as the commitment of its one party
      boolean onlyParty = c.parties().size() == 1;
      for (Reference r : c.parties()) {
        resolveActor(r, scope, onlyParty);
      }
      for (Reference r : c.triggers()) {
        resolveTrigger(r, scope);
      }
      for (Reference r : c.channels()) {
        // `through` names an organisation, as a rule (`through UNSC`)
        if (scope.get(r.id(), false) == null) {
          undefined(r, false, scope, false, "organisation");
        }
      }
      resolveActors(c.recipients(), scope);
    }
    for (ForceLevel f : a.allForceLevels()) {
      resolveActor(f.party(), scope);
    }
    return ImmutableArrangement.copyOf(a)
        .withParties(parties)
        .withOrganisations(organisations)
        .withCoalitions(coalitions)
        .withTriggers(triggers);
  }

  /**
   * {@code a} with each commitment whose kind begins with declared parties ({@code FR DE military
   * aid}: parties without the {@code ,} between them) read as meant ({@code FR, DE military aid}),
   * after one SUR001 that says so: not a kind {@code DE military aid} that no one knows, with
   * {@code DE} never referred to.
   */
  private Arrangement partiesRunOn(Arrangement a, Scope scope,
      Map<SourceRange, List<Reference>> kindWords) {
    List<Commitment> commitments = partiesRunOn(a.commitments(), scope, kindWords);
    List<Layer> layers = new ArrayList<>(a.layers().size());
    boolean changed = commitments != a.commitments();
    for (Layer layer : a.layers()) {
      List<Commitment> inLayer = partiesRunOn(layer.commitments(), scope, kindWords);
      changed |= inLayer != layer.commitments();
      layers.add(inLayer == layer.commitments() ? layer
          : ImmutableLayer.copyOf(layer).withCommitments(inLayer));
    }
    return changed
        ? ImmutableArrangement.copyOf(a).withCommitments(commitments).withLayers(layers) : a;
  }

  /** {@code commitments}, or a copy with those whose parties run on into the kind read as meant. */
  private List<Commitment> partiesRunOn(List<Commitment> commitments, Scope scope,
      Map<SourceRange, List<Reference>> kindWords) {
    List<Commitment> out = null;
    for (int i = 0; i < commitments.size(); i++) {
      Commitment c = commitments.get(i);
      Commitment read = c.kind().term().isPresent() ? c : partiesRunOn(c, scope, kindWords);
      if (read != c && out == null) {
        out = new ArrayList<>(commitments.subList(0, i));
      }
      if (out != null) {
        out.add(read);
      }
    }
    return out == null ? commitments : out;
  }

  private Commitment partiesRunOn(Commitment c, Scope scope,
      Map<SourceRange, List<Reference>> kindWords) {
    List<Reference> words = kindWords.get(c.kind().range());
    if (words == null || c.parties().isEmpty()) {
      return c;
    }
    int ids = 0; // the leading words that are declared parties; one word at least stays the kind
    while (ids < words.size() - 1 && scope.get(words.get(ids).id(), false) != null) {
      ids++;
    }
    if (ids == 0) {
      return c;
    }
    List<Reference> parties = new ArrayList<>(c.parties());
    parties.addAll(words.subList(0, ids));
    List<Reference> kind = words.subList(ids, words.size());
    String kindText = kind.stream().map(Reference::id).collect(Collectors.joining(" "));
    String written = words.stream().map(Reference::id).collect(Collectors.joining(" "));
    List<String> joined = new ArrayList<>();
    for (Reference p : parties.subList(c.parties().size() - 1, parties.size())) {
      joined.add("`" + p.id() + "`");
    }
    reporter.report(CompilerRules.SYNTAX_ERROR,
        words.get(0).range().span(words.get(ids - 1).range()),
        "expected `,` between the parties " + String.join(", ", joined.subList(0, joined.size() - 1))
            + " and " + joined.get(joined.size() - 1) + ": without it, `" + written
            + "` reads as the kind of the commitment",
        "write `" + parties.stream().map(Reference::id).collect(Collectors.joining(", ")) + " "
            + kindText + "`");
    return ImmutableCommitment.copyOf(c).withParties(parties).withKind(Phrase.of(
        CommitmentKind.class, kindText, kind.get(0).range().span(kind.get(kind.size() - 1).range())));
  }

  /** Adds to {@code declared} each of {@code own} that {@code scope} accepts. */
  private static <D extends Declaration> void declare(List<D> own, List<D> declared, Scope scope,
      String where) {
    for (D d : own) {
      if (scope.declare(d, where)) {
        declared.add(d);
      }
    }
  }

  private void resolveDeclarations(List<? extends Declaration> declarations, Scope scope) {
    for (Declaration d : declarations) {
      resolveDeclaration(d, scope);
    }
  }

  private void resolveDeclaration(Declaration d, Scope scope) {
    if (d instanceof Organisation) {
      resolveActors(((Organisation) d).veto(), scope);
      resolveActors(((Organisation) d).members(), scope);
      namedOnce(((Organisation) d).veto(), d, "veto");
      namedOnce(((Organisation) d).members(), d, "members");
    } else if (d instanceof Coalition) {
      resolveActors(((Coalition) d).members(), scope);
      resolveActors(((Coalition) d).leaders(), scope);
      namedOnce(((Coalition) d).members(), d, "members");
      namedOnce(((Coalition) d).leaders(), d, "leaders");
    } else if (d instanceof Trigger) {
      resolveActors(((Trigger) d).by(), scope);
      Optional<Reference> against = ((Trigger) d).against();
      if (against.isPresent()) {
        resolveActor(against.get(), scope);
      }
    }
  }

  /**
   * SUR102 for each id that {@code refs}, a list of {@code d}'s ({@code members}, {@code leaders},
   * {@code veto}), names again: a coalition of {@code UK, UK} with {@code size 2} names one member
   * (SUR109 counts each once). Once per declaration, where it is resolved.
   */
  private void namedOnce(List<Reference> refs, Declaration d, String list) {
    if (refs.size() < 2) {
      return;
    }
    Map<String, Reference> first = new HashMap<>();
    for (Reference r : refs) {
      Reference earlier = first.putIfAbsent(r.id(), r);
      if (earlier != null) {
        String among = list.equals("veto") ? "among those who hold a veto in" : "among the " + list
            + " of";
        reporter.report(CompilerRules.DUPLICATE_DECLARATION, r.range(),
            "`" + r.id() + "` is named again " + among + " " + d.keyword() + " " + d.id()
                + "; it counts once",
            "delete the second `" + r.id() + "`"
                + (list.equals("members") && d instanceof Coalition
                    ? ", or name the member you meant" : ""),
            RelatedLocation.of(earlier.range(), "first named here"));
      }
    }
  }

  private void resolveActors(List<Reference> refs, Scope scope) {
    for (Reference r : refs) {
      resolveActor(r, scope);
    }
  }

  private void resolveActor(Reference r, Scope scope) {
    resolveActor(r, scope, false);
  }

  private void resolveActor(Reference r, Scope scope, boolean startsStatement) {
    if (scope.get(r.id(), false) == null) {
      undefined(r, false, scope, startsStatement);
    }
  }

  private void resolveTrigger(Reference r, Scope scope) {
    if (scope.get(r.id(), true) == null) {
      undefined(r, true, scope, false);
    }
  }

  /**
   * SUR101 for {@code r}, not declared as a trigger ({@code trigger}) or as an actor; {@code
   * startsStatement} when it is the one party of a commitment, which a misspelt statement keyword
   * reads as.
   */
  private void undefined(Reference r, boolean trigger, Scope scope, boolean startsStatement) {
    undefined(r, trigger, scope, startsStatement, "party");
  }

  /** {@code declareAs}: the keyword of the declaration the help offers for an actor. */
  private void undefined(Reference r, boolean trigger, Scope scope, boolean startsStatement,
      String declareAs) {
    if (scope.isUnread(r.id())) {
      return; // declared, but its declaration has a syntax error, reported there
    }
    if (scope.lostIncludes()) {
      return; // perhaps declared in a file whose include failed, reported there
    }
    Declaration other = scope.get(r.id(), !trigger);
    if (other != null) {
      // declared, but in the other namespace: `on UA`, or a trigger where a party belongs
      reporter.report(CompilerRules.UNDEFINED_REFERENCE, r.range(), trigger
              ? "`" + r.id() + "` is a " + other.keyword() + ", not a trigger: `on` names a trigger"
              : "`" + r.id() + "` is a trigger, not a party, organisation or coalition: a trigger"
                  + " is named only after `on`",
          trigger
              ? "name a trigger after `on`, or declare one (`trigger attack: armed attack; by "
                  + "RU.`) and name it"
              : "name a party, organisation or coalition here; if the commitment acts on "
                  + r.id() + ", write `on " + r.id() + "`",
          RelatedLocation.of(other.range(), "declared here"));
      return;
    }
    Scope.Elsewhere elsewhere = scope.elsewhere(r.id(), trigger);
    if (elsewhere != null) {
      // declared in another arrangement of the file, whose declarations only it sees
      reporter.report(CompilerRules.UNDEFINED_REFERENCE, r.range(),
          "`" + r.id() + "` is not declared " + scope.where() + ": it is declared in arrangement \""
              + elsewhere.title() + "\", and a declaration inside an arrangement is visible only"
              + " there",
          "move `" + elsewhere.declaration().keyword() + " " + r.id() + "` out of arrangement \""
              + elsewhere.title() + "\" to the file level, where every arrangement of the file sees"
              + " it",
          RelatedLocation.of(elsewhere.declaration().range(),
              "declared here, in arrangement \"" + elsewhere.title() + "\""));
      return;
    }
    String what = trigger ? "a trigger" : "a party, organisation or coalition";
    String declare = "declare it (`" + (trigger ? "trigger " + r.id() + ": armed attack."
        : declareAs + " " + r.id() + " \"...\".") + "`) or correct the id";
    String lookAlike = scope.lookAlike(r.id(), trigger);
    if (lookAlike != null) {
      // `Fé` declared with é as one character, used with e and a combining accent
      reporter.report(CompilerRules.UNDEFINED_REFERENCE, r.range(),
          "`" + r.id() + "` is not declared as " + what + "; did you mean `" + lookAlike
              + "`? The two look alike but are written with different characters: "
              + differingCharacters(r.id(), lookAlike),
          "retype the id as it is declared (a PDF or a word processor may have written an accented"
              + " letter as a letter and a combining accent)",
          RelatedLocation.of(scope.get(lookAlike, trigger).range(), "declared here"));
      return;
    }
    List<String> candidates = scope.ids(trigger);
    String suggestion = "";
    if (candidates.size() <= suggestionBudget) {
      suggestionBudget -= Math.max(1, candidates.size());
      suggestion = Suggestions.didYouMean(r.id(), candidates);
    }
    String keyword = startsStatement && suggestion.isEmpty()
        ? SyntaxMessages.misspeltStatementKeyword(r.id()) : null;
    if (keyword != null) {
      reporter.report(CompilerRules.UNDEFINED_REFERENCE, r.range(), "`" + r.id() + "` is not"
          + " declared as " + what + ", nor is it a keyword, so the statement reads as a commitment"
          + " by a party `" + r.id() + "`; did you mean `" + keyword + "`?",
          "write `" + keyword + "`");
      return;
    }
    reporter.report(CompilerRules.UNDEFINED_REFERENCE, r.range(),
        "`" + r.id() + "` is not declared as " + what + suggestion, declare);
  }

  /**
   * Where two ids equal after Unicode normalization differ, in code points: {@code U+0065 U+0301
   * here, U+00E9 in the declaration}.
   */
  static String differingCharacters(String written, String declared) {
    int start = 0;
    while (start < written.length() && start < declared.length()
        && written.codePointAt(start) == declared.codePointAt(start)) {
      start += Character.charCount(written.codePointAt(start));
    }
    int endW = written.length();
    int endD = declared.length();
    while (endW > start && endD > start
        && written.codePointBefore(endW) == declared.codePointBefore(endD)) {
      endW -= Character.charCount(written.codePointBefore(endW));
      endD -= Character.charCount(declared.codePointBefore(endD));
    }
    return codePoints(written.substring(start, endW)) + " here, "
        + codePoints(declared.substring(start, endD)) + " in the declaration";
  }

  private static String codePoints(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(12).forEach(cp -> {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(String.format(Locale.ROOT, "U+%04X", cp));
    });
    return out.toString();
  }

  /**
   * A scope of ids; an arrangement's scope is a child of its file's. Parties, organisations and
   * coalitions share one namespace (LANGUAGE.md section 4); triggers have their own, so a trigger
   * may have the id of a party ({@code on} names only triggers, every other reference only actors).
   */
  private final class Scope {
    private final Scope parent;
    private final Map<String, Declaration> actors = new LinkedHashMap<>();
    private final Map<String, Declaration> triggers = new LinkedHashMap<>();
    /** {@link FileModel#unreadIds} of the files in scope (the file's scope only). */
    private final Set<String> unreadIds = new HashSet<>();
    /** Whether an include of the files in scope failed ({@link #seesAll}; the file's scope only). */
    private boolean lostIncludes;
    private List<String> actorIds;
    private List<String> triggerIds;
    /** The visible ids by their NFC form, for {@link #lookAlike}; made when first needed. */
    private Map<String, String> actorsByNfc;
    private Map<String, String> triggersByNfc;
    /** The arrangement's title; null for the file's scope. */
    private final String title;
    /**
     * The declarations of the file's arrangements by id, the first of each (the file's scope
     * only): an id that is not visible may be declared in another arrangement.
     */
    private final Map<String, Elsewhere> actorsElsewhere = new HashMap<>();
    private final Map<String, Elsewhere> triggersElsewhere = new HashMap<>();

    /** A declaration inside the arrangement titled {@code title}. */
    record Elsewhere(String title, Declaration declaration) {}

    Scope() {
      this(null, null);
    }

    private Scope(Scope parent, String title) {
      this.parent = parent;
      this.title = title;
    }

    Scope child(String title) {
      return new Scope(this, title);
    }

    /** Notes the declarations of {@code a}, an arrangement of the file (the file's scope). */
    void declaredIn(Arrangement a) {
      for (Declaration d : a.actors()) {
        actorsElsewhere.putIfAbsent(d.id(), new Elsewhere(a.title(), d));
      }
      for (Declaration d : a.triggers()) {
        triggersElsewhere.putIfAbsent(d.id(), new Elsewhere(a.title(), d));
      }
    }

    /** The declaration of {@code id} in an arrangement of the file; null when there is none. */
    Elsewhere elsewhere(String id, boolean trigger) {
      Scope file = this;
      while (file.parent != null) {
        file = file.parent;
      }
      return (trigger ? file.triggersElsewhere : file.actorsElsewhere).get(id);
    }

    /** {@code in arrangement "T"}, or {@code at file level}. */
    String where() {
      return title == null ? "at file level" : "in arrangement \"" + title + "\"";
    }

    /** The visible declaration of {@code id} among triggers ({@code trigger}) or actors. */
    Declaration get(String id, boolean trigger) {
      Declaration d = (trigger ? triggers : actors).get(id);
      return d != null || parent == null ? d : parent.get(id, trigger);
    }

    /** Whether the files in scope miss declarations that a failed include would have made. */
    boolean lostIncludes() {
      return lostIncludes || parent != null && parent.lostIncludes();
    }

    /** Whether {@code id} names a declaration that a syntax error kept from being read. */
    boolean isUnread(String id) {
      return unreadIds.contains(id) || parent != null && parent.isUnread(id);
    }

    /** The visible ids of triggers, or of actors; computed once per scope and namespace. */
    List<String> ids(boolean trigger) {
      List<String> cached = trigger ? triggerIds : actorIds;
      if (cached != null) {
        return cached;
      }
      List<String> out = new ArrayList<>();
      for (Scope s = this; s != null; s = s.parent) {
        out.addAll((trigger ? s.triggers : s.actors).keySet());
      }
      List<String> ids = List.copyOf(out);
      if (trigger) {
        triggerIds = ids;
      } else {
        actorIds = ids;
      }
      return ids;
    }

    /**
     * The visible id, among triggers ({@code trigger}) or actors, that {@code id} is not but equals
     * once both are in Unicode's composed form (NFC): {@code Fé} written with one character for
     * {@code é} or with {@code e} and a combining accent. Null when there is none.
     */
    String lookAlike(String id, boolean trigger) {
      String key = Normalizer.normalize(id, Normalizer.Form.NFC);
      Map<String, String> byNfc = trigger ? triggersByNfc : actorsByNfc;
      if (byNfc == null) {
        byNfc = new HashMap<>();
        for (String declared : ids(trigger)) {
          byNfc.putIfAbsent(Normalizer.normalize(declared, Normalizer.Form.NFC), declared);
        }
        if (trigger) {
          triggersByNfc = byNfc;
        } else {
          actorsByNfc = byNfc;
        }
      }
      String declared = byNfc.get(key);
      return declared == null || declared.equals(id) ? null : declared;
    }

    /** Declares {@code d}; false (and SUR102) when its id is already visible in its namespace. */
    boolean declare(Declaration d, String where) {
      boolean trigger = d instanceof Trigger;
      Map<String, Declaration> own = trigger ? triggers : actors;
      Declaration first = get(d.id(), trigger);
      if (first == null) {
        own.put(d.id(), d);
        if (trigger) {
          triggerIds = null;
          triggersByNfc = null;
        } else {
          actorIds = null;
          actorsByNfc = null;
        }
        return true;
      }
      boolean fromFile = parent != null && own.get(d.id()) == null;
      String message = fromFile
          ? "`" + d.id() + "` is already declared at file level (" + first.range().file() + ":"
              + first.range().start() + "); an arrangement may not redeclare a visible id"
          : "`" + d.id() + "` is declared twice " + where + "; the first, at "
              + first.range().file() + ":" + first.range().start() + ", is kept";
      reporter.report(CompilerRules.DUPLICATE_DECLARATION, d.range(), message,
          "use another id, or delete one of the declarations",
          RelatedLocation.of(first.range(), "first declared here"));
      return false;
    }
  }
}

package dev.surety.validation.analysis;

import dev.surety.core.model.Actor;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.core.model.Reference;
import dev.surety.core.model.Trigger;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.KindCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms of RULES.md ("guarantor", "threat", "binding", "guarantee-grade", ...) computed once
 * for one arrangement, shared by the rules and the assessment so that both read the terms the same
 * way.
 *
 * <p>Decisions documented in docs/validation.md: a commitment made by a coalition or organisation
 * has that coalition or organisation as its guarantor (members are not expanded); a commitment
 * whose kind is unknown counts as weak (vague) and is not a restraint.
 */
public final class Analysis {
  private final Arrangement arrangement;
  /** Each threat's id and the first reference that names it a threat. */
  private final Map<String, Reference> firstThreatReference;
  /** Each threat first named by a trigger's {@code by} (not in {@code against}): that trigger. */
  private final Map<String, Trigger> firstThreatTrigger;
  private final Map<String, List<Commitment>> byGuarantor;
  /** Every commitment in the order of the file ({@link #commitmentsInFileOrder()}). */
  private final List<Commitment> inFileOrder;
  /** The arrangement's own approvals, each with its {@link #bodyKey}, computed once. */
  private final List<Keyed> arrangementApprovals;
  /**
   * What has been worked out per commitment (compared by identity), so that the rules and the
   * assessment, which ask the same questions of the same commitments, pay for each answer once.
   */
  private final Map<Commitment, Facts> facts = new IdentityHashMap<>();
  private List<Pledge> pledges;
  private Boolean hasGuaranteeGrade;

  /** A requirement and the key of its body. */
  private record Keyed(String key, RatificationRequirement requirement) {}

  /** The answers about one commitment, filled in as they are asked. */
  private static final class Facts {
    List<Keyed> approvals;
    Map<Reference, List<Reference>> vetoExposure;
    final Answers<Located<String>> missingApprovals = new Answers<>();
    final Answers<String> notBinding = new Answers<>();
    final Answers<String> notGuaranteeGrade = new Answers<>();
  }

  /**
   * One question's answers about one commitment, by guarantor. Nearly every commitment has one
   * guarantor: its answer is held in two fields, and a map is made only for a second guarantor
   * (a map for each question of each commitment was a third of what checking one arrangement of
   * 100,000 commitments held).
   */
  private static final class Answers<T> {
    private String guarantor;
    private List<T> answer;
    private Map<String, List<T>> more;

    List<T> get(String g) {
      if (g.equals(guarantor)) {
        return answer;
      }
      return more == null ? null : more.get(g);
    }

    void put(String g, List<T> kept) {
      if (guarantor == null || guarantor.equals(g)) {
        guarantor = g;
        answer = kept;
      } else {
        if (more == null) {
          more = new HashMap<>(4);
        }
        more.put(g, kept);
      }
    }
  }

  /**
   * The last analysis this thread made, for its arrangement: the rules that need one and the
   * assessment run one after the other on the same arrangement, and share it rather than each
   * computing it again (arrangements are immutable; compared by identity).
   */
  private static final ThreadLocal<Analysis> LAST = new ThreadLocal<>();

  /** The analysis of {@code arrangement}, shared with the rules that ran on it just before. */
  public static Analysis of(Arrangement arrangement) {
    Analysis last = LAST.get();
    if (last != null && last.arrangement == arrangement) {
      return last;
    }
    Analysis analysis = new Analysis(arrangement);
    LAST.set(analysis);
    return analysis;
  }

  /**
   * An analysis of {@code arrangement}. It remembers its answers, so one analysis is meant for one
   * thread at a time (as {@link #of} hands them out); the arrangement itself may be shared.
   */
  public Analysis(Arrangement arrangement) {
    this.arrangement = arrangement;
    List<RatificationRequirement> requirements = arrangement.requirements();
    List<Keyed> keyed = new ArrayList<>(requirements.size());
    for (RatificationRequirement r : requirements) {
      keyed.add(new Keyed(bodyKey(r.body()), r));
    }
    this.arrangementApprovals = keyed;
    // in the order of Arrangement.threatReferences(): `against`, then each trigger's `by`
    this.firstThreatReference = new HashMap<>();
    this.firstThreatTrigger = new HashMap<>();
    for (Reference r : arrangement.against()) {
      firstThreatReference.putIfAbsent(r.id(), r);
    }
    for (Trigger t : arrangement.triggers()) {
      for (Reference r : t.by()) {
        if (firstThreatReference.putIfAbsent(r.id(), r) == null) {
          firstThreatTrigger.put(r.id(), t);
        }
      }
    }
    this.byGuarantor = new LinkedHashMap<>();
    String beneficiary = arrangement.beneficiary().map(Reference::id).orElse(null);
    List<Commitment> all = inFileOrder(arrangement);
    this.inFileOrder = all;
    for (Commitment c : all) {
      if (c.isRestraint()) {
        continue;
      }
      for (Reference p : c.parties()) {
        if (!p.id().equals(beneficiary)) {
          byGuarantor.computeIfAbsent(p.id(), k -> new ArrayList<>());
        }
      }
    }
    // one pass over the commitments (not one per guarantor: linear in the size of the draft)
    for (Commitment c : all) {
      Set<String> added = new HashSet<>();
      for (Reference p : c.parties()) {
        List<Commitment> made = byGuarantor.get(p.id());
        if (made != null && added.add(p.id())) {
          made.add(c);
        }
      }
    }
  }

  public Arrangement arrangement() {
    return arrangement;
  }

  /** Every commitment, top level and in layers, in the order of the file. */
  public List<Commitment> commitmentsInFileOrder() {
    return inFileOrder;
  }

  /**
   * {@link Arrangement#allCommitments()} (the top level's, then each layer's) in the order they
   * are written, when their positions are known: a layer's commitment written before a top-level
   * one comes first. Built in Java without positions, the order of {@code allCommitments()}.
   */
  private static List<Commitment> inFileOrder(Arrangement a) {
    List<Commitment> all = a.allCommitments();
    if (a.layers().isEmpty() || a.commitments().isEmpty()) {
      return all;
    }
    String file = a.range().file();
    for (Commitment c : all) {
      if (!c.range().isKnown() || !c.range().file().equals(file)) {
        return all;
      }
    }
    List<Commitment> sorted = new ArrayList<>(all);
    sorted.sort((x, y) -> x.range().start().compareTo(y.range().start()));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * Whether a commitment was written in {@code a} but could not be read: named in its {@link
   * Arrangement#unread()} or in a layer's {@link Layer#unread()}. A rule whose finding judges all
   * the commitments (none is made, none is guarantee-grade, all of a guarantor's are weak, none
   * names a domain) does not report it: the commitment that could not be read may be the one it
   * looks for, and its syntax error is reported where it stands.
   */
  public static boolean hasUnreadCommitment(Arrangement a) {
    if (a.unread().contains("commitment")) {
      return true;
    }
    for (Layer layer : a.layers()) {
      if (layer.unread().contains("commitment")) {
        return true;
      }
    }
    return false;
  }

  /** The guarantors in the order of their first non-restraint commitment. */
  public Set<String> guarantors() {
    return byGuarantor.keySet();
  }

  public boolean isGuarantor(String id) {
    return byGuarantor.containsKey(id);
  }

  /** Every commitment the guarantor makes (restraints included), in file order. */
  public List<Commitment> commitmentsOf(String guarantor) {
    return byGuarantor.getOrDefault(guarantor, List.of());
  }

  public boolean isThreat(String id) {
    return firstThreatReference.containsKey(id);
  }

  /** The first reference that names {@code id} a threat ({@code against} or a trigger's {@code by}). */
  public Optional<Reference> threatReference(String id) {
    // looked up, not searched: every guarantor may be named a threat by a trigger of its own, and
    // a search per guarantor would make the assessment quadratic in the triggers
    return Optional.ofNullable(firstThreatReference.get(id));
  }

  /**
   * The trigger whose {@code by} is {@link #threatReference}; empty when {@code against} names
   * {@code id} (or nothing does). Looked up for the same reason.
   */
  public Optional<Trigger> threatTrigger(String id) {
    return Optional.ofNullable(firstThreatTrigger.get(id));
  }

  /** Political or vague, or of an unknown kind. */
  public static boolean isWeak(Commitment c) {
    return c.category().map(KindCategory::isWeak).orElse(true);
  }

  /** Vague category, or an unknown kind. */
  public static boolean isVague(Commitment c) {
    return c.category().map(k -> k == KindCategory.VAGUE).orElse(true);
  }

  /**
   * The arrangement has an {@code instrument} statement that could not be read (a value outside
   * its list, SUR005, or a syntax error, SUR001): not one that is missing, which SUR116 reports.
   * It counts as not binding, like a missing one; the reasons say it was not read.
   */
  public boolean instrumentUnread() {
    return arrangement.instrument().isEmpty() && arrangement.unread().contains("instrument");
  }

  public boolean instrumentBindsInLaw() {
    return arrangement.instrument().map(i -> i.value().isBindingInLaw()).orElse(false);
  }

  /** Compares legislature names case-insensitively, ignoring quotes and extra whitespace. */
  public static String bodyKey(String body) {
    // as WHITESPACE.matcher(body.replace("\"", "").trim()).replaceAll(" ").toLowerCase(ROOT), in
    // one pass and without a new string when the name is already in that form
    String bare = (body.indexOf('"') < 0 ? body : body.replace("\"", "")).trim();
    StringBuilder out = null;
    for (int i = 0; i < bare.length(); i++) {
      char c = bare.charAt(i);
      if (isSpace(c)) {
        int end = i + 1;
        while (end < bare.length() && isSpace(bare.charAt(end))) {
          end++;
        }
        if (out == null && (c != ' ' || end > i + 1)) {
          out = new StringBuilder(bare.length()).append(bare, 0, i);
        }
        if (out != null) {
          out.append(' ');
        }
        i = end - 1;
      } else if (out != null) {
        out.append(c);
      }
    }
    return (out == null ? bare : out.toString()).toLowerCase(Locale.ROOT);
  }

  /** What the regular expression {@code \\s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The legislatures {@code id} declares, when it is a party. */
  public List<Located<String>> legislatures(String id) {
    return arrangement.party(id).map(Party::legislatures).orElse(List.of());
  }

  /** The approval covering {@code c} for {@code legislature}: on the commitment or the whole arrangement. */
  public Optional<RatificationRequirement> approval(Commitment c, String legislature) {
    return approvalByKey(c, bodyKey(legislature));
  }

  private Optional<RatificationRequirement> approvalByKey(Commitment c, String key) {
    Facts f = facts(c);
    if (f.approvals == null) {
      List<Keyed> keyed = new ArrayList<>(c.requirements().size());
      for (RatificationRequirement r : c.requirements()) {
        keyed.add(new Keyed(bodyKey(r.body()), r));
      }
      f.approvals = keyed;
    }
    for (Keyed k : f.approvals) {
      if (k.key().equals(key)) {
        return Optional.of(k.requirement());
      }
    }
    for (Keyed k : arrangementApprovals) {
      if (k.key().equals(key)) {
        return Optional.of(k.requirement());
      }
    }
    return Optional.empty();
  }

  /** The legislatures of {@code g} that no approval covers for {@code c}. */
  public List<Located<String>> missingApprovals(String g, Commitment c) {
    Answers<Located<String>> answers = facts(c).missingApprovals;
    List<Located<String>> known = answers.get(g);
    if (known != null) {
      return known;
    }
    // each declared legislature is a body whose approval binds the party (LANGUAGE.md): of several
    // (the US Senate for a treaty, Congress for an agreement) any one's approval binds, and when
    // none approves, all of them are missing
    List<Located<String>> declared = legislatures(g);
    for (Located<String> l : declared) {
      if (!approvalByKey(c, bodyKey(l.value())).isEmpty()) {
        return remember(answers, g, new ArrayList<>());
      }
    }
    return remember(answers, g, new ArrayList<>(declared));
  }

  /**
   * Keeps {@code computed} (unmodifiable) as the answer for {@code guarantor} and returns it. Each
   * question looks its answer up first and works it out only when it is not there: not {@code
   * computeIfAbsent}, since an answer may ask others of the same commitment while it is worked
   * out, and not a {@code Supplier} per question, which the command line's compiler (C1) would
   * create through a call into the VM at every question (docs/decisions.md).
   */
  private static <T> List<T> remember(Answers<T> answers, String guarantor,
      List<T> computed) {
    List<T> kept = computed.isEmpty() ? List.of() : Collections.unmodifiableList(computed);
    answers.put(guarantor, kept);
    return kept;
  }

  private Facts facts(Commitment c) {
    return facts.computeIfAbsent(c, k -> new Facts());
  }

  /** Binding for guarantor {@code g} and commitment {@code c}, as RULES.md defines it. */
  public boolean isBinding(String g, Commitment c) {
    return instrumentBindsInLaw() && missingApprovals(g, c).isEmpty();
  }

  /** The organisations {@code c} runs through where a threat holds a veto, with those threats. */
  public Map<Reference, List<Reference>> vetoExposure(Commitment c) {
    Facts f = facts(c);
    if (f.vetoExposure == null) {
      f.vetoExposure = c.channels().isEmpty()
          ? Map.of() : Collections.unmodifiableMap(computeVetoExposure(c));
    }
    return f.vetoExposure;
  }

  private Map<Reference, List<Reference>> computeVetoExposure(Commitment c) {
    Map<Reference, List<Reference>> out = new LinkedHashMap<>();
    for (Reference channel : c.channels()) {
      Optional<Actor> org = actor(channel.id());
      if (org.isPresent() && org.get() instanceof Organisation) {
        List<Reference> vetoes = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (Reference v : ((Organisation) org.get()).veto()) {
          // a threat named twice in the veto (SUR102) holds one veto: it counts once
          if (isThreat(v.id()) && named.add(v.id())) {
            vetoes.add(v);
          }
        }
        if (!vetoes.isEmpty()) {
          out.put(channel, vetoes);
        }
      }
    }
    return out;
  }

  /**
   * Why {@code c} made by {@code g} is not guarantee-grade; empty when it is. Each reason names
   * the term at fault.
   */
  public List<String> notGuaranteeGrade(String g, Commitment c) {
    Answers<String> answers = facts(c).notGuaranteeGrade;
    List<String> known = answers.get(g);
    return known != null ? known : remember(answers, g, computeNotGuaranteeGrade(g, c));
  }

  private List<String> computeNotGuaranteeGrade(String g, Commitment c) {
    List<String> why = new ArrayList<>();
    String kind = c.kind().text();
    if (!c.isResponse()) {
      why.add(c.category()
          .map(k -> "`" + kind + "` is " + k.label() + ", not a response of " + g + "'s own forces")
          .orElse("`" + kind + "` is not a known kind, so not a response of " + g + "'s own forces"));
    }
    if (!isGuarantor(g)) {
      why.add(g + " makes only restraints, so is no guarantor");
    }
    if (isThreat(g)) {
      why.add(g + " is itself a threat");
    }
    if (c.triggers().isEmpty()) {
      why.add("it has no trigger (`on`)");
    }
    if (!c.isObligation()) {
      why.add("`" + c.discretionaryMode().orElseThrow().value().canonical()
          + "` is no obligation to act");
    }
    why.addAll(notBinding(g, c));
    vetoExposure(c).forEach((channel, vetoes) ->
        why.add("it runs through " + channel.id() + " where " + holdAVeto(vetoes)));
    return why;
  }

  /** Why {@code c} does not bind {@code g}; empty when it does. */
  public List<String> notBinding(String g, Commitment c) {
    Answers<String> answers = facts(c).notBinding;
    List<String> known = answers.get(g);
    return known != null ? known : remember(answers, g, computeNotBinding(g, c));
  }

  private List<String> computeNotBinding(String g, Commitment c) {
    List<String> why = new ArrayList<>();
    Optional<InstrumentType> instrument = arrangement.instrument().map(Located::value);
    Optional<Located<InstrumentType>> written = arrangement.instrument();
    if (instrument.isEmpty() && instrumentUnread()) {
      why.add("the `instrument` statement could not be read (its error says why), so nothing"
          + " binds in law");
    } else if (instrument.isEmpty()) {
      why.add("no `instrument` is written, so nothing binds in law");
    } else if (!instrument.get().isBindingInLaw()) {
      why.add("the instrument " + instrument(written.get()) + " binds only politically");
    }
    List<Located<String>> missing = missingApprovals(g, c);
    if (missing.size() == 1) {
      why.add("no " + missing.get(0).value() + " ratification or approval is required, so it does"
          + " not bind " + g + "'s future governments");
    } else if (!missing.isEmpty()) {
      why.add("no ratification or approval by any of " + g + "'s legislatures (" + names(missing)
          + ") is required, so it does not bind " + g + "'s future governments");
    }
    return why;
  }

  /** {@code Congress, Senate}: the legislatures as declared. */
  public static String names(List<Located<String>> legislatures) {
    StringBuilder out = new StringBuilder();
    for (Located<String> l : legislatures) {
      out.append(out.length() == 0 ? "" : ", ").append(l.value());
    }
    return out.toString();
  }

  public boolean isGuaranteeGrade(String g, Commitment c) {
    return notGuaranteeGrade(g, c).isEmpty();
  }

  /** The name of an actor for messages: {@code "United States" (US)}. */
  public String describe(String id) {
    return arrangement.describe(id);
  }

  public Optional<Actor> actor(String id) {
    return arrangement.actor(id);
  }

  public boolean isCoalition(String id) {
    return coalition(id).isPresent();
  }

  public Optional<Coalition> coalition(String id) {
    Optional<Actor> actor = actor(id);
    return actor.isPresent() && actor.get() instanceof Coalition
        ? Optional.of((Coalition) actor.get()) : Optional.empty();
  }

  /**
   * An instrument as the draft wrote it: {@code `memorandum`}, or {@code `declaration` (read as
   * `political declaration`)} for an alias.
   */
  public static String instrument(Located<InstrumentType> i) {
    String canonical = i.value().canonical();
    return i.written().isEmpty() || i.written().equalsIgnoreCase(canonical)
        ? "`" + canonical + "`" : "`" + i.written() + "` (read as `" + canonical + "`)";
  }

  /** {@code RU}, {@code RU and CN}, {@code RU, CN and BY}: ids as a sentence names them. */
  public static String idsAnd(List<Reference> refs) {
    String all = ids(refs);
    int last = all.lastIndexOf(", ");
    return last < 0 ? all : all.substring(0, last) + " and " + all.substring(last + 2);
  }

  /** {@code RU holds a veto}, {@code RU and CN hold a veto}. */
  public static String holdAVeto(List<Reference> vetoes) {
    return idsAnd(vetoes) + (vetoes.size() == 1 ? " holds" : " hold") + " a veto";
  }

  /**
   * The first reference to each id, in order: a commitment's {@code on attack; on attack} is one
   * trigger, named once in messages and reasons.
   */
  public static List<Reference> once(List<Reference> refs) {
    if (refs.size() < 2) {
      return refs;
    }
    Set<String> seen = new HashSet<>();
    List<Reference> out = new ArrayList<>(refs.size());
    for (Reference r : refs) {
      if (seen.add(r.id())) {
        out.add(r);
      }
    }
    return out;
  }

  public static String ids(List<Reference> refs) {
    List<String> names = new ArrayList<>(refs.size());
    for (Reference r : refs) {
      names.add(r.id());
    }
    return String.join(", ", names);
  }

  /**
   * {@code US, UK backstop}: how a commitment is named in messages. A commitment built in Java may
   * lack what the language always has: {@code backstop with no party}, {@code US commitment}
   * (with no kind).
   */
  public static String name(Commitment c) {
    String kind = c.kind().text().isBlank() ? "commitment" : c.kind().text();
    return c.parties().isEmpty() ? kind + " with no party" : ids(c.parties()) + " " + kind;
  }

  /**
   * {@code US, UK}: who must act on a commitment, for messages; {@code none} when it names no party
   * (a commitment built in Java), such as {@code anyone} in "nothing says when anyone must act".
   */
  public static String parties(Commitment c, String none) {
    return c.parties().isEmpty() ? none : ids(c.parties());
  }

  /** A word that LANGUAGE.md's grammar could read as an identifier. */
  private static final Pattern IDENTIFIER = Pattern.compile("\\p{L}[\\p{L}\\p{N}_-]*");

  /**
   * A legislature's name as the language writes it in a {@code requires} clause: bare when it is
   * an identifier that the clause cannot read as one of its own words ({@code Congress}), else a
   * string with {@code "} and {@code \\} escaped ({@code "Verkhovna Rada"}, {@code "Rada’s"},
   * {@code "2nd Chamber"}, {@code "ratification"}), so that the help's qualifier compiles as
   * written.
   */
  public static String asWritten(String body) {
    String name = body.strip();
    if (IDENTIFIER.matcher(name).matches()
        && !REQUIRES_WORDS.contains(name.toLowerCase(Locale.ROOT))) {
      return name;
    }
    return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The words of a {@code requires} clause, which a bare name there would be read as. */
  private static final Set<String> REQUIRES_WORDS = Set.of("ratification", "approval", "by",
      "requires");

  /** One guarantor and one of its commitments: the unit that bindingness is judged on. */
  public record Pledge(String guarantor, Commitment commitment) {}

  /** Every (guarantor, commitment) pair, in file order of commitments, then of parties. */
  public List<Pledge> pledges() {
    if (pledges == null) {
      pledges = Collections.unmodifiableList(computePledges());
    }
    return pledges;
  }

  private List<Pledge> computePledges() {
    List<Pledge> out = new ArrayList<>();
    for (Commitment c : inFileOrder) {
      for (Reference p : c.parties()) {
        if (isGuarantor(p.id())) {
          out.add(new Pledge(p.id(), c));
        }
      }
    }
    return out;
  }

  /** Whether some guarantor makes a guarantee-grade commitment (the verdict is guarantee). */
  public boolean hasGuaranteeGrade() {
    if (hasGuaranteeGrade == null) {
      hasGuaranteeGrade = pledges().stream().anyMatch(p -> isGuaranteeGrade(p.guarantor(), p.commitment()));
    }
    return hasGuaranteeGrade;
  }

  /**
   * The military pledge that lacks the fewest conditions of guarantee-grade; on a tie a response
   * commitment, then the first.
   */
  public Optional<Pledge> nearestMilitary() {
    Pledge best = null;
    int fewest = Integer.MAX_VALUE;
    for (Pledge p : pledges()) {
      if (p.commitment().isMilitary()) {
        int lacking = notGuaranteeGrade(p.guarantor(), p.commitment()).size();
        // on a tie, a response commitment before a support one: what it lacks, the drafter can
        // add (a trigger, an instrument), while a support commitment is never a response
        if (lacking < fewest || lacking == fewest && p.commitment().isResponse()
            && !best.commitment().isResponse()) {
          best = p;
          fewest = lacking;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}

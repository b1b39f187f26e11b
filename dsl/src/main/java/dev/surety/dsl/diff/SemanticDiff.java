package dev.surety.dsl.diff;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.CommitmentPeriod;
import dev.surety.core.model.Condition;
import dev.surety.core.model.Duration;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Funding;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.ImmutableLayer;
import dev.surety.core.model.ImmutableParty;
import dev.surety.core.model.ImmutableTrigger;
import dev.surety.core.model.GeographicLimit;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.core.model.Reference;
import dev.surety.core.model.ResponseTime;
import dev.surety.core.model.Trigger;
import dev.surety.core.model.WithdrawalTerm;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.KindCategory;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.TimeUnit;
import dev.surety.validation.analysis.Analysis;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Compares two versions of an arrangement by meaning. Elements are matched by identity (parties,
 * organisations, coalitions and triggers by id, a trigger renamed with the same definition as one,
 * commitments by committing parties and kind and, among several of those, by best match, force
 * levels by type, party, force and unit, terms by type), never by position, so layout, comments
 * and the order of declarations and statements make no change. Each change is judged by one entry
 * of the impact table, {@link ImpactRule}; a change that promises nothing by itself by what it does
 * to the assessment ({@link Consequence}).
 */
public final class SemanticDiff {

  /** Order of report: by element, then identity; within one identity, in the order found. */
  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::element)
          .thenComparing(SemanticDiff::headerOrder)
          .thenComparing(Change::identity);

  /** Headers in the order LANGUAGE.md lists them, the title first. */
  private static final List<String> HEADERS =
      List.of("title", "kind", "status", "dated", "instrument", "beneficiary", "against", "covers", "modeled on");

  private static int headerOrder(Change change) {
    return change.element() == Element.HEADER ? HEADERS.indexOf(change.identity()) : 0;
  }

  private final Arrangement before;
  private final Arrangement after;
  private final List<Change> changes = new ArrayList<>();
  /** The new version assessed, for every change judged by its consequence; made at the first. */
  private Consequence.State afterState;

  /** The commitments paired by {@link #commitments()}: old, new. */
  private final List<Commitment[]> paired = new ArrayList<>();
  /** Triggers of the old version that the new one calls by another id: old id to new id. */
  private final Map<String, String> triggerRenames = new LinkedHashMap<>();

  /** What judging changes by their consequence may still cost, shared by one diff's arrangements. */
  private final Consequence.Budget budget;

  private SemanticDiff(Arrangement before, Arrangement after, Consequence.Budget budget) {
    this.before = before;
    this.after = after;
    this.budget = budget;
    findTriggerRenames();
  }

  /** The changes from {@code before} to {@code after}, in a deterministic order. */
  public static List<Change> compare(Arrangement before, Arrangement after) {
    return compare(before, after, Consequence.Budget.standard());
  }

  /**
   * The changes from {@code before} to {@code after}, judging changes by their consequence within
   * {@code budget} (shared with the other arrangements of the diff).
   */
  static List<Change> compare(Arrangement before, Arrangement after, Consequence.Budget budget) {
    SemanticDiff diff = new SemanticDiff(before, after, budget);
    diff.headers();
    diff.declarations();
    diff.layers();
    diff.commitments();
    diff.forceLevels();
    diff.terms();
    List<Change> sorted = new ArrayList<>(diff.changes);
    sorted.sort(ORDER);
    return List.copyOf(sorted);
  }

  // ---------------------------------------------------------------- recording

  private void whole(ChangeKind kind, Element element, String identity, String statement,
      SourceRange range, ImpactRule rule) {
    ImmutableChange.Builder b = Change.builder().kind(kind).element(element).identity(identity).rule(rule);
    if (kind == ChangeKind.ADDED) {
      b.after(statement).afterRange(range);
    } else {
      b.before(statement).beforeRange(range);
    }
    changes.add(b.build());
  }

  private void changed(Element element, String identity, String field, Optional<String> was,
      Optional<String> is, SourceRange wasRange, SourceRange isRange, ImpactRule rule) {
    changes.add(Change.builder()
        .kind(ChangeKind.CHANGED)
        .element(element)
        .identity(identity)
        .field(Optional.ofNullable(field).filter(f -> !f.isEmpty()))
        .before(was)
        .after(is)
        .beforeRange(wasRange)
        .afterRange(isRange)
        .rule(rule)
        .build());
  }

  /** Compares keyed sets: one change per key only before (removed) and per key only after (added). */
  private <T> void sets(Element element, String identity, String field, Map<String, T> was,
      Map<String, T> is, Function<T, SourceRange> range, Function<String, ImpactRule> added,
      Function<String, ImpactRule> removed) {
    was.forEach((key, value) -> {
      if (!is.containsKey(key)) {
        changed(element, identity, field, Optional.of(key), Optional.empty(), range.apply(value),
            SourceRange.NONE, removed.apply(key));
      }
    });
    is.forEach((key, value) -> {
      if (!was.containsKey(key)) {
        changed(element, identity, field, Optional.empty(), Optional.of(key), SourceRange.NONE,
            range.apply(value), added.apply(key));
      }
    });
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    values.forEach(v -> map.putIfAbsent(key.apply(v), v));
    return map;
  }

  private static Map<String, Reference> refs(List<Reference> refs) {
    return index(refs, Reference::id);
  }

  private static SourceRange range(Optional<? extends Located<?>> located) {
    return located.map(Located::range).orElse(SourceRange.NONE);
  }

  /**
   * Gives the changes recorded since {@code from} the element's own range on a side where the
   * changed value is written nowhere (an item added has no range before: the commitment's is used).
   */
  private void fallback(int from, SourceRange was, SourceRange is) {
    for (int i = from; i < changes.size(); i++) {
      Change c = changes.get(i);
      if (!c.beforeRange().isKnown() && was.isKnown()) {
        c = ImmutableChange.copyOf(c).withBeforeRange(was);
      }
      if (!c.afterRange().isKnown() && is.isKnown()) {
        c = ImmutableChange.copyOf(c).withAfterRange(is);
      }
      changes.set(i, c);
    }
  }

  /**
   * Records a change that the table calls {@code neutral} because it promises nothing by itself,
   * judged instead by what it does to the assessment (all else as in the new version: {@code
   * without} is the new version with this change undone, made only if the budget lets the change be
   * weighed): {@code weaker} or {@code stronger}, with
   * the commitments and scorecard lines it affects as the detail, when it moves any of them.
   */
  private void consequential(Element element, String identity, String field, Optional<String> was,
      Optional<String> is, SourceRange wasRange, SourceRange isRange, ImpactRule neutral, Supplier<Arrangement> without,
      ImpactRule weaker, ImpactRule stronger) {
    // the new version assessed once, and once more with the change undone: what that costs
    int cost = (afterState == null ? 2 : 1) * (after.allCommitments().size() + 1);
    boolean weighed = budget.take(cost);
    if (weighed && afterState == null) {
      afterState = new Consequence.State(after);
    }
    Consequence.Effect effect =
        weighed ? Consequence.of(without.get(), afterState) : Consequence.Effect.NONE;
    Optional<ImpactRule> judged = Consequence.judge(effect, weaker, stronger);
    ChangeKind kind = field == null && element != Element.HEADER && element != Element.TERM
        ? (was.isPresent() ? ChangeKind.REMOVED : ChangeKind.ADDED) : ChangeKind.CHANGED;
    changes.add(Change.builder()
        .kind(kind)
        .element(element)
        .identity(identity)
        .field(Optional.ofNullable(field))
        .before(was)
        .after(is)
        .beforeRange(wasRange)
        .afterRange(isRange)
        .rule(judged.orElse(neutral))
        .detail(weighed ? judged.map(r -> effect.detail()).filter(d -> !d.isEmpty())
            : Optional.of(NOT_WEIGHED))
        .build());
  }

  /** The detail of a change left to the table because the diff's budget is spent. */
  static final String NOT_WEIGHED = "not weighed against the scorecard: the diff has more such"
      + " changes than it assesses one by one";

  /**
   * {@code version} with each of {@code parties} named a threat as in the old version: no longer
   * named (in {@code against} or any trigger's {@code by}) if it was not a threat before, named in
   * {@code against} if it was.
   */
  private Arrangement threatsAsBefore(Arrangement version, List<String> parties) {
    Arrangement out = version;
    for (String p : parties) {
      boolean was = before.threatReferences().anyMatch(r -> r.id().equals(p));
      boolean is = out.threatReferences().anyMatch(r -> r.id().equals(p));
      if (was == is) {
        continue;
      }
      if (is) {
        out = ImmutableArrangement.copyOf(out)
            .withAgainst(out.against().stream().filter(r -> !r.id().equals(p)).collect(Collectors.toList()))
            .withTriggers(out.triggers().stream()
                .map(t -> (Trigger) ImmutableTrigger.copyOf(t)
                    .withBy(t.by().stream().filter(r -> !r.id().equals(p)).collect(Collectors.toList())))
                .collect(Collectors.toList()));
      } else {
        Reference r = before.threatReferences().filter(x -> x.id().equals(p)).findFirst().orElseThrow();
        List<Reference> against = new ArrayList<>(out.against());
        against.add(r);
        out = ImmutableArrangement.copyOf(out).withAgainst(against);
      }
    }
    return out;
  }

  /** {@code version} without the commitment {@code c} (compared by identity). */
  private static Arrangement without(Arrangement version, Commitment c) {
    return ImmutableArrangement.copyOf(version)
        .withCommitments(version.commitments().stream().filter(x -> x != c).collect(Collectors.toList()))
        .withLayers(version.layers().stream()
            .map(l -> (Layer) ImmutableLayer.copyOf(l)
                .withCommitments(l.commitments().stream().filter(x -> x != c).collect(Collectors.toList())))
            .collect(Collectors.toList()));
  }

  // ---------------------------------------------------------------- headers

  private void headers() {
    int from = changes.size();
    if (!before.title().equals(after.title())) {
      changed(Element.HEADER, "title", null, Optional.of(Statements.quote(before.title())),
          Optional.of(Statements.quote(after.title())), before.range(), after.range(), ImpactRule.TITLE_CHANGED);
    }
    header("kind", before.kind(), after.kind(), ImpactRule.KIND_CHANGED);
    header("status", before.status(), after.status(), ImpactRule.STATUS_CHANGED);
    if (!before.dated().map(Located::value).equals(after.dated().map(Located::value))) {
      // a duration until a date is measured from `dated` (scorecard line 5)
      consequential(Element.HEADER, "dated", null, before.dated().map(l -> String.valueOf(l.value())),
          after.dated().map(l -> String.valueOf(l.value())), range(before.dated()), range(after.dated()),
          ImpactRule.DATED_CHANGED, () -> ImmutableArrangement.copyOf(after).withDated(before.dated()),
          ImpactRule.DURATION_SHORTER, ImpactRule.DURATION_LONGER);
    }
    header("modeled on", before.modeledOn().map(l -> Located.of(Statements.quote(l.value()), l.range())),
        after.modeledOn().map(l -> Located.of(Statements.quote(l.value()), l.range())), ImpactRule.MODEL_CHANGED);

    boolean wasBinding = before.instrument().map(i -> i.value().isBindingInLaw()).orElse(false);
    boolean isBinding = after.instrument().map(i -> i.value().isBindingInLaw()).orElse(false);
    ImpactRule instrument = wasBinding == isBinding ? ImpactRule.INSTRUMENT_CHANGED
        : isBinding ? ImpactRule.INSTRUMENT_BINDING_GAINED : ImpactRule.INSTRUMENT_BINDING_LOST;
    header("instrument", before.instrument(), after.instrument(), instrument);

    Set<String> wasBeneficiaries = refs(before.beneficiaries()).keySet();
    Set<String> isBeneficiaries = refs(after.beneficiaries()).keySet();
    if (!wasBeneficiaries.equals(isBeneficiaries)) {
      changed(Element.HEADER, "beneficiary", null, joined(wasBeneficiaries), joined(isBeneficiaries),
          before.beneficiaries().stream().map(Reference::range).findFirst().orElse(SourceRange.NONE),
          after.beneficiaries().stream().map(Reference::range).findFirst().orElse(SourceRange.NONE),
          wasBeneficiaries.isEmpty() ? ImpactRule.BENEFICIARY_NAMED : ImpactRule.BENEFICIARY_CHANGED);
    }
    Map<String, Reference> wasAgainst = refs(before.against());
    Map<String, Reference> isAgainst = refs(after.against());
    wasAgainst.forEach((k, r) -> {
      if (!isAgainst.containsKey(k)) {
        consequential(Element.HEADER, "against", null, Optional.of(k), Optional.empty(), r.range(),
            SourceRange.NONE, ImpactRule.THREAT_REMOVED, () -> threatsAsBefore(after, List.of(k)),
            ImpactRule.THREAT_GUARANTOR_NAMED, ImpactRule.THREAT_GUARANTOR_CLEARED);
      }
    });
    isAgainst.forEach((k, r) -> {
      if (!wasAgainst.containsKey(k)) {
        consequential(Element.HEADER, "against", null, Optional.empty(), Optional.of(k), SourceRange.NONE,
            r.range(), ImpactRule.THREAT_ADDED, () -> threatsAsBefore(after, List.of(k)),
            ImpactRule.THREAT_GUARANTOR_NAMED, ImpactRule.THREAT_GUARANTOR_CLEARED);
      }
    });
    int covers = changes.size();
    sets(Element.HEADER, "covers", null, index(before.covers(), Statements::key),
        index(after.covers(), Statements::key), Phrase::range,
        k -> ImpactRule.DOMAIN_ADDED, k -> ImpactRule.DOMAIN_REMOVED);
    // a domain removed is written nowhere after: the version's `covers`, where it still has one
    fallback(covers, covers(before), covers(after));
    fallback(from, before.range(), after.range());
  }

  /** Where {@code version}'s domains are written ({@code covers}), or nowhere. */
  private static SourceRange covers(Arrangement version) {
    SourceRange out = SourceRange.NONE;
    for (Phrase<?> p : version.covers()) {
      if (p.range().isKnown() && (!out.isKnown() || p.range().file().equals(out.file()))) {
        out = out.span(p.range());
      }
    }
    return out;
  }

  private <T> void header(String keyword, Optional<? extends Located<T>> was,
      Optional<? extends Located<T>> is, ImpactRule rule) {
    Optional<String> a = was.map(l -> String.valueOf(l.value()));
    Optional<String> b = is.map(l -> String.valueOf(l.value()));
    if (!a.equals(b)) {
      changed(Element.HEADER, keyword, null, a, b, range(was), range(is), rule);
    }
  }

  private static Optional<String> joined(Set<String> ids) {
    return ids.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", new TreeSet<>(ids)));
  }

  // ---------------------------------------------------------------- declarations

  private void declarations() {
    match(Element.PARTY, before.parties(), after.parties(), Party::id, Statements::party, Party::range,
        (a, b) -> {
          String id = "party " + a.id();
          name(Element.PARTY, id, a.name(), b.name(), a.range(), b.range());
          // every legislature, not the first (any one's approval binds the party: what a change
          // does to that is judged by its consequence below)
          Set<String> x = new TreeSet<>();
          Set<String> y = new TreeSet<>();
          a.legislatures().forEach(l -> x.add(Statements.name(l.value())));
          b.legislatures().forEach(l -> y.add(Statements.name(l.value())));
          if (!x.equals(y)) {
            Party undone = ImmutableParty.copyOf(b).withLegislatures(a.legislatures());
            consequential(Element.PARTY, id, "legislature", joined(x), joined(y),
                range(a.legislatures().stream().findFirst()), range(b.legislatures().stream().findFirst()),
                ImpactRule.LEGISLATURE_CHANGED,
                () -> ImmutableArrangement.copyOf(after).withParties(after.parties().stream()
                    .map(p -> p == b ? undone : p).collect(Collectors.toList())),
                ImpactRule.LEGISLATURE_BINDING_LOST, ImpactRule.LEGISLATURE_BINDING_GAINED);
          }
        });
    match(Element.ORGANISATION, before.organisations(), after.organisations(), Organisation::id,
        Statements::organisation, Organisation::range, (a, b) -> {
          String id = "organisation " + a.id();
          name(Element.ORGANISATION, id, a.name(), b.name(), a.range(), b.range());
          sets(Element.ORGANISATION, id, "veto", refs(a.veto()), refs(b.veto()), Reference::range,
              k -> ImpactRule.VETO_ADDED, k -> ImpactRule.VETO_REMOVED);
          sets(Element.ORGANISATION, id, "members", refs(a.members()), refs(b.members()), Reference::range,
              k -> ImpactRule.MEMBERS_CHANGED, k -> ImpactRule.MEMBERS_CHANGED);
        });
    match(Element.COALITION, before.coalitions(), after.coalitions(), Coalition::id,
        Statements::coalition, Coalition::range, (a, b) -> {
          String id = "coalition " + a.id();
          name(Element.COALITION, id, a.name(), b.name(), a.range(), b.range());
          sets(Element.COALITION, id, "member", refs(a.members()), refs(b.members()), Reference::range,
              k -> ImpactRule.COALITION_MEMBER_ADDED, k -> ImpactRule.COALITION_MEMBER_REMOVED);
          sets(Element.COALITION, id, "led by", refs(a.leaders()), refs(b.leaders()), Reference::range,
              k -> ImpactRule.COALITION_LEADERS_CHANGED, k -> ImpactRule.COALITION_LEADERS_CHANGED);
          BigInteger x = a.size().map(Located::value).orElse(BigInteger.valueOf(a.members().size()));
          BigInteger y = b.size().map(Located::value).orElse(BigInteger.valueOf(b.members().size()));
          if (x.compareTo(y) != 0) {
            changed(Element.COALITION, id, "size", Optional.of(x.toString()), Optional.of(y.toString()),
                range(a.size()), range(b.size()),
                y.compareTo(x) > 0 ? ImpactRule.COALITION_SIZE_LARGER : ImpactRule.COALITION_SIZE_SMALLER);
          }
        });
    triggerRenames.forEach((was, is) -> {
      Trigger a = before.trigger(was).orElseThrow();
      Trigger b = after.trigger(is).orElseThrow();
      changed(Element.TRIGGER, "trigger " + was, "id", Optional.of(was), Optional.of(is), a.range(), b.range(),
          ImpactRule.TRIGGER_RENAMED);
    });
    List<Trigger> wasTriggers = before.triggers().stream()
        .map(t -> triggerRenames.containsKey(t.id()) ? ImmutableTrigger.copyOf(t).withId(triggerRenames.get(t.id())) : t)
        .collect(Collectors.toList());
    match(Element.TRIGGER, wasTriggers, after.triggers(), Trigger::id, Statements::trigger,
        Trigger::range, this::triggerPair, this::triggerWholly);
  }

  private void triggerPair(Trigger a, Trigger b) {
    String id = "trigger " + a.id();
    String x = Statements.key(a.event());
    String y = Statements.key(b.event());
    if (!x.equals(y)) {
      Trigger undone = ImmutableTrigger.copyOf(b).withEvent(a.event());
      consequential(Element.TRIGGER, id, "event", Optional.of(x), Optional.of(y), a.event().range(),
          b.event().range(), ImpactRule.TRIGGER_EVENT_CHANGED,
          () -> ImmutableArrangement.copyOf(after).withTriggers(after.triggers().stream()
              .map(t -> t == b ? undone : t).collect(Collectors.toList())),
          ImpactRule.TRIGGER_ATTACK_LOST, ImpactRule.TRIGGER_ATTACK_GAINED);
    }
    Set<String> wasBy = refs(a.by()).keySet();
    Set<String> isBy = refs(b.by()).keySet();
    if (!wasBy.equals(isBy)) {
      Set<String> moved = new TreeSet<>(wasBy);
      moved.addAll(isBy);
      moved.removeIf(p -> wasBy.contains(p) && isBy.contains(p));
      consequential(Element.TRIGGER, id, "by", joined(wasBy), joined(isBy), a.range(), b.range(),
          ImpactRule.TRIGGER_THREAT_CHANGED, () -> threatsAsBefore(after, List.copyOf(moved)),
          ImpactRule.THREAT_GUARANTOR_NAMED, ImpactRule.THREAT_GUARANTOR_CLEARED);
    }
    Optional<String> wasAgainst = a.against().map(Reference::id);
    Optional<String> isAgainst = b.against().map(Reference::id);
    if (!wasAgainst.equals(isAgainst)) {
      changed(Element.TRIGGER, id, "against", wasAgainst, isAgainst, a.range(), b.range(),
          ImpactRule.TRIGGER_THREAT_CHANGED);
    }
  }

  /**
   * A trigger only in the old version and one only in the new that define the same event, by the
   * same parties, against the same party, are one trigger renamed, when no other trigger gone or
   * come has that definition: one neutral change, and the commitments' {@code on} compared under
   * the new id (so {@code on attack} and {@code on assault} are the same trigger).
   */
  private void findTriggerRenames() {
    Map<String, Trigger> was = index(before.triggers(), Trigger::id);
    Map<String, Trigger> is = index(after.triggers(), Trigger::id);
    Map<String, List<String>> gone = new LinkedHashMap<>();
    Map<String, List<String>> come = new LinkedHashMap<>();
    was.forEach((id, t) -> {
      if (!is.containsKey(id)) {
        gone.computeIfAbsent(definition(t), k -> new ArrayList<>()).add(id);
      }
    });
    is.forEach((id, t) -> {
      if (!was.containsKey(id)) {
        come.computeIfAbsent(definition(t), k -> new ArrayList<>()).add(id);
      }
    });
    gone.forEach((definition, ids) -> {
      List<String> news = come.get(definition);
      if (ids.size() == 1 && news != null && news.size() == 1) {
        triggerRenames.put(ids.get(0), news.get(0));
      }
    });
  }

  private static String definition(Trigger t) {
    return Statements.key(t.event()) + "|" + new TreeSet<>(refs(t.by()).keySet()) + "|"
        + t.against().map(Reference::id).orElse("");
  }

  /** The old version's trigger references under the new version's ids. */
  private Map<String, Reference> renamedTriggers(List<Reference> refs) {
    Map<String, Reference> out = new LinkedHashMap<>();
    refs.forEach(r -> out.putIfAbsent(renamedTrigger(r.id()), r));
    return out;
  }

  private void name(Element element, String identity, String was, String is, SourceRange a, SourceRange b) {
    if (!was.equals(is)) {
      changed(element, identity, "name", Optional.of(Statements.quote(was)), Optional.of(Statements.quote(is)),
          a, b, ImpactRule.NAME_CHANGED);
    }
  }

  private <T> void match(Element element, List<T> was, List<T> is, Function<T, String> id,
      Function<T, String> statement, Function<T, SourceRange> range, java.util.function.BiConsumer<T, T> pair) {
    match(element, was, is, id, statement, range, pair, null);
  }

  /**
   * {@code wholly}, when given, records a declaration only in one version ({@code true}: the old
   * one) and tells whether it did; otherwise, or when it did not, the declaration is added or
   * removed by the table.
   */
  private <T> void match(Element element, List<T> was, List<T> is, Function<T, String> id,
      Function<T, String> statement, Function<T, SourceRange> range, java.util.function.BiConsumer<T, T> pair,
      java.util.function.BiPredicate<T, Boolean> wholly) {
    Map<String, T> a = index(was, id);
    Map<String, T> b = index(is, id);
    a.forEach((key, value) -> {
      if (b.containsKey(key)) {
        int from = changes.size();
        pair.accept(value, b.get(key));
        fallback(from, range.apply(value), range.apply(b.get(key)));
      } else if (wholly == null || !wholly.test(value, true)) {
        whole(ChangeKind.REMOVED, element, element.spelling() + " " + key, statement.apply(value),
            range.apply(value), ImpactRule.DECLARATION_REMOVED);
      }
    });
    b.forEach((key, value) -> {
      if (!a.containsKey(key) && (wholly == null || !wholly.test(value, false))) {
        whole(ChangeKind.ADDED, element, element.spelling() + " " + key, statement.apply(value),
            range.apply(value), ImpactRule.DECLARATION_ADDED);
      }
    });
  }

  /** The ids the old version names threats; made at the first trigger added or removed. */
  private Set<String> threatsBefore;
  /** The same of the new version. */
  private Set<String> threatsAfter;

  /** The ids {@code version} (the old or the new) names threats, collected once per version. */
  private Set<String> threatIds(Arrangement version) {
    boolean old = version == before;
    Set<String> ids = old ? threatsBefore : threatsAfter;
    if (ids == null) {
      Set<String> found = new HashSet<>();
      version.threatReferences().forEach(r -> found.add(r.id()));
      ids = found;
      if (old) {
        threatsBefore = ids;
      } else {
        threatsAfter = ids;
      }
    }
    return ids;
  }

  /**
   * A trigger added or removed whose {@code by} names a party a threat that no other reference
   * names in the other version: judged by its consequence, as a {@code by} changed is (a guarantor
   * named a threat weakens); false (the table's neutral entry) when it names no party anew.
   */
  private boolean triggerWholly(Trigger t, boolean removed) {
    Set<String> threats = threatIds(removed ? after : before);
    List<String> moved = new ArrayList<>();
    for (String p : refs(t.by()).keySet()) {
      if (!threats.contains(p)) {
        moved.add(p);
      }
    }
    if (moved.isEmpty()) {
      return false;
    }
    String statement = Statements.trigger(t);
    consequential(Element.TRIGGER, "trigger " + t.id(), null,
        removed ? Optional.of(statement) : Optional.empty(),
        removed ? Optional.empty() : Optional.of(statement),
        removed ? t.range() : SourceRange.NONE, removed ? SourceRange.NONE : t.range(),
        removed ? ImpactRule.DECLARATION_REMOVED : ImpactRule.DECLARATION_ADDED,
        () -> threatsAsBefore(after, moved),
        ImpactRule.THREAT_GUARANTOR_NAMED, ImpactRule.THREAT_GUARANTOR_CLEARED);
    return true;
  }

  // ---------------------------------------------------------------- layers

  private void layers() {
    Map<String, Layer> a = index(before.layers(), Layer::title);
    Map<String, Layer> b = index(after.layers(), Layer::title);
    a.forEach((title, layer) -> {
      if (!b.containsKey(title)) {
        whole(ChangeKind.REMOVED, Element.LAYER, Statements.layer(layer), Statements.layer(layer),
            layer.range(), ImpactRule.LAYER_REMOVED);
      }
    });
    b.forEach((title, layer) -> {
      if (!a.containsKey(title)) {
        whole(ChangeKind.ADDED, Element.LAYER, Statements.layer(layer), Statements.layer(layer),
            layer.range(), ImpactRule.LAYER_ADDED);
      }
    });
  }

  // ---------------------------------------------------------------- commitments

  /** A commitment and the layer it is written in (empty at top level). */
  private static final class Placed {
    final Commitment commitment;
    final Optional<String> layer;
    /** Its parties' ids, in no particular order (every use is a set's). */
    final Set<String> parties;
    final String kind;
    /** Whether it is written in the old version. */
    final boolean old;
    /**
     * What it says, as canonical facts ({@link SemanticDiff#features(Placed)}), once asked for:
     * only the commitments not identical to one of the other version are, most of a large draft
     * being unchanged.
     */
    Set<String> features;

    Placed(Commitment commitment, Optional<String> layer, boolean old) {
      this.commitment = commitment;
      this.layer = layer;
      this.old = old;
      this.parties = Set.copyOf(refs(commitment.parties()).keySet());
      this.kind = Statements.key(commitment.kind());
    }
  }

  private List<Placed> placed(Arrangement a, boolean old) {
    List<Placed> all = new ArrayList<>();
    a.commitments().forEach(c -> all.add(new Placed(c, Optional.empty(), old)));
    a.layers().forEach(l -> l.commitments().forEach(c -> all.add(new Placed(c, Optional.of(l.title()), old))));
    return all;
  }

  /**
   * Pairs the commitments of the two versions by best match, never by position: of the same kind
   * and with parties in common, the pairs with the same parties first, then the most alike in
   * content (identical ones first), so that inserting, deleting or reordering commitments of one
   * guarantor and kind reports only what really changed. Each commitment is paired at most once;
   * the others are added or removed.
   */
  private void commitments() {
    List<Placed> was = placed(before, true);
    List<Placed> is = placed(after, false);
    // pairs[i]: the commitment of the new version paired with the old one i, or -1; taken[j]:
    // whether the new one j is paired (arrays: a large draft has a hundred thousand of each)
    int[] pairs = new int[was.size()];
    Arrays.fill(pairs, -1);
    boolean[] taken = new boolean[is.size()];
    // identical commitments first, looked up: each is the best match of the other (same parties,
    // all in common, similarity 1), and duplicates pair in file order as the ranking's last keys
    // have it; most of a large draft is unchanged, and comparing every pair would be quadratic
    Map<String, ArrayDeque<Integer>> identical = new HashMap<>();
    for (int j = 0; j < is.size(); j++) {
      identical.computeIfAbsent(exactKey(is.get(j)), k -> new ArrayDeque<>()).add(j);
    }
    for (int i = 0; i < was.size(); i++) {
      ArrayDeque<Integer> same = identical.get(exactKey(was.get(i)));
      if (same != null && !same.isEmpty()) {
        int j = same.poll();
        pairs[i] = j;
        taken[j] = true;
      }
    }
    // the others: candidates of the same kind with a party in common, found through an index
    Map<String, List<Integer>> byKindAndParty = new HashMap<>();
    for (int j = 0; j < is.size(); j++) {
      if (!taken[j]) {
        for (String party : is.get(j).parties) {
          byKindAndParty.computeIfAbsent(is.get(j).kind + "\u0000" + party, k -> new ArrayList<>()).add(j);
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    boolean tooMany = false;
    for (int i = 0; i < was.size() && !tooMany; i++) {
      if (pairs[i] >= 0) {
        continue;
      }
      Placed a = was.get(i);
      Set<Integer> near = new TreeSet<>();
      for (String party : a.parties) {
        near.addAll(byKindAndParty.getOrDefault(a.kind + "\u0000" + party, List.of()));
      }
      for (int j : near) {
        Placed b = is.get(j);
        long common = b.parties.stream().filter(a.parties::contains).count();
        Set<String> x = features(a);
        Set<String> y = features(b);
        candidates.add(new Candidate(i, j, a.parties.equals(b.parties), common,
            similarity(x, y), String.join("|", x), String.join("|", y)));
      }
      tooMany = candidates.size() > MAX_CANDIDATES;
    }
    if (tooMany) {
      // thousands of changed commitments of one guarantor and kind: pairing them by best match
      // would compare each with each; they are paired in file order instead, the same parties
      // and kind with each other (docs/diff.md)
      candidates.clear();
      Map<String, ArrayDeque<Integer>> inOrder = new HashMap<>();
      for (int j = 0; j < is.size(); j++) {
        if (!taken[j]) {
          inOrder.computeIfAbsent(groupKey(is.get(j)), k -> new ArrayDeque<>()).add(j);
        }
      }
      for (int i = 0; i < was.size(); i++) {
        ArrayDeque<Integer> group = pairs[i] >= 0 ? null : inOrder.get(groupKey(was.get(i)));
        if (group != null && !group.isEmpty()) {
          int j = group.poll();
          pairs[i] = j;
          taken[j] = true;
        }
      }
    }
    candidates.sort(Candidate.BEST_FIRST);
    for (Candidate c : candidates) {
      if (pairs[c.was] < 0 && !taken[c.is]) {
        pairs[c.was] = c.is;
        taken[c.is] = true;
      }
    }
    Map<String, Integer> countBefore = counts(was);
    Map<String, Integer> countAfter = counts(is);
    for (int i = 0; i < was.size(); i++) {
      Placed a = was.get(i);
      int j = pairs[i];
      int from = changes.size();
      if (j >= 0) {
        paired.add(new Commitment[] {a.commitment, is.get(j).commitment});
        commitment(a, is.get(j));
        line(from, is.get(j), countBefore, countAfter);
      } else {
        whole(ChangeKind.REMOVED, Element.COMMITMENT, identity(a.commitment),
            Statements.commitment(a.commitment), a.commitment.range(), ImpactRule.COMMITMENT_REMOVED);
        line(from, a, countBefore, countAfter);
      }
    }
    for (int j = 0; j < is.size(); j++) {
      if (taken[j]) {
        continue;
      }
      int from = changes.size();
      Commitment c = is.get(j).commitment;
      boolean weak = c.isRestraint() || c.category().map(KindCategory::isWeak).orElse(true);
      if (weak) {
        // a weak commitment promises nothing that can be relied on, unless it makes a threat a guarantor
        consequential(Element.COMMITMENT, identity(c), null, Optional.empty(),
            Optional.of(Statements.commitment(c)), SourceRange.NONE, c.range(), ImpactRule.WEAK_COMMITMENT_ADDED,
            () -> without(after, c), ImpactRule.THREAT_COMMITMENT_ADDED, null);
      } else {
        whole(ChangeKind.ADDED, Element.COMMITMENT, identity(c), Statements.commitment(c), c.range(),
            ImpactRule.COMMITMENT_ADDED);
      }
      line(from, is.get(j), countBefore, countAfter);
    }
  }

  /**
   * How many pairs of changed commitments the best match ranks at most; beyond, they are paired in
   * file order within their kind and parties (some thousands of changed commitments of one
   * guarantor and kind).
   */
  static final int MAX_CANDIDATES = 250_000;

  /** Kind, parties (in any order) and content: equal for identical commitments only. */
  private String exactKey(Placed p) {
    // the facts in order (a TreeSet), not kept: most commitments are identical to one
    return groupKey(p) + "\u0000" + String.join("\u0001", facts(p));
  }

  /** Kind and parties, in any order. */
  private static String groupKey(Placed p) {
    return p.kind + "\u0000" + String.join("\u0001", new TreeSet<>(p.parties));
  }

  /** A possible pairing of commitment {@code was} (before) with {@code is} (after). */
  private record Candidate(int was, int is, boolean sameParties, long commonParties,
      double similarity, String wasText, String isText) {
    /**
     * The same parties first, then the most parties in common, then the most alike; on a tie, by
     * what they say (so that the order of the statements decides nothing), then by position.
     */
    static final Comparator<Candidate> BEST_FIRST =
        Comparator.comparing(Candidate::sameParties).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::commonParties).reversed())
            .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
            .thenComparing(Candidate::wasText)
            .thenComparing(Candidate::isText)
            .thenComparingInt(Candidate::was)
            .thenComparingInt(Candidate::is);
  }

  /**
   * What a commitment says, as a set of canonical facts ({@code item air defence}, {@code on
   * attack}, {@code mode as deemed necessary}, ...), for {@link #similarity}.
   */
  private Set<String> features(Placed p) {
    if (p.features == null) {
      p.features = facts(p);
    }
    return p.features;
  }

  /** {@link #features(Placed)}, computed, in their order. */
  private TreeSet<String> facts(Placed p) {
    Commitment c = p.commitment;
    TreeSet<String> out = new TreeSet<>();
    c.items().forEach(i -> out.add("item " + Statements.key(i)));
    c.triggers().forEach(r -> out.add("on " + (p.old ? renamedTrigger(r.id()) : r.id())));
    c.responseTimes().forEach(t -> out.add("time " + Lengths.key(within(t))));
    out.add("mode " + rank(c));
    c.requirements().forEach(r -> out.add("requires " + Analysis.bodyKey(r.body())));
    c.channels().forEach(r -> out.add("through " + r.id()));
    c.recipients().forEach(r -> out.add("to " + r.id()));
    c.periods().forEach(x -> out.add(Statements.period(x)));
    c.funding().forEach(f -> out.add(f.type().keyword() + " " + f.money().currency() + " "
        + f.money().value().stripTrailingZeros().toPlainString()));
    c.geographicLimits().forEach(g -> out.add(Statements.limit(g)));
    p.layer.ifPresent(l -> out.add("layer " + l));
    return out;
  }

  /** Jaccard similarity of two sets of facts: 1 when they are equal, 0 when they share none. */
  private static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    long common = a.stream().filter(b::contains).count();
    return (double) common / (a.size() + b.size() - common);
  }

  /** A trigger id of the old version as the new version calls it (the same but for a rename). */
  private String renamedTrigger(String id) {
    return triggerRenames.getOrDefault(id, id);
  }

  /**
   * {@code commitment UK, FR military aid}: a commitment as its version writes it, the parties in
   * the order written and the kind as written ({@code arms supply}); commitments are matched by
   * their kind's canonical spelling and their parties in any order ({@link #groupKey}), never by
   * this.
   */
  private static String identity(Commitment c) {
    return "commitment " + Statements.head(c);
  }

  /**
   * Gives the changes recorded since {@code from} the line of the commitment {@code c}, when its
   * version or the other has more than one commitment of its kind and parties: the label alone
   * does not tell which one changed.
   */
  private void line(int from, Placed p, Map<String, Integer> before, Map<String, Integer> after) {
    String key = groupKey(p);
    if (before.getOrDefault(key, 0) < 2 && after.getOrDefault(key, 0) < 2) {
      return;
    }
    SourceRange r = p.commitment.range();
    if (!r.isKnown()) {
      return;
    }
    for (int i = from; i < changes.size(); i++) {
      changes.set(i, ImmutableChange.copyOf(changes.get(i)).withLine(r.start().line()));
    }
  }

  private static Map<String, Integer> counts(List<Placed> placed) {
    Map<String, Integer> out = new HashMap<>();
    placed.forEach(p -> out.merge(groupKey(p), 1, Integer::sum));
    return out;
  }

  private void commitment(Placed pa, Placed pb) {
    Commitment a = pa.commitment;
    Commitment b = pb.commitment;
    // as the new version writes it
    String id = identity(b);
    Element e = Element.COMMITMENT;
    int from = changes.size();

    if (!pa.layer.equals(pb.layer)) {
      changed(e, id, "layer", Optional.of(pa.layer.map(Statements::quote).orElse("(top level)")),
          Optional.of(pb.layer.map(Statements::quote).orElse("(top level)")), a.range(), b.range(),
          ImpactRule.COMMITMENT_LAYER_CHANGED);
    }
    sets(e, id, "party", refs(a.parties()), refs(b.parties()), Reference::range,
        k -> ImpactRule.GUARANTOR_ADDED, k -> ImpactRule.GUARANTOR_REMOVED);

    modes(e, id, a, b);

    sets(e, id, "on", renamedTriggers(a.triggers()), refs(b.triggers()), Reference::range,
        k -> ImpactRule.TRIGGER_ADDED, k -> ImpactRule.TRIGGER_REMOVED);

    responseTimes(e, id, a, b);

    commitmentRequirements(id, a, b);

    sets(e, id, "item", index(a.items(), Statements::key), index(b.items(), Statements::key),
        Phrase::range, k -> ImpactRule.ITEM_ADDED, k -> ImpactRule.ITEM_REMOVED);

    funding(e, id, a, b);

    sets(e, id, "through", refs(a.channels()), refs(b.channels()), Reference::range,
        k -> vetoed(after, k) ? ImpactRule.VETO_CHANNEL_ADDED : ImpactRule.CHANNEL_CHANGED,
        k -> vetoed(before, k) ? ImpactRule.VETO_CHANNEL_REMOVED : ImpactRule.CHANNEL_CHANGED);
    sets(e, id, "to", refs(a.recipients()), refs(b.recipients()), Reference::range,
        k -> ImpactRule.RECIPIENT_CHANGED, k -> ImpactRule.RECIPIENT_CHANGED);

    periods(e, id, a, b);

    sets(e, id, "limit", index(a.geographicLimits(), Statements::limit),
        index(b.geographicLimits(), Statements::limit), GeographicLimit::range,
        k -> ImpactRule.LIMIT_ADDED, k -> ImpactRule.LIMIT_REMOVED);
    fallback(from, a.range(), b.range());
  }

  /**
   * The modes compared as a whole, every one written and not the first: a second mode is a change
   * (SUR302), judged by the weakest of each version's, which is the one a reluctant guarantor will
   * read ({@code automatic; at discretion} obliges to nothing). The same modes in another order or
   * written twice are no change.
   */
  private void modes(Element e, String id, Commitment a, Commitment b) {
    Set<Mode> x = modeSet(a);
    Set<Mode> y = modeSet(b);
    if (x.equals(y)) {
      return;
    }
    int was = rank(a);
    int is = rank(b);
    changed(e, id, "mode", modesText(x), modesText(y), modeRange(a, y), modeRange(b, x),
        is > was ? ImpactRule.MODE_STRONGER : is < was ? ImpactRule.MODE_WEAKER : ImpactRule.MODE_EQUIVALENT);
  }

  private static Set<Mode> modeSet(Commitment c) {
    Set<Mode> out = new LinkedHashSet<>();
    c.modes().forEach(m -> out.add(m.value()));
    return out;
  }

  private static Optional<String> modesText(Set<Mode> modes) {
    return modes.isEmpty() ? Optional.empty()
        : Optional.of(modes.stream().map(Mode::canonical).collect(Collectors.joining("; ")));
  }

  /** Where {@code c}'s modes changed: its first mode the other version lacks, else its weakest. */
  private static SourceRange modeRange(Commitment c, Set<Mode> other) {
    Optional<Located<Mode>> gone = c.modes().stream().filter(m -> !other.contains(m.value())).findFirst();
    return range(gone.or(() -> c.modes().stream().min(Comparator.comparingInt(m -> rank(Optional.of(m.value()))))));
  }

  /**
   * The response times compared as a whole: a second one is a change (SUR302), judged by the
   * slowest of each version's, which governs (a guarantor reads {@code immediate; within 30 days}
   * as thirty days, as the assessment does). Other times whose slowest is the same are a neutral
   * change.
   */
  private void responseTimes(Element e, String id, Commitment a, Commitment b) {
    List<ResponseTime> x = a.responseTimes();
    List<ResponseTime> y = b.responseTimes();
    if (sameTimes(x, y) && sameTimes(y, x)) {
      return;
    }
    Optional<ResponseTime> wasTime = slowest(x);
    Optional<ResponseTime> isTime = slowest(y);
    int cmp = wasTime.isEmpty() || isTime.isEmpty() ? 0 : compare(isTime.get(), wasTime.get());
    ImpactRule rule = wasTime.isEmpty() ? ImpactRule.RESPONSE_TIME_ADDED
        : isTime.isEmpty() ? ImpactRule.RESPONSE_TIME_REMOVED
        : cmp < 0 ? ImpactRule.RESPONSE_FASTER : cmp > 0 ? ImpactRule.RESPONSE_SLOWER
        : ImpactRule.RESPONSE_TIME_EQUIVALENT;
    changed(e, id, "response time", timesText(x), timesText(y), timeRange(x, y), timeRange(y, x), rule);
  }

  /** Whether every time of {@code x} is one of {@code y}'s (by length). */
  private static boolean sameTimes(List<ResponseTime> x, List<ResponseTime> y) {
    return x.stream().allMatch(t -> y.stream().anyMatch(u -> compare(t, u) == 0));
  }

  private static Optional<ResponseTime> slowest(List<ResponseTime> times) {
    return times.stream().max(Comparator.comparingDouble(t -> Lengths.span(within(t), Optional.empty()).middle()));
  }

  /** Two response times by length ({@link Lengths}): immediate is within zero hours. */
  private static int compare(ResponseTime t, ResponseTime u) {
    return Lengths.compare(within(t), within(u));
  }

  private static Duration within(ResponseTime t) {
    return t.within().orElse(ZERO);
  }

  /** Immediate, or a withdrawal at will: no time at all. */
  private static final Duration ZERO = Duration.of(0, TimeUnit.HOUR);

  private static Optional<String> timesText(List<ResponseTime> times) {
    return times.isEmpty() ? Optional.empty()
        : Optional.of(times.stream().map(Statements::responseTime).collect(Collectors.joining("; ")));
  }

  /** Where the times of {@code x} changed: the first the other version lacks, else the slowest. */
  private static SourceRange timeRange(List<ResponseTime> x, List<ResponseTime> other) {
    return x.stream().filter(t -> !sameTimes(List.of(t), other)).findFirst().or(() -> slowest(x))
        .map(ResponseTime::range).orElse(SourceRange.NONE);
  }

  /** The weakest of a commitment's modes (no mode is as deemed necessary): see {@link #rank(Optional)}. */
  private static int rank(Commitment c) {
    return c.modes().isEmpty() ? rank(Optional.<Mode>empty())
        : c.modes().stream().mapToInt(m -> rank(Optional.of(m.value()))).min().getAsInt();
  }

  /** Obligation strength: automatic 3, as deemed necessary (or none) 2, the others 1. */
  private static int rank(Optional<Mode> mode) {
    if (mode.isEmpty()) {
      return 2;
    }
    switch (mode.get()) {
      case AUTOMATIC:
        return 3;
      case AS_DEEMED_NECESSARY:
        return 2;
      default:
        return 1;
    }
  }

  private static boolean vetoed(Arrangement a, String organisation) {
    return a.organisation(organisation).map(o -> !o.veto().isEmpty()).orElse(false);
  }

  // ---------------------------------------------------------------- ratification requirements

  /**
   * A commitment's own requirements, keyed as the assessment compares bodies (case, quotes and
   * spaces aside).
   */
  private static Map<String, RatificationRequirement> own(Commitment c) {
    return index(c.requirements(), r -> Analysis.bodyKey(r.body()));
  }

  /**
   * Whether a ratification or approval by {@code key} covers {@code c} in {@code version}: its own
   * requirement, or one for the whole arrangement when one of its parties declares that
   * legislature (LANGUAGE.md: it binds every party whose legislature is that body).
   */
  private static boolean covered(Arrangement version, Commitment c, String key) {
    if (own(c).containsKey(key)) {
      return true;
    }
    boolean arrangement = version.requirements().stream().anyMatch(r -> Analysis.bodyKey(r.body()).equals(key));
    return arrangement && c.parties().stream()
        .flatMap(p -> version.party(p.id()).stream())
        .flatMap(p -> p.legislatures().stream())
        .anyMatch(l -> Analysis.bodyKey(l.value()).equals(key));
  }

  /**
   * A requirement written on the commitment or gone from it, when what covers the commitment
   * changed: a requirement moved between the commitment and the whole arrangement (one that
   * covers it either way) is no change.
   */
  private void commitmentRequirements(String id, Commitment a, Commitment b) {
    Map<String, RatificationRequirement> x = own(a);
    Map<String, RatificationRequirement> y = own(b);
    x.forEach((key, r) -> {
      RatificationRequirement other = y.get(key);
      if (other == null) {
        if (!covered(after, b, key)) {
          requirementChange(Element.COMMITMENT, id, Optional.of(r), Optional.empty(), ImpactRule.RATIFICATION_REMOVED);
        }
      } else if (other.act() != r.act()) {
        requirementChange(Element.COMMITMENT, id, Optional.of(r), Optional.of(other),
            ImpactRule.RATIFICATION_ACT_CHANGED);
      }
    });
    y.forEach((key, r) -> {
      if (!x.containsKey(key) && !covered(before, a, key)) {
        requirementChange(Element.COMMITMENT, id, Optional.empty(), Optional.of(r), ImpactRule.RATIFICATION_ADDED);
      }
    });
  }

  /**
   * A requirement for the whole arrangement added or removed is judged by the commitments whose
   * cover it changes (those of the parties that declare that legislature, and not covered by their
   * own requirement), named in the change. One moved from a commitment to the arrangement, or
   * back, that changes the cover of no commitment is no change; one that changes nothing else is
   * neutral.
   */
  private void arrangementRequirements() {
    Map<String, RatificationRequirement> x = index(before.requirements(), r -> Analysis.bodyKey(r.body()));
    Map<String, RatificationRequirement> y = index(after.requirements(), r -> Analysis.bodyKey(r.body()));
    x.forEach((key, r) -> {
      RatificationRequirement other = y.get(key);
      if (other == null) {
        List<String> lost = new ArrayList<>();
        boolean moved = false;
        for (Commitment[] pair : paired) {
          if (covered(before, pair[0], key) && !covered(after, pair[1], key) && !own(pair[0]).containsKey(key)) {
            lost.add(Analysis.name(pair[1]));
          }
          moved |= own(pair[1]).containsKey(key) && !own(pair[0]).containsKey(key);
        }
        if (!lost.isEmpty()) {
          arrangementRequirement(Optional.of(r), Optional.empty(), ImpactRule.RATIFICATION_REMOVED,
              "no longer covers " + String.join(", ", lost));
        } else if (!moved) {
          arrangementRequirement(Optional.of(r), Optional.empty(), ImpactRule.RATIFICATION_UNCHANGED_COVER, null);
        }
      } else if (other.act() != r.act()) {
        requirementChange(Element.TERM, "requires", Optional.of(r), Optional.of(other),
            ImpactRule.RATIFICATION_ACT_CHANGED);
      }
    });
    y.forEach((key, r) -> {
      if (x.containsKey(key)) {
        return;
      }
      List<String> gained = new ArrayList<>();
      boolean moved = false;
      for (Commitment[] pair : paired) {
        if (!covered(before, pair[0], key) && covered(after, pair[1], key) && !own(pair[1]).containsKey(key)) {
          gained.add(Analysis.name(pair[1]));
        }
        moved |= own(pair[0]).containsKey(key) && !own(pair[1]).containsKey(key);
      }
      if (!gained.isEmpty()) {
        arrangementRequirement(Optional.empty(), Optional.of(r), ImpactRule.RATIFICATION_ADDED,
            "now covers " + String.join(", ", gained));
      } else if (!moved) {
        arrangementRequirement(Optional.empty(), Optional.of(r), ImpactRule.RATIFICATION_UNCHANGED_COVER, null);
      }
    });
  }

  private void arrangementRequirement(Optional<RatificationRequirement> was, Optional<RatificationRequirement> is,
      ImpactRule rule, String detail) {
    RatificationRequirement r = was.or(() -> is).orElseThrow();
    ImmutableChange.Builder b = Change.builder()
        .kind(was.isPresent() ? ChangeKind.REMOVED : ChangeKind.ADDED)
        .element(Element.TERM)
        .identity("requires " + Statements.name(r.body()))
        .rule(rule)
        .detail(Optional.ofNullable(detail));
    if (was.isPresent()) {
      b.before(Statements.requirement(r)).beforeRange(r.range());
    } else {
      b.after(Statements.requirement(r)).afterRange(r.range());
    }
    changes.add(b.build());
  }

  private void requirementChange(Element e, String id, Optional<RatificationRequirement> was,
      Optional<RatificationRequirement> is, ImpactRule rule) {
    Function<RatificationRequirement, String> text = r -> Statements.requirement(r).substring("requires ".length());
    SourceRange x = was.map(RatificationRequirement::range).orElse(SourceRange.NONE);
    SourceRange y = is.map(RatificationRequirement::range).orElse(SourceRange.NONE);
    if (e == Element.TERM && rule != ImpactRule.RATIFICATION_ACT_CHANGED) {
      RatificationRequirement r = was.or(() -> is).orElseThrow();
      whole(was.isPresent() ? ChangeKind.REMOVED : ChangeKind.ADDED, e, "requires " + Statements.name(r.body()),
          Statements.requirement(r), was.isPresent() ? x : y, rule);
    } else {
      changed(e, e == Element.TERM ? "requires " + Statements.name(was.orElseThrow().body()) : id,
          e == Element.TERM ? "act" : "requires", was.map(text), is.map(text), x, y, rule);
    }
  }

  private void funding(Element e, String id, Commitment a, Commitment b) {
    for (Funding.Type type : Funding.Type.values()) {
      Optional<Funding> x = a.funding().stream().filter(f -> f.type() == type).findFirst();
      Optional<Funding> y = b.funding().stream().filter(f -> f.type() == type).findFirst();
      if (x.isEmpty() && y.isEmpty()) {
        continue;
      }
      ImpactRule rule;
      if (x.isEmpty()) {
        rule = ImpactRule.MONEY_ADDED;
      } else if (y.isEmpty()) {
        rule = ImpactRule.MONEY_REMOVED;
      } else if (!x.get().money().currency().equals(y.get().money().currency())) {
        rule = ImpactRule.MONEY_CHANGED;
      } else {
        int cmp = y.get().money().value().compareTo(x.get().money().value());
        if (cmp == 0) {
          continue;
        }
        rule = cmp > 0 ? ImpactRule.MONEY_UP : ImpactRule.MONEY_DOWN;
      }
      changed(e, id, type.keyword(), x.map(f -> f.money().toString()), y.map(f -> f.money().toString()),
          x.map(Funding::range).orElse(SourceRange.NONE), y.map(Funding::range).orElse(SourceRange.NONE), rule);
    }
  }

  private void periods(Element e, String id, Commitment a, Commitment b) {
    Optional<CommitmentPeriod> x = a.periods().stream().filter(p -> p.type() != CommitmentPeriod.Type.BY).findFirst();
    Optional<CommitmentPeriod> y = b.periods().stream().filter(p -> p.type() != CommitmentPeriod.Type.BY).findFirst();
    if (!x.equals(y)) {
      ImpactRule rule;
      if (x.isEmpty()) {
        rule = ImpactRule.TERM_SHORTER;
      } else if (y.isEmpty()) {
        rule = ImpactRule.TERM_LONGER;
      } else {
        CommitmentPeriod p = x.get();
        CommitmentPeriod q = y.get();
        int cmp;
        if (p.length().isPresent() && q.length().isPresent()) {
          cmp = Lengths.compare(q.length().get(), p.length().get());
        } else if (p.date().isPresent() && q.date().isPresent()) {
          cmp = q.date().get().compareTo(p.date().get());
        } else {
          cmp = Integer.MIN_VALUE;
        }
        rule = cmp == Integer.MIN_VALUE ? ImpactRule.TERM_CHANGED
            : cmp > 0 ? ImpactRule.TERM_LONGER : cmp < 0 ? ImpactRule.TERM_SHORTER : null;
      }
      if (rule != null) {
        changed(e, id, "term", x.map(Statements::period), y.map(Statements::period),
            x.map(CommitmentPeriod::range).orElse(SourceRange.NONE),
            y.map(CommitmentPeriod::range).orElse(SourceRange.NONE), rule);
      }
    }
    Optional<CommitmentPeriod> u = a.periods().stream().filter(p -> p.type() == CommitmentPeriod.Type.BY).findFirst();
    Optional<CommitmentPeriod> v = b.periods().stream().filter(p -> p.type() == CommitmentPeriod.Type.BY).findFirst();
    Optional<LocalDate> du = u.flatMap(CommitmentPeriod::date);
    Optional<LocalDate> dv = v.flatMap(CommitmentPeriod::date);
    if (!du.equals(dv)) {
      ImpactRule rule = du.isEmpty() ? ImpactRule.DEADLINE_EARLIER
          : dv.isEmpty() ? ImpactRule.DEADLINE_LATER
          : dv.get().isBefore(du.get()) ? ImpactRule.DEADLINE_EARLIER : ImpactRule.DEADLINE_LATER;
      changed(e, id, "deadline", u.map(Statements::period), v.map(Statements::period),
          u.map(CommitmentPeriod::range).orElse(SourceRange.NONE),
          v.map(CommitmentPeriod::range).orElse(SourceRange.NONE), rule);
    }
  }

  // ---------------------------------------------------------------- force levels

  private void forceLevels() {
    Function<ForceLevel, String> key = f -> f.type().canonical() + " " + f.party().id() + " " + f.force() + "|" + f.unit();
    Map<String, ForceLevel> a = index(before.allForceLevels(), key);
    Map<String, ForceLevel> b = index(after.allForceLevels(), key);
    a.forEach((k, f) -> {
      ForceLevel g = b.get(k);
      String id = f.type().canonical() + " " + f.party().id() + " " + f.force();
      boolean sustain = f.type() == ForceLevelType.SUSTAIN;
      if (g == null) {
        whole(ChangeKind.REMOVED, Element.FORCE_LEVEL, id, Statements.forceLevel(f), f.range(),
            sustain ? ImpactRule.SUSTAIN_REMOVED : ImpactRule.LIMIT_LEVEL_REMOVED);
      } else if (g.amount().compareTo(f.amount()) != 0) {
        boolean up = g.amount().compareTo(f.amount()) > 0;
        changed(Element.FORCE_LEVEL, id, "level", Optional.of(f.amount().toPlainString() + " " + f.unit()),
            Optional.of(g.amount().toPlainString() + " " + g.unit()), f.range(), g.range(),
            sustain ? (up ? ImpactRule.SUSTAIN_UP : ImpactRule.SUSTAIN_DOWN)
                : (up ? ImpactRule.LIMIT_LEVEL_UP : ImpactRule.LIMIT_LEVEL_DOWN));
      }
    });
    b.forEach((k, g) -> {
      if (!a.containsKey(k)) {
        String id = g.type().canonical() + " " + g.party().id() + " " + g.force();
        whole(ChangeKind.ADDED, Element.FORCE_LEVEL, id, Statements.forceLevel(g), g.range(),
            g.type() == ForceLevelType.SUSTAIN ? ImpactRule.SUSTAIN_ADDED : ImpactRule.LIMIT_LEVEL_ADDED);
      }
    });
  }

  // ---------------------------------------------------------------- terms

  private void terms() {
    int from = changes.size();
    duration();
    withdrawal();
    Function<Condition, String> key = c -> c.text().trim().replaceAll("\\s+", " ");
    Map<String, Condition> a = index(before.conditions(), key);
    Map<String, Condition> b = index(after.conditions(), key);
    a.forEach((k, c) -> {
      if (!b.containsKey(k)) {
        whole(ChangeKind.REMOVED, Element.TERM, "condition", Statements.condition(c), c.range(),
            ImpactRule.CONDITION_REMOVED);
      }
    });
    b.forEach((k, c) -> {
      if (!a.containsKey(k)) {
        whole(ChangeKind.ADDED, Element.TERM, "condition", Statements.condition(c), c.range(),
            ImpactRule.CONDITION_ADDED);
      }
    });
    arrangementRequirements();
    fallback(from, before.range(), after.range());
  }

  private void duration() {
    Optional<DurationTerm> x = before.durations().stream().findFirst();
    Optional<DurationTerm> y = after.durations().stream().findFirst();
    if (x.isEmpty() && y.isEmpty()) {
      return;
    }
    if (x.isEmpty() || y.isEmpty()) {
      DurationTerm d = x.or(() -> y).orElseThrow();
      whole(x.isEmpty() ? ChangeKind.ADDED : ChangeKind.REMOVED, Element.TERM, "duration",
          "duration " + Statements.duration(d), d.range(),
          x.isEmpty() ? ImpactRule.DURATION_ADDED : ImpactRule.DURATION_REMOVED);
      return;
    }
    DurationTerm p = x.get();
    DurationTerm q = y.get();
    Optional<Lengths.Span> s = span(p, Statements.value(before.dated()));
    Optional<Lengths.Span> t = span(q, Statements.value(after.dated()));
    ImpactRule rule = null;
    if (p.untilDate().isPresent() && q.untilDate().isPresent()) {
      int cmp = q.untilDate().get().compareTo(p.untilDate().get());
      rule = cmp > 0 ? ImpactRule.DURATION_LONGER : cmp < 0 ? ImpactRule.DURATION_SHORTER : null;
    } else if (p.length().isPresent() && q.length().isPresent()) {
      int cmp = Lengths.compare(q.length().get(), Statements.value(after.dated()), p.length().get(),
          Statements.value(before.dated()));
      rule = cmp > 0 ? ImpactRule.DURATION_LONGER : cmp < 0 ? ImpactRule.DURATION_SHORTER : null;
    } else if (s.isPresent() && t.isPresent()) {
      int cmp = t.get().compareTo(s.get());
      rule = cmp > 0 ? ImpactRule.DURATION_LONGER : cmp < 0 ? ImpactRule.DURATION_SHORTER : null;
    } else if (!Objects.equals(p.untilEvent(), q.untilEvent()) || p.type() != q.type()) {
      rule = ImpactRule.DURATION_CHANGED;
    }
    if (rule == ImpactRule.DURATION_CHANGED) {
      // not ordered, but the scorecard counts a duration until an event as durable
      consequential(Element.TERM, "duration", null, Optional.of(length(p)), Optional.of(length(q)), p.range(),
          q.range(), rule, () -> ImmutableArrangement.copyOf(after).withDurations(after.durations().stream()
              .map(d -> d == q ? p : d).collect(Collectors.toList())),
          ImpactRule.DURATION_SHORTER, ImpactRule.DURATION_LONGER);
    } else if (rule != null) {
      changed(Element.TERM, "duration", null, Optional.of(length(p)), Optional.of(length(q)), p.range(),
          q.range(), rule);
    }
    // only a fixed length can be renewable: renewal is lost or gained whatever the other side's
    // type, but for indefinite, which never ends and so needs no renewal (its length is the change)
    if (p.type() != DurationTerm.Type.INDEFINITE && q.type() != DurationTerm.Type.INDEFINITE
        && p.renewable() != q.renewable()) {
      changed(Element.TERM, "duration", "renewable", Optional.of(p.renewable() ? "yes" : "no"),
          Optional.of(q.renewable() ? "yes" : "no"), p.range(), q.range(),
          q.renewable() ? ImpactRule.RENEWABLE_ADDED : ImpactRule.RENEWABLE_REMOVED);
    }
  }

  private static String length(DurationTerm d) {
    return Statements.duration(d).replace("; renewable", "");
  }

  /**
   * A duration's length ({@link Lengths}): fixed (from {@code dated} by the calendar, when there is
   * one), indefinite (infinite), or until a date after {@code dated}.
   */
  private static Optional<Lengths.Span> span(DurationTerm d, Optional<LocalDate> dated) {
    switch (d.type()) {
      case INDEFINITE:
        return Optional.of(Lengths.Span.INFINITE);
      case FIXED:
        return d.length().map(l -> Lengths.span(l, dated));
      default:
        if (d.untilDate().isPresent() && dated.isPresent()) {
          return Optional.of(Lengths.between(dated.get(), d.untilDate().get()));
        }
        return Optional.empty();
    }
  }

  private void withdrawal() {
    Optional<WithdrawalTerm> x = before.withdrawals().stream().findFirst();
    Optional<WithdrawalTerm> y = after.withdrawals().stream().findFirst();
    if (x.isEmpty() && y.isEmpty()) {
      return;
    }
    if (x.isEmpty() || y.isEmpty()) {
      WithdrawalTerm w = x.or(() -> y).orElseThrow();
      ImpactRule rule = x.isPresent() ? ImpactRule.WITHDRAWAL_TERMS_REMOVED
          : w.isAtWill() ? ImpactRule.WITHDRAWAL_AT_WILL_ADDED : ImpactRule.WITHDRAWAL_TERMS_ADDED;
      whole(x.isEmpty() ? ChangeKind.ADDED : ChangeKind.REMOVED, Element.TERM, "withdrawal",
          "withdrawal " + Statements.withdrawal(w), w.range(), rule);
      return;
    }
    // a notice runs from whenever it is given: a calendar notice is the range of days it can span
    int cmp = Lengths.compare(y.get().notice().orElse(ZERO), x.get().notice().orElse(ZERO));
    if (cmp != 0) {
      changed(Element.TERM, "withdrawal", null, Optional.of(Statements.withdrawal(x.get())),
          Optional.of(Statements.withdrawal(y.get())), x.get().range(), y.get().range(),
          cmp > 0 ? ImpactRule.NOTICE_LONGER : ImpactRule.NOTICE_SHORTER);
    }
  }
}

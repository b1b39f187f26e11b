package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * One security arrangement: its headers, the declarations visible in it (its own and the shared
 * file-level ones, flagged {@link Declaration#shared()}), its commitments (top level and in layers),
 * force levels and terms.
 *
 * <p>Headers that the language allows once are optional values; what can legitimately be written
 * several times, or what a drafter may get wrong by writing twice (the beneficiary), is a list.
 */
@Value.Immutable
public interface Arrangement {

  String title();

  Optional<Located<ArrangementKind>> kind();

  Optional<Located<Status>> status();

  Optional<Located<LocalDate>> dated();

  Optional<Located<InstrumentType>> instrument();

  /** {@code beneficiary}: exactly one is expected (SUR104 otherwise). */
  List<Reference> beneficiaries();

  /** {@code against}: the declared threats. */
  List<Reference> against();

  /** {@code covers}: the domains promised. */
  List<Phrase<Domain>> covers();

  Optional<Located<String>> modeledOn();

  List<Party> parties();

  List<Organisation> organisations();

  List<Coalition> coalitions();

  List<Trigger> triggers();

  /** Commitments at the top level of the arrangement (see {@link #allCommitments()}). */
  List<Commitment> commitments();

  /** Force levels at the top level of the arrangement (see {@link #allForceLevels()}). */
  List<ForceLevel> forceLevels();

  List<Layer> layers();

  List<DurationTerm> durations();

  List<WithdrawalTerm> withdrawals();

  List<Condition> conditions();

  /** {@code requires X ratification.} for the whole arrangement. */
  List<RatificationRequirement> requirements();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  /**
   * Its header, {@code arrangement "Title"}: where a finding about the arrangement as a whole
   * points (a missing {@code kind} or {@code duration}), so that an editor marks the header rather
   * than every line of the body. The whole {@link #range()} when there is no header (an
   * arrangement built in Java or read from JSON).
   */
  @Value.Default
  @Value.Auxiliary
  default SourceRange headerRange() {
    return range();
  }

  /**
   * The statements of the arrangement that were written but could not be read: a syntax error in
   * one (SUR001), or a value outside its list (SUR005), reported where it stands. Each is named by
   * its keyword as the language spells it ({@code kind}, {@code beneficiary}, {@code instrument},
   * {@code duration}, {@code withdrawal}, ...), a commitment as {@code commitment}. A rule that
   * would report such a statement missing does not: the drafter wrote one, and its error says
   * what is wrong with it, as a compiler reports no error that only follows from another. Empty
   * for an arrangement built in Java or read from JSON; not part of equality. Sorted.
   */
  @Value.Default
  @Value.Auxiliary
  default SortedSet<String> unread() {
    return Collections.emptySortedSet();
  }

  /** {@link #unread()} as a read-only snapshot of the set given ({@link StatementNames}). */
  @Value.Check
  default Arrangement snapshotUnread() {
    SortedSet<String> snapshot = StatementNames.snapshot(unread());
    return snapshot == unread() ? this : ImmutableArrangement.copyOf(this).withUnread(snapshot);
  }

  static ImmutableArrangement.Builder builder() {
    return ImmutableArrangement.builder();
  }

  /** The file the arrangement is written in, as reported (empty when built in Java). */
  default String file() {
    return range().file();
  }

  /** Every commitment: top level first, then each layer's, in the order written. */
  @Value.Lazy
  default List<Commitment> allCommitments() {
    if (layers().isEmpty()) {
      return commitments();
    }
    List<Commitment> all = new ArrayList<>(commitments());
    layers().forEach(layer -> all.addAll(layer.commitments()));
    return Collections.unmodifiableList(all);
  }

  /** Every force level: top level first, then each layer's. */
  @Value.Lazy
  default List<ForceLevel> allForceLevels() {
    if (layers().isEmpty()) {
      return forceLevels();
    }
    List<ForceLevel> all = new ArrayList<>(forceLevels());
    layers().forEach(layer -> all.addAll(layer.forceLevels()));
    return Collections.unmodifiableList(all);
  }

  /** Parties, organisations and coalitions: the one namespace of actors. */
  @Value.Lazy
  default List<Actor> actors() {
    List<Actor> all = new ArrayList<>(parties().size() + organisations().size() + coalitions().size());
    all.addAll(parties());
    all.addAll(organisations());
    all.addAll(coalitions());
    return Collections.unmodifiableList(all);
  }

  /** Every declaration: the actors, then the triggers. */
  @Value.Lazy
  default List<Declaration> declarations() {
    List<Declaration> all = new ArrayList<>(actors());
    all.addAll(triggers());
    return Collections.unmodifiableList(all);
  }

  /** The first party declared with each id (look-ups in constant time: see {@link #actor}). */
  @Value.Lazy
  default Map<String, Party> partyIndex() {
    return firstById(parties());
  }

  /** The first organisation declared with each id. */
  @Value.Lazy
  default Map<String, Organisation> organisationIndex() {
    return firstById(organisations());
  }

  /** The first coalition declared with each id. */
  @Value.Lazy
  default Map<String, Coalition> coalitionIndex() {
    return firstById(coalitions());
  }

  /** The first trigger declared with each id. */
  @Value.Lazy
  default Map<String, Trigger> triggerIndex() {
    return firstById(triggers());
  }

  /**
   * The first actor declared with {@code id}: its first party, else organisation, else coalition,
   * as {@link #actors} lists them. This and the look-ups below take constant time, so that a rule
   * that looks an id up per reference stays linear in the size of the draft.
   */
  default Optional<Actor> actor(String id) {
    Actor actor = partyIndex().get(id);
    if (actor == null) {
      actor = organisationIndex().get(id);
    }
    if (actor == null) {
      actor = coalitionIndex().get(id);
    }
    return Optional.ofNullable(actor);
  }

  default Optional<Party> party(String id) {
    return Optional.ofNullable(partyIndex().get(id));
  }

  default Optional<Organisation> organisation(String id) {
    return Optional.ofNullable(organisationIndex().get(id));
  }

  default Optional<Coalition> coalition(String id) {
    return Optional.ofNullable(coalitionIndex().get(id));
  }

  default Optional<Trigger> trigger(String id) {
    return Optional.ofNullable(triggerIndex().get(id));
  }

  /** Each id's first element in {@code declarations}. */
  private static <T extends Declaration> Map<String, T> firstById(List<T> declarations) {
    if (declarations.isEmpty()) {
      return Map.of();
    }
    Map<String, T> index = new HashMap<>();
    for (T d : declarations) {
      index.putIfAbsent(d.id(), d);
    }
    return Collections.unmodifiableMap(index);
  }

  /** The beneficiary, when exactly one is named. */
  default Optional<Reference> beneficiary() {
    return beneficiaries().size() == 1 ? Optional.of(beneficiaries().get(0)) : Optional.empty();
  }

  /** The name of an id for messages: {@code "United States" (US)} or the id alone. */
  default String describe(String id) {
    return actor(id).map(a -> a.name().equals(id) ? id : a.name() + " (" + id + ")").orElse(id);
  }

  /** Every {@code by} of every trigger and every {@code against}: the threats, in order. */
  default Stream<Reference> threatReferences() {
    return Stream.concat(against().stream(), triggers().stream().flatMap(t -> t.by().stream()));
  }
}

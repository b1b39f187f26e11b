package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  static ImmutableArrangement.Builder builder() {
    return ImmutableArrangement.builder();
  }

  /** The file the arrangement is written in, as reported (empty when built in Java). */
  default String file() {
    return range().file();
  }

  /** Every commitment: top level first, then each layer's, in the order written. */
  default List<Commitment> allCommitments() {
    List<Commitment> all = new ArrayList<>(commitments());
    layers().forEach(layer -> all.addAll(layer.commitments()));
    return all;
  }

  /** Every force level: top level first, then each layer's. */
  default List<ForceLevel> allForceLevels() {
    List<ForceLevel> all = new ArrayList<>(forceLevels());
    layers().forEach(layer -> all.addAll(layer.forceLevels()));
    return all;
  }

  /** Parties, organisations and coalitions: the one namespace of actors. */
  default List<Actor> actors() {
    List<Actor> all = new ArrayList<>(parties());
    all.addAll(organisations());
    all.addAll(coalitions());
    return all;
  }

  /** Every declaration visible in the arrangement. */
  default List<Declaration> declarations() {
    List<Declaration> all = new ArrayList<>(actors());
    all.addAll(triggers());
    return all;
  }

  default Optional<Actor> actor(String id) {
    return actors().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  default Optional<Party> party(String id) {
    return parties().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  default Optional<Organisation> organisation(String id) {
    return organisations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  default Optional<Coalition> coalition(String id) {
    return coalitions().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  default Optional<Trigger> trigger(String id) {
    return triggers().stream().filter(t -> t.id().equals(id)).findFirst();
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

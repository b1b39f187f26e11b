package dev.surety.core.model;

import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.KindCategory;
import dev.surety.core.vocabulary.Mode;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A promise by the committing parties: {@code US backstop: air defence, intelligence; on attack;
 * requires Congress ratification.}
 *
 * <p>Qualifiers are kept in lists, in the order written, so that what a drafter can get wrong (two
 * modes, both {@code immediate} and {@code within}) stays visible to the rules.
 *
 * <p>The derived answers below are written with plain tests rather than {@code Optional.map} and
 * streams: the rules ask them of every commitment many times (async-profiler put 3% of a check's
 * time in the lambdas of those calls; written plainly, a check is about 1% faster under C2, and
 * C1, the command line's compiler, no longer allocates the Optionals and streams).
 */
@Value.Immutable
public interface Commitment {

  /** The committing parties, organisations or coalitions. */
  List<Reference> parties();

  /** The kind phrase ({@code backstop}, {@code military aid}, ...). */
  Phrase<CommitmentKind> kind();

  /** Capabilities, domains or objects of the promise, and strings. */
  List<Phrase<ItemTerm>> items();

  /** {@code on T}: the activating triggers. */
  List<Reference> triggers();

  /** {@code within D} or {@code immediate}. */
  List<ResponseTime> responseTimes();

  /** {@code automatic}, {@code as deemed necessary}, {@code after consultation}, {@code at discretion}. */
  List<Located<Mode>> modes();

  /** {@code requires X ratification}, {@code requires approval by X}. */
  List<RatificationRequirement> requirements();

  /** {@code through ID}: organisations the commitment acts through. */
  List<Reference> channels();

  /** {@code to ID}: who receives it, when not the beneficiary. */
  List<Reference> recipients();

  /** {@code for}, {@code until}, {@code by}. */
  List<CommitmentPeriod> periods();

  /** {@code annually} and {@code total} money. */
  List<Funding> funding();

  /** {@code only in} and {@code excluding}. */
  List<GeographicLimit> geographicLimits();

  @Value.Default
  @Value.Auxiliary
  default SourceRange range() {
    return SourceRange.NONE;
  }

  /**
   * The qualifiers of the commitment that were written but could not be read (a value outside its
   * list, SUR005), each named by its keyword ({@code within}, {@code on}, ...): a rule that would
   * report such a qualifier missing does not, as {@link Arrangement#unread()} for statements.
   * Empty for a commitment built in Java or read from JSON; not part of equality. Sorted.
   */
  @Value.Default
  @Value.Auxiliary
  default SortedSet<String> unread() {
    return Collections.emptySortedSet();
  }

  /** {@link #unread()} as a read-only snapshot of the set given ({@link StatementNames}). */
  @Value.Check
  default Commitment snapshotUnread() {
    SortedSet<String> snapshot = StatementNames.snapshot(unread());
    return snapshot == unread() ? this : ImmutableCommitment.copyOf(this).withUnread(snapshot);
  }

  static ImmutableCommitment.Builder builder() {
    return ImmutableCommitment.builder();
  }

  /** The kind's category, when the kind is known. */
  default Optional<KindCategory> category() {
    Optional<CommitmentKind> kind = kind().term();
    return kind.isPresent() ? Optional.of(kind.get().category()) : Optional.empty();
  }

  /** Military category (response or support). */
  default boolean isMilitary() {
    Optional<CommitmentKind> kind = kind().term();
    return kind.isPresent() && kind.get().category().isMilitary();
  }

  /** A military response kind: the guarantor's own forces act. */
  default boolean isResponse() {
    Optional<CommitmentKind> kind = kind().term();
    return kind.isPresent() && kind.get().isResponse();
  }

  /** A restraint ({@code respect}, {@code non-aggression}, ...). */
  default boolean isRestraint() {
    Optional<CommitmentKind> kind = kind().term();
    return kind.isPresent() && kind.get().isRestraint();
  }

  /** The (first) mode written, if any. */
  default Optional<Mode> mode() {
    return modes().isEmpty() ? Optional.empty() : Optional.of(modes().get(0).value());
  }

  /**
   * With no mode, or with only {@code automatic} or {@code as deemed necessary}: an obligation to
   * act. A second mode that is none ({@code automatic; at discretion}, which SUR302 reports) takes
   * it away: a reluctant guarantor reads the weaker.
   */
  default boolean isObligation() {
    return discretionaryMode().isEmpty();
  }

  /** The first mode written that is no obligation to act ({@code at discretion}), if any. */
  default Optional<Located<Mode>> discretionaryMode() {
    for (Located<Mode> m : modes()) {
      if (!m.value().isObligation()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code id} is among the committing parties. */
  default boolean isMadeBy(String id) {
    for (Reference party : parties()) {
      if (party.id().equals(id)) {
        return true;
      }
    }
    return false;
  }
}

package dev.surety.validation;

import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Coalition;
import dev.surety.core.model.Commitment;
import dev.surety.core.model.Duration;
import dev.surety.core.model.DurationTerm;
import dev.surety.core.model.ForceLevel;
import dev.surety.core.model.Funding;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.ImmutableCommitment;
import dev.surety.core.model.Layer;
import dev.surety.core.model.Located;
import dev.surety.core.model.Money;
import dev.surety.core.model.Organisation;
import dev.surety.core.model.Party;
import dev.surety.core.model.Phrase;
import dev.surety.core.model.RatificationRequirement;
import dev.surety.core.model.Reference;
import dev.surety.core.model.ResponseTime;
import dev.surety.core.model.Trigger;
import dev.surety.core.model.WithdrawalTerm;
import dev.surety.core.source.SourceRange;
import dev.surety.core.vocabulary.ApprovalAct;
import dev.surety.core.vocabulary.ArrangementKind;
import dev.surety.core.vocabulary.CommitmentKind;
import dev.surety.core.vocabulary.Domain;
import dev.surety.core.vocabulary.ForceLevelType;
import dev.surety.core.vocabulary.InstrumentType;
import dev.surety.core.vocabulary.ItemTerm;
import dev.surety.core.vocabulary.Mode;
import dev.surety.core.vocabulary.TimeUnit;
import dev.surety.core.vocabulary.TriggerEvent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;

/** A tiny test-side DSL: model elements with real ranges, one statement per line. */
public final class Drafts {
  public static final String FILE = "draft.surety";

  private Drafts() {}

  /** The range of the statement on {@code line}. */
  public static SourceRange at(int line) {
    return SourceRange.of(FILE, line, 3, line, 60);
  }

  /** A narrower range on {@code line}, from {@code column}. */
  public static SourceRange at(int line, int column) {
    return SourceRange.of(FILE, line, column, line, column + 5);
  }

  public static Reference ref(String id, int line) {
    return Reference.of(id, at(line, 10));
  }

  public static ImmutableArrangement.Builder arrangement(String title, int line) {
    return Arrangement.builder().title(title).range(SourceRange.of(FILE, line, 1, line + 40, 2));
  }

  public static Located<ArrangementKind> kind(ArrangementKind kind, int line) {
    return Located.of(kind, at(line));
  }

  public static Located<InstrumentType> instrument(InstrumentType type, int line) {
    return Located.of(type, at(line));
  }

  public static Located<LocalDate> dated(String date, int line) {
    return Located.of(LocalDate.parse(date), at(line));
  }

  public static Party party(String id, String name, int line, String... legislatures) {
    var b = Party.builder().id(id).name(name).range(at(line));
    for (String l : legislatures) {
      b.addLegislatures(Located.of(l, at(line, 30)));
    }
    return b.build();
  }

  public static Party sharedParty(String id, String name, int line, String... legislatures) {
    return dev.surety.core.model.ImmutableParty.copyOf(party(id, name, line, legislatures)).withShared(true);
  }

  public static Organisation organisation(String id, String name, int line, String... veto) {
    var b = Organisation.builder().id(id).name(name).range(at(line));
    for (String v : veto) {
      b.addVeto(ref(v, line));
    }
    return b.build();
  }

  public static Coalition coalition(String id, String name, int line, String[] members, String[] leaders, Integer size) {
    var b = Coalition.builder().id(id).name(name).range(at(line));
    Arrays.stream(members).forEach(m -> b.addMembers(ref(m, line)));
    Arrays.stream(leaders).forEach(m -> b.addLeaders(ref(m, line)));
    if (size != null) {
      b.size(Located.of(BigInteger.valueOf(size), at(line, 50)));
    }
    return b.build();
  }

  public static Trigger trigger(String id, String event, int line, String... by) {
    var b = Trigger.builder().id(id).event(Phrase.of(TriggerEvent.class, event, at(line, 20))).range(at(line));
    for (String p : by) {
      b.addBy(ref(p, line));
    }
    return b.build();
  }

  /** {@code PARTIES KIND: ITEMS} on {@code line}; chain qualifiers on the builder. */
  public static ImmutableCommitment.Builder commitment(int line, String kind, String parties, String... items) {
    var b = Commitment.builder().range(at(line)).kind(Phrase.of(CommitmentKind.class, kind, at(line, 12)));
    for (String p : parties.split(",\\s*")) {
      b.addParties(ref(p, line));
    }
    int col = 30;
    for (String item : items) {
      b.addItems(Phrase.of(ItemTerm.class, item, at(line, col)));
      col += 10;
    }
    return b;
  }

  public static Reference on(String trigger, int line) {
    return ref(trigger, line);
  }

  public static Located<Mode> mode(Mode mode, int line) {
    return Located.of(mode, at(line, 40));
  }

  public static ResponseTime within(long amount, TimeUnit unit, int line) {
    return dev.surety.core.model.ImmutableResponseTime.builder()
        .within(Duration.of(amount, unit)).range(at(line, 45)).build();
  }

  public static ResponseTime immediate(int line) {
    return dev.surety.core.model.ImmutableResponseTime.builder().range(at(line, 45)).build();
  }

  public static RatificationRequirement requires(String body, int line) {
    return RatificationRequirement.builder().body(body).act(ApprovalAct.RATIFICATION).range(at(line, 50)).build();
  }

  public static Funding annually(String currency, long amount, int line) {
    return Funding.builder().type(Funding.Type.ANNUALLY)
        .money(Money.builder().currency(currency).amount(BigDecimal.valueOf(amount)).build())
        .range(at(line, 55)).build();
  }

  public static Phrase<Domain> domain(String text, int line) {
    return Phrase.of(Domain.class, text, at(line, 10));
  }

  public static DurationTerm duration(long years, int line) {
    return DurationTerm.builder().type(DurationTerm.Type.FIXED).length(Duration.of(years, TimeUnit.YEAR))
        .range(at(line)).build();
  }

  public static DurationTerm indefinite(int line) {
    return DurationTerm.builder().type(DurationTerm.Type.INDEFINITE).range(at(line)).build();
  }

  public static WithdrawalTerm notice(long amount, TimeUnit unit, int line) {
    return dev.surety.core.model.ImmutableWithdrawalTerm.builder()
        .notice(Duration.of(amount, unit)).range(at(line)).build();
  }

  public static WithdrawalTerm atWill(int line) {
    return dev.surety.core.model.ImmutableWithdrawalTerm.builder().range(at(line)).build();
  }

  public static ForceLevel force(ForceLevelType type, String party, long amount, int line) {
    return ForceLevel.builder().type(type).party(ref(party, line)).force("armed forces")
        .amount(BigDecimal.valueOf(amount)).unit("personnel").range(at(line)).build();
  }

  public static Layer layer(String title, int line, Commitment... commitments) {
    return Layer.builder().title(title).range(at(line)).addCommitments(commitments).build();
  }
}

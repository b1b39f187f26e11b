package dev.surety.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.ImmutableArrangement;
import dev.surety.core.model.ImmutableLayer;
import dev.surety.core.model.Layer;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A statement that was written but could not be read ({@link Arrangement#unread()}: its syntax or
 * value error is reported where it stands) is not reported missing as well.
 */
class UnreadStatementsTest {

  static Stream<Arguments> missingStatements() {
    return Stream.of(
        Arguments.of("SUR103", "kind",
            (Function<ImmutableArrangement, Arrangement>) a -> a.withKind(Optional.empty())),
        Arguments.of("SUR104", "beneficiary",
            (Function<ImmutableArrangement, Arrangement>) a -> a.withBeneficiaries()),
        Arguments.of("SUR105", "commitment",
            (Function<ImmutableArrangement, Arrangement>) a -> a.withCommitments()),
        Arguments.of("SUR107", "duration",
            (Function<ImmutableArrangement, Arrangement>) a -> a.withDurations()),
        Arguments.of("SUR115", "withdrawal",
            (Function<ImmutableArrangement, Arrangement>) a -> a.withWithdrawals()),
        Arguments.of("SUR116", "instrument",
            (Function<ImmutableArrangement, Arrangement>) a -> a.withInstrument(Optional.empty())));
  }

  private static List<String> codes(Arrangement a) {
    return SuretyValidator.shared().validate(a).stream().map(Diagnostic::code).toList();
  }

  private static Arrangement unread(Arrangement a, String... statements) {
    return ImmutableArrangement.copyOf(a).withUnread(
        Collections.unmodifiableSortedSet(new TreeSet<>(List.of(statements))));
  }

  @ParameterizedTest
  @MethodSource("missingStatements")
  void aStatementWrittenButUnreadIsNotReportedMissing(String code, String statement,
      Function<ImmutableArrangement, Arrangement> without) {
    Arrangement missing = without.apply(RuleCases.clean());
    assertThat(codes(missing)).contains(code);
    assertThat(codes(unread(missing, statement))).doesNotContain(code);
    // another statement unread does not hide this one
    assertThat(codes(unread(missing, "status"))).contains(code);
  }

  @ParameterizedTest
  @MethodSource("missingStatements")
  void theOtherFindingsStay(String code, String statement,
      Function<ImmutableArrangement, Arrangement> without) {
    Arrangement missing = without.apply(RuleCases.clean()
        .withDurations().withWithdrawals().withKind(Optional.empty()));
    List<String> all = codes(missing);
    List<String> unread = codes(unread(missing, statement));
    assertThat(unread).doesNotContain(code);
    // but SUR114: the unread statement may be what uses a declaration; and an unread commitment
    // may be what the rules that judge all the commitments look for (their own tests, below)
    List<String> heldBack = new java.util.ArrayList<>(List.of(code, "SUR114"));
    if (statement.equals("commitment")) {
      heldBack.addAll(judgeAllCommitments().toList());
    }
    assertThat(all.stream().filter(c -> !heldBack.contains(c)).toList())
        .containsExactlyInAnyOrderElementsOf(unread.stream().filter(c -> !heldBack.contains(c))
            .toList());
  }

  @org.junit.jupiter.api.Test
  void aQualifierWrittenButUnreadIsNotReportedMissing() {
    var withoutWithin = Drafts.commitment(12, "mutual defence", "US", "land")
        .addTriggers(Drafts.on("attack", 12)).addRequirements(Drafts.requires("Congress", 12));
    assertThat(codes(RuleCases.withUs(withoutWithin))).contains("SUR113");
    assertThat(codes(RuleCases.withUs(withoutWithin.unread(sorted("within")))))
        .doesNotContain("SUR113");

    var withoutOn = Drafts.commitment(12, "mutual defence", "US", "land")
        .addResponseTimes(Drafts.immediate(12)).addRequirements(Drafts.requires("Congress", 12));
    assertThat(codes(RuleCases.withUs(withoutOn))).contains("SUR106");
    assertThat(codes(RuleCases.withUs(withoutOn.unread(sorted("on"))))).doesNotContain("SUR106");
    assertThat(codes(RuleCases.withUs(withoutOn.unread(sorted("within"))))).contains("SUR106");
  }

  @org.junit.jupiter.api.Test
  void noDeclarationIsUnusedBesideAStatementThatCouldNotBeRead() {
    Arrangement unused = ImmutableArrangement.builder().from(RuleCases.clean())
        .addParties(Drafts.party("PL", "Poland", 16)).build();
    assertThat(codes(unused)).contains("SUR114");
    assertThat(codes(unread(unused, "commitment"))).doesNotContain("SUR114");
    assertThat(codes(unread(unused, "trigger"))).doesNotContain("SUR114");
    // a statement that names no id cannot be what uses it
    assertThat(codes(unread(unused, "kind", "duration"))).contains("SUR114");
  }

  /** The rules whose finding judges all the commitments, which one that could not be read may change. */
  static Stream<String> judgeAllCommitments() {
    return Stream.of("SUR112", "SUR204", "SUR205");
  }

  @ParameterizedTest
  @MethodSource("judgeAllCommitments")
  void aCommitmentWrittenButUnreadMayBeWhatTheRuleLooksFor(String code) {
    Arrangement failing = failingCase(code);
    assertThat(codes(failing)).contains(code);
    assertThat(codes(unread(failing, "commitment"))).doesNotContain(code);
    // a commitment of a layer, that the layer names
    Layer unreadInLayer = Layer.builder().title("Air").range(Drafts.at(20))
        .unread(sorted("commitment")).build();
    assertThat(codes(ImmutableArrangement.copyOf(failing).withLayers(unreadInLayer)))
        .doesNotContain(code);
    // a statement that is no commitment does not hide it
    assertThat(codes(unread(failing, "status", "force level"))).contains(code);
  }

  /** The failing case of {@code code} in {@link RuleCases}, as a model. */
  private static Arrangement failingCase(String code) {
    return switch (code) {
      case "SUR112" -> RuleCases.clean().withCovers(Drafts.domain("land", 7), Drafts.domain("sea", 7));
      case "SUR204" -> RuleCases.plus(ImmutableArrangement.builder().from(RuleCases.clean())
          .addParties(Drafts.party("UK", "United Kingdom", 16)).build(),
          Drafts.commitment(15, "consultation", "UK", "sovereignty"));
      case "SUR205" -> RuleCases.withUs(RuleCases.usDefence()
          .addModes(Drafts.mode(dev.surety.core.vocabulary.Mode.AT_DISCRETION, 12)));
      default -> throw new IllegalArgumentException(code);
    };
  }

  @org.junit.jupiter.api.Test
  void aLayerWhoseCommitmentCouldNotBeReadIsNotEmpty() {
    Layer empty = Layer.builder().title("Air").range(Drafts.at(17)).build();
    assertThat(codes(RuleCases.clean().withLayers(empty))).contains("SUR110");
    for (String statement : List.of("commitment", "force level")) {
      Layer unread = ImmutableLayer.copyOf(empty).withUnread(sorted(statement));
      assertThat(codes(RuleCases.clean().withLayers(unread))).doesNotContain("SUR110");
    }
  }

  private static java.util.SortedSet<String> sorted(String... names) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(List.of(names)));
  }
}

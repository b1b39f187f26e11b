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
    // but SUR114: the unread statement may be what uses a declaration (its own test, below)
    assertThat(all.stream().filter(c -> !c.equals(code) && !c.equals("SUR114")).toList())
        .containsExactlyInAnyOrderElementsOf(unread.stream().filter(c -> !c.equals("SUR114"))
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

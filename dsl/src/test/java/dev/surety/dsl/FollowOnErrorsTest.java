package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.Arrangement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement that is written but cannot be read is reported once, where it stands (SUR001 for its
 * syntax, SUR005 for a value outside its list), and nothing that only follows from it is reported
 * besides: not the statement missing (SUR103, SUR104, SUR105, SUR107, SUR115, SUR116), nor the ids
 * its declaration would have declared as undeclared (SUR101). RULES.md: "parsing recovers and
 * reports every independent error in the file".
 */
class FollowOnErrorsTest {

  private static final String PARTIES =
      "party UA \"Ukraine\".\nparty US \"United States\"; legislature Congress.\n";
  private static final String COMPLETE_BUT_KIND =
      "  beneficiary UA.\n  instrument treaty.\n  duration 10 years.\n"
      + "  withdrawal notice 12 months.\n"
      + "  US backstop: air defence; requires Congress ratification.\n";

  private static Report check(String text) {
    return Surety.create().check(text, "draft.surety");
  }

  private static List<String> codes(Report report) {
    return report.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void aKindOutsideItsListIsOneErrorNotAMissingKindToo() {
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind guarant.\n" + COMPLETE_BUT_KIND
        + "}\n");
    assertThat(codes(report)).contains("SUR005").doesNotContain("SUR103");
    assertThat(report.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.unread()).containsExactly("kind"));
  }

  @Test
  void aHeaderWithASyntaxErrorIsNotReportedMissing() {
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind: guarantee.\n"
        + "  beneficiary: UA.\n  instrument treaty.\n  duration 10 yeers.\n"
        + "  withdrawal notice 12 months.\n"
        + "  US backstop: air defence; requires Congress ratification.\n}\n");
    assertThat(codes(report)).contains("SUR001", "SUR005")
        .doesNotContain("SUR103", "SUR104", "SUR107");
    Arrangement a = report.arrangements().get(0);
    assertThat(a.unread()).containsExactly("beneficiary", "duration", "kind");
  }

  @Test
  void aStatementThatIsReallyMissingIsStillReported() {
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind guarant.\n  beneficiary UA.\n"
        + "  US backstop: air defence; requires Congress ratification.\n}\n");
    assertThat(codes(report)).contains("SUR005", "SUR107", "SUR115", "SUR116")
        .doesNotContain("SUR103");
  }

  @Test
  void aCommitmentWithASyntaxErrorDoesNotLeaveTheArrangementWithoutCommitments() {
    Report broken = check(PARTIES + "arrangement \"A\" {\n  kind guarantee.\n" + COMPLETE_BUT_KIND
        .replace("US backstop: air defence;", "US backstop: air defence; on armed atack;")
        + "}\n");
    assertThat(codes(broken)).contains("SUR001").doesNotContain("SUR105");
    assertThat(broken.arrangements().get(0).unread()).containsExactly("commitment");

    Report none = check(PARTIES + "arrangement \"A\" {\n  kind guarantee.\n  beneficiary UA.\n}\n");
    assertThat(codes(none)).contains("SUR105");
  }

  @Test
  void aGuaranteeWhoseOnlyCommitmentHasASyntaxErrorIsNotReportedNoGuaranteeToo() {
    String draft = """
        arrangement "T" {
          kind guarantee.
          status draft.
          dated 2025-01-01.
          instrument treaty.
          beneficiary UA.
          against RU.
          covers air.
          party UA "Ukraine".
          party RU "Russia".
          party FR "France".
          trigger attack: armed attack; by RU.
          FR mutual defence: air, air defence; on attack; immediate.
          duration 15 years.
          withdrawal notice 12 months.
        }
        """;
    assertThat(check(draft).diagnostics()).isEmpty();
    for (String broken : List.of("on armed attack; immediate.", "on attack immediate.",
        "on attack; immediate")) {
      Report report = check(draft.replace("on attack; immediate.", broken));
      assertThat(codes(report)).as(broken).containsExactly("SUR001");
    }
    // the commitment really missing: not a guarantee, and air is covered by nobody
    assertThat(codes(check(draft.replace(
        "  FR mutual defence: air, air defence; on attack; immediate.\n", ""))))
        .contains("SUR105", "SUR112", "SUR205").doesNotContain("SUR001");
  }

  @Test
  void aCommitmentWithASyntaxErrorInALayerCountsAsWritten() {
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind guarantee.\n  beneficiary UA.\n"
        + "  layer \"Air\" {\n    US backstop: air defence; on armed atack.\n  }\n}\n");
    assertThat(codes(report)).contains("SUR001").doesNotContain("SUR105");
  }

  @Test
  void aLayerWhoseOnlyCommitmentHasASyntaxErrorIsNotReportedEmpty() {
    String draft = PARTIES + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  US military aid: air defence.\n"
        + "  layer \"Air\" {\n    US backstop: air defence; on armed atack.\n  }\n}\n";
    Report report = check(draft);
    assertThat(codes(report)).contains("SUR001").doesNotContain("SUR110");
    assertThat(report.arrangements().get(0).layers()).singleElement()
        .satisfies(l -> assertThat(l.unread()).containsExactly("commitment"));
    assertThat(report.arrangements().get(0).unread()).contains("commitment");
    assertThat(codes(check(draft.replace("    US backstop: air defence; on armed atack.\n", ""))))
        .contains("SUR110");
  }

  @Test
  void aLayerWithoutTitleIsReadWithItsCommitments() {
    // `layer {`: the title is said to be missing, and the layer is read (before, it was skipped
    // whole and its commitments counted unread)
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  layer {\n    US military aid: air defence.\n  }\n}\n");
    assertThat(codes(report)).contains("SUR001").doesNotContain("SUR105", "SUR110");
    assertThat(report.arrangements().get(0).layers()).singleElement()
        .satisfies(l -> assertThat(l.commitments()).hasSize(1));
  }

  @Test
  void aLayerThatCannotBeReadAtAllLeavesItsCommitmentsUnread() {
    // a title that is neither quoted nor words before a `{`: the layer is skipped whole
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  layer . {\n    US military aid: air defence.\n  }\n}\n");
    assertThat(codes(report)).contains("SUR001").doesNotContain("SUR105");
    assertThat(report.arrangements().get(0).unread()).contains("commitment", "layer");
  }

  @Test
  void anIdWhoseDeclarationHasASyntaxErrorIsNotUndeclaredToo() {
    Report report = check("party UA \"Ukraine\".\nparty US \"United States\" legislature Congress.\n"
        + "trigger T \"armed attack\".\n"
        + "arrangement \"A\" {\n  kind guarantee.\n  beneficiary UA.\n"
        + "  party PL \"Poland\"; legislature.\n"
        + "  US, PL backstop: air defence; on T.\n"
        + "  DE backstop: air defence; on T.\n}\n");
    List<Diagnostic> undeclared =
        report.diagnostics().stream().filter(d -> d.code().equals("SUR101")).toList();
    // US, T (file level) and PL (in the arrangement) were written with errors; DE never was
    assertThat(undeclared).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("`DE` is not declared"));
    assertThat(codes(report).stream().filter("SUR001"::equals)).hasSize(3);
  }

  @Test
  void anIdWrittenWithACharacterAnIdCannotHoldIsNotUndeclaredToo() {
    // `_RU`, `$RU`, `1RU`, `R@U`, `R U`: the id the drafter meant is RU, and its uses are the one
    // error's consequences; a trigger's id alike; an id no declaration meant (DE) is still reported
    for (String written : List.of("_RU", "$RU", "1RU", "R@U", "R U")) {
      Report report = check("party UA \"Ukraine\".\nparty " + written + " \"Russia\".\n"
          + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n  against RU.\n"
          + "  trigger _attack: armed attack; by RU.\n"
          + "  DE backstop: air defence; on attack.\n}\n");
      assertThat(report.diagnostics()).as(written).filteredOn(d -> d.code().equals("SUR101"))
          .singleElement()
          .satisfies(d -> assertThat(d.message()).startsWith("`DE` is not declared"));
      assertThat(codes(report).stream().filter("SUR001"::equals)).as(written).hasSize(2);
    }
  }

  @Test
  void aDraftWithoutErrorsHasNothingUnread() {
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind guarantee.\n" + COMPLETE_BUT_KIND
        + "}\n");
    assertThat(report.arrangements().get(0).unread()).isEmpty();
    assertThat(codes(report)).doesNotContain("SUR001", "SUR005", "SUR105");
  }

  @Test
  void aQualifierOutsideItsListIsOneErrorNotAMissingQualifierToo() {
    Report report = check(PARTIES + "trigger T: armed attack.\narrangement \"A\" {\n"
        + "  kind guarantee.\n  beneficiary UA.\n"
        + "  US backstop: air defence; on T; within 24 hourz; requires Congress ratification.\n}\n");
    assertThat(codes(report)).contains("SUR005").doesNotContain("SUR113");
    assertThat(report.arrangements().get(0).commitments().get(0).unread())
        .containsExactly("within");
  }

  @Test
  void aDeclarationUsedOnlyByAStatementThatCouldNotBeReadIsNotUnused() {
    String draft = PARTIES + "arrangement \"A\" {\n  kind guarantee.\n  beneficiary UA.\n"
        + "  party PL \"Poland\".\n  US backstop: air defence.\n"
        + "  PL backstop: air defence; on armed atack.\n}\n";
    assertThat(codes(check(draft))).contains("SUR001").doesNotContain("SUR114");
    assertThat(codes(check(draft.replace("  PL backstop: air defence; on armed atack.\n", ""))))
        .contains("SUR114");
  }

  @Test
  void aDeclarationThatAnUndeclaredReferenceMayMeanIsNotReportedUnused() {
    String draft = """
        arrangement "T" {
          kind assurance.
          beneficiary UA.
          against RU.
          party UA "Ukraine".
          party RU "Russia".
          party FR "France".
          trigger attack: armed attack; by RU.
          FR military aid: air defence; on attack.
        }
        """;
    assertThat(codes(check(draft))).doesNotContain("SUR101", "SUR114");
    // the trigger mistyped: attack is what it meant
    Report typo = check(draft.replace("on attack.", "on atack."));
    assertThat(typo.diagnostics()).filteredOn(d -> d.code().equals("SUR101")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("did you mean `attack`?"));
    assertThat(codes(typo)).doesNotContain("SUR114");
    // the beneficiary undeclared: UA may be what it meant
    Report beneficiary = check(draft.replace("beneficiary UA.", "beneficiary UK."));
    assertThat(codes(beneficiary)).contains("SUR101").doesNotContain("SUR114");
    // an undeclared party does not hold back an unused trigger, nor the other way round
    assertThat(check(draft.replace("beneficiary UA.", "beneficiary UK.")
        .replace("on attack.", "on attack.\n  trigger blockade: blockade.")).diagnostics())
        .filteredOn(d -> d.code().equals("SUR114")).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("trigger blockade"));
    assertThat(check(draft.replace("on attack.", "on atack.\n  party PL \"Poland\".")).diagnostics())
        .filteredOn(d -> d.code().equals("SUR114")).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("party PL \"Poland\""));
  }

  @Test
  void anIdThatADeclarationInAnotherCaseMeantToDeclareIsNotUndeclaredToo() {
    Report report = check("Party UA \"Ukraine\".\narrangement \"A\" {\n  kind assurance.\n"
        + "  beneficiary UA.\n  Party PL \"Poland\".\n  PL backstop: air defence.\n"
        + "  DE backstop: air defence.\n}\n");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().start().line()).containsExactly(1, 5);
    // UA and PL were meant to be declared; DE never was
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR101")).singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("`DE` is not declared"));
  }

  private static final String BODY = "  kind guarantee.\n  beneficiary UA.\n  instrument treaty.\n"
      + "  duration 10 years.\n  withdrawal notice 12 months.\n  party RU \"Russia\".\n"
      + "  trigger attack: armed attack; by RU.\n"
      + "  US backstop: air defence; on attack; immediate; requires Congress ratification.\n";

  @Test
  void aTitleWithoutQuotesIsReadAsTheTitleNotTakenFromTheBody() {
    // before: the parser skipped to the first string of the body, `"Russia"`, took it for the
    // title, and every statement before it was reported missing
    Report report = check(PARTIES + "arrangement Nordic Shield {\n" + BODY + "}\n");
    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR001");
      assertThat(d.message()).isEqualTo("the title of an arrangement is written in quotes:"
          + " `Nordic Shield` is read as its title");
      assertThat(d.help()).contains("write `arrangement \"Nordic Shield\" {`");
      assertThat(d.range().start().line()).isEqualTo(3);
      assertThat(d.range().start().column()).isEqualTo(13);
    });
    assertThat(report.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.title()).isEqualTo("Nordic Shield"));
    // beyond the Basic Multilingual Plane the words are taken from the tokens (found by fuzzing:
    // the text is not indexed by chars there)
    Report emoji = check(PARTIES + "// \uD83D\uDEE1\narrangement Nordic Shield {\n" + BODY + "}\n");
    assertThat(emoji.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("`Nordic Shield` is read as its title"));
    Report layer = check(PARTIES + "arrangement \"A\" {\n" + BODY.replace(
        "  US backstop", "  layer Backstop {\n  US backstop") + "  }\n}\n");
    assertThat(codes(layer)).containsExactly("SUR001");
    assertThat(layer.diagnostics().get(0).message()).startsWith("the title of a layer");
    assertThat(layer.arrangements().get(0).layers()).singleElement()
        .satisfies(l -> assertThat(l.title()).isEqualTo("Backstop"));
  }

  @Test
  void aBraceLeftOutAfterTheTitleIsSuppliedAndTheStatementsReadInside() {
    // before: every statement of the body was reported as outside an arrangement, one by one
    Report report = check(PARTIES + "arrangement \"A\"\n" + BODY + "}\n");
    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("expected `{` after the title of the arrangement that"
          + " starts at 3:1, but found `kind`; its statements are read as inside it");
      assertThat(d.range().start().line()).isEqualTo(3);
      assertThat(d.range().start().column()).isEqualTo(16);
    });
    assertThat(report.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.kind()).isPresent());
  }

  @Test
  void aStatementLeftOpenEndsWithItsLineAndTheNextStatementIsRead() {
    // a string split over two lines: `party RU` on the line after was swallowed, then RU
    // reported undeclared wherever it was used
    Report split = check(PARTIES + "arrangement \"A\" {\n" + BODY.replace(
        "  party RU \"Russia\".\n", "  party BY \"Bela\nrus\".\n  party RU \"Russia\".\n") + "}\n");
    assertThat(codes(split)).containsExactly("SUR001");
    assertThat(split.diagnostics().get(0).message()).startsWith("unterminated string");
    // a comment closed early (comments do not nest): `kind` on the next line was swallowed
    Report comment = check(PARTIES + "arrangement \"A\" {\n  /* outer /* inner */ still? */\n"
        + BODY + "}\n");
    assertThat(codes(comment)).containsExactly("SUR001");
    assertThat(comment.arrangements().get(0).kind()).isPresent();
    Report stray = check(PARTIES + "arrangement \"A\" {\n  /* note /* inner */ end */\n"
        + BODY + "}\n");
    assertThat(stray.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.help()).hasValueSatisfying(h -> assertThat(h).startsWith("comments do not nest")));
    // a continuation line, indented deeper, is still part of the broken statement
    Report continued = check(PARTIES + "arrangement \"A\" {\n" + BODY.replace(
        "  US backstop: air defence; on attack;", "  US backstop: air defence, ;\n      on attack;")
        + "}\n");
    assertThat(codes(continued)).containsExactly("SUR001");
    // `.5`: a number without its leading 0 is one error, not the statement ended at its `.`
    // and `5 billion.` reported as a statement of its own
    Report fraction = check(PARTIES + "arrangement \"A\" {\n" + BODY.replace(
        "  duration 10 years.\n", "  duration 10 years.\n  US military aid: training; annually EUR .5 billion.\n")
        + "}\n");
    assertThat(fraction.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR001");
      assertThat(d.help()).contains("a number begins with a digit: write `0.5`");
    });
  }

  @Test
  void aTermOfZeroIsOneErrorNotAMissingOrShortTermToo() {
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind guarantee.\n"
        + COMPLETE_BUT_KIND.replace("duration 10 years.", "duration 0 years.")
            .replace("withdrawal notice 12 months.", "withdrawal notice 0 months.")
        + "}\n");
    assertThat(codes(report)).contains("SUR005").doesNotContain("SUR107", "SUR115", "SUR208");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR005")).hasSize(2);
  }

  @Test
  void partiesWithoutTheirCommaAreOneErrorNotAnUnknownKindAndAnUnusedPartyToo() {
    Report report = check(PARTIES + "arrangement \"A\" {\n  kind guarantee.\n"
        + COMPLETE_BUT_KIND + "  party PL \"Poland\".\n  US PL military aid: training.\n}\n");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("SUR001")).singleElement()
        .satisfies(d -> assertThat(d.help()).hasValue("write `US, PL military aid`"));
    assertThat(codes(report)).doesNotContain("SUR108", "SUR114", "SUR111");
  }

  @Test
  void aHeaderWithoutQuotesAndBraceOrWithoutTitleKeepsItsBody() {
    // both mistakes at once: one error each, the body read inside the arrangement
    Report both = check(PARTIES + "arrangement Nordic Shield\n" + BODY + "}\n");
    assertThat(codes(both)).containsExactly("SUR001", "SUR001");
    assertThat(both.arrangements()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Nordic Shield");
      assertThat(a.kind()).isPresent();
    });
    // `:` and `;` may stand in a title written without quotes
    Report colon = check(PARTIES + "arrangement Shield: v2 {\n" + BODY + "}\n");
    assertThat(codes(colon)).containsExactly("SUR001");
    assertThat(colon.arrangements().get(0).title()).isEqualTo("Shield: v2");
    // curly quotes from a word processor: the title without them, and the hint that says so
    Report curly = check(PARTIES + "arrangement \u201CNordic Shield\u201D {\n" + BODY + "}\n");
    assertThat(curly.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
        .contains("straight quotes", "`Nordic Shield` is read as its title"));
    assertThat(curly.arrangements().get(0).title()).isEqualTo("Nordic Shield");
    // no title: said so, and the body read; never the body's first string taken for the title
    Report untitled = check(PARTIES + "arrangement {\n" + BODY + "}\n");
    assertThat(untitled.diagnostics()).singleElement().satisfies(d ->
        assertThat(d.message()).isEqualTo("an arrangement needs a title in quotes before its `{`"));
    assertThat(untitled.arrangements().get(0).title()).isEmpty();
    // a layer without quotes and brace
    Report layer = check(PARTIES + "arrangement \"A\" {\n" + BODY.replace(
        "  US backstop", "  layer Backstop\n  US backstop") + "  }\n}\n");
    assertThat(codes(layer)).containsExactly("SUR001", "SUR001");
    assertThat(layer.arrangements().get(0).layers()).singleElement()
        .satisfies(l -> assertThat(l.commitments()).hasSize(1));
  }

  @Test
  void aTitleWithAQuoteMissingStillOpensItsBlock() {
    // before: the string ran to the end of the line with the `{` in it, the arrangement was lost
    // and every statement of its body was "must be inside an arrangement"
    Report closing = check(PARTIES + "arrangement \"Nordic Shield {\n" + BODY + "}\n");
    assertThat(closing.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR001");
      assertThat(d.message()).isEqualTo("the title of an arrangement lacks its closing `\"`:"
          + " `Nordic Shield` is read as its title");
      assertThat(d.help()).hasValue("write `arrangement \"Nordic Shield\" {`");
      assertThat(d.range().start().line()).isEqualTo(3);
      assertThat(d.range().start().column()).isEqualTo(13);
      assertThat(d.range().end().column()).isEqualTo(29);
    });
    assertThat(closing.arrangements()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Nordic Shield");
      assertThat(a.kind()).isPresent();
      assertThat(a.commitments()).hasSize(1);
    });
    Report opening = check(PARTIES + "arrangement Nordic Shield\" {\n" + BODY + "}\n");
    assertThat(opening.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("the title of an arrangement lacks its opening `\"`:"
          + " `Nordic Shield` is read as its title");
      assertThat(d.help()).hasValue("write `arrangement \"Nordic Shield\" {`");
      assertThat(d.range().start().column()).isEqualTo(13);
    });
    assertThat(opening.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.title()).isEqualTo("Nordic Shield"));
    // a layer with the same slips, its `{` on the next line for one of them
    Report layers = check(PARTIES + "arrangement \"A\" {\n" + BODY.replace(
        "  US backstop", "  layer \"Backstop {\n  US backstop") + "  }\n"
        + "  layer Presence\"\n  {\n    US presence: land; on attack; immediate;"
        + " requires Congress ratification.\n  }\n}\n");
    assertThat(layers.diagnostics()).extracting(d -> d.code() + " " + d.message()).containsExactly(
        "SUR001 the title of a layer lacks its closing `\"`: `Backstop` is read as its title",
        "SUR001 the title of a layer lacks its opening `\"`: `Presence` is read as its title");
    assertThat(layers.arrangements().get(0).layers()).extracting(l -> l.title() + " "
        + l.commitments().size()).containsExactly("Backstop 1", "Presence 1");
    // the string holds more than the title and its `{`: not read as a title, as before
    Report more = check(PARTIES + "arrangement \"A { kind guarantee.\n" + BODY + "}\n");
    assertThat(more.arrangements()).isEmpty();
    // a `{` written again on the next line is matched as written, and the one in the string is
    // never supplied later to a block that lacks its own
    Report later = check(PARTIES + "arrangement \"A {\n{\n" + BODY + "}\narrangement \"B\"\n"
        + BODY + "}\n");
    assertThat(later.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(Diagnostic::message).containsExactly(
            "the title of an arrangement lacks its closing `\"`: `A` is read as its title",
            "expected `{` after the title of the arrangement that starts at 14:1, but found `kind`;"
                + " its statements are read as inside it");
  }

  @Test
  void whatALayerCannotHoldIsOneErrorNotAnEmptyLayerAndMissingCommitments() {
    // a layer inside a layer is skipped (reported); what it held may be the commitments the
    // rules look for, so none is reported missing, nor a declaration unused
    Report nested = check(PARTIES + "arrangement \"A\" {\n" + BODY.replace(
        "  US backstop", "  layer \"Backstop\" {\n  layer \"Inner\" {\n  US backstop")
        + "  }\n  }\n}\n");
    assertThat(codes(nested)).containsExactly("SUR001");
  }

  private static final String NUMBERS = """
      arrangement "T" {
        kind assurance.
        status draft.
        dated 2025-01-01.
        instrument treaty.
        beneficiary UA.
        against RU, CoW.
        party UA "Ukraine".
        party RU "Russia".
        party US "United States".
        coalition CoW "Coalition": US; size 1.
        trigger attack: armed attack; by RU.
        US military aid: air defence; annually USD 5 billion; on attack; within 5 days.
        sustain UA armed forces: 800000 personnel.
        duration 10 years.
        withdrawal notice 12 months.
      }
      """;

  /** The one diagnostic of {@code text}, which must be a SUR001 on {@code line}, else fails. */
  private static Diagnostic onlySyntaxError(String text, int line) {
    Report report = check(text);
    assertThat(report.diagnostics()).as(text).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR001");
      assertThat(d.range().start().line()).isEqualTo(line);
    });
    return report.diagnostics().get(0);
  }

  @Test
  void aNumberEndingInDotIsOneErrorAtTheNumber() {
    assertThat(check(NUMBERS).diagnostics()).isEmpty();
    // before: the `.` after 5 ended the commitment, and `billion.` was "the commitment that
    // starts at 13:51": "expected a word ..., but found `.`"
    Diagnostic money = onlySyntaxError(NUMBERS.replace("USD 5 billion", "USD 5. billion"), 13);
    assertThat(money.message()).isEqualTo("`5.` is not a number: a number cannot end in `.`");
    assertThat(money.range().start().column()).isEqualTo(46);
    assertThat(money.range().end().column()).isEqualTo(48);
    assertThat(money.help()).hasValue("write `annually USD 5 billion`, or a fraction with its"
        + " digits after the `.`, as in `5.5`");
    // a unit after it, or a scale without a space
    onlySyntaxError(NUMBERS.replace("within 5 days", "within 5. days"), 13);
    onlySyntaxError(NUMBERS.replace("USD 5 billion", "USD 5.billion"), 13);
    onlySyntaxError(NUMBERS.replace("notice 12 months", "notice 12. months"), 16);
    // a word that is no unit after it: the `.` ends the statement, and the words after it are
    // said to be the number's mistake, not a statement of their own
    Diagnostic force = onlySyntaxError(NUMBERS.replace("800000 personnel", "800000. personnel"), 14);
    assertThat(force.message()).startsWith("`800000.` is not a number");
    Diagnostic ended = onlySyntaxError(
        NUMBERS.replace("USD 5 billion; on attack", "USD 5. dollars; on attack"), 13);
    assertThat(ended.message()).isEqualTo("`5.` is not a number: a number cannot end in `.`, and"
        + " this `.` ended the commitment that starts at 13:3 before the rest of its line");
    // statements that share a line are still two statements
    assertThat(check(NUMBERS.replace("size 1.\n", "size 1. trigger t: blockade.\n"))
        .diagnostics()).extracting(Diagnostic::code).containsExactly("SUR114");
  }

  @Test
  void aRangeWhereANumberBelongsIsOneErrorAtTheRange() {
    // before: "expected a word ..., but found `.`" and "unexpected `.`: expected a statement"
    Diagnostic within = onlySyntaxError(NUMBERS.replace("within 5 days", "within 1..5 days"), 13);
    assertThat(within.message())
        .isEqualTo("`1..5` is not a number: `within` takes one length of time, not a range");
    assertThat(within.help()).hasValue("write `within 5 days`, with the one length of time meant");
    assertThat(within.range().start().column()).isEqualTo(75);
    assertThat(within.range().end().column()).isEqualTo(79);
    Report report = check(NUMBERS.replace("within 5 days", "within 1..5 days"));
    assertThat(report.arrangements()).singleElement().satisfies(a -> {
      assertThat(a.unread()).containsExactly("commitment");
      assertThat(a.durations()).hasSize(1);
      assertThat(a.withdrawals()).hasSize(1);
      assertThat(a.forceLevels()).hasSize(1);
    });
    assertThat(onlySyntaxError(NUMBERS.replace("size 1.", "size 10..30."), 11).help())
        .hasValue("write `size 30`, with the one number of members meant");
    assertThat(onlySyntaxError(NUMBERS.replace("duration 10", "duration 5..10"), 15).help())
        .hasValue("write `duration 10 years`, with the one length of time meant");
    assertThat(onlySyntaxError(NUMBERS.replace("USD 5 billion", "USD 1.5..2.5 billion"), 13)
        .help()).hasValue("write `annually USD 2.5 billion`, with the one sum meant");
  }

  private static final String OPEN = """
      arrangement "T" {
        kind guarantee.
        status draft.
        dated 2025-01-01.
        instrument treaty.
        beneficiary UA.
        against RU.
        party UA "Ukraine".
        party RU "Russia".
        party UK "United Kingdom".
        party US "United States".
        trigger attack: armed attack; by RU.
        UK backstop: air defence, intelligence,
          naval; on attack; within 5 days.
        US backstop: intelligence; on attack; immediate.
        duration 10 years.
        withdrawal notice 12 months.
      }
      """;

  private static List<String> messages(Report report) {
    return report.diagnostics().stream().map(Diagnostic::message).toList();
  }

  @Test
  void aLineThatBeginsAStatementEndsTheStatementLeftOpenBeforeIt() {
    // a list broken after `,` (and items after `:`) continue on the next line: one statement
    assertThat(check(OPEN).diagnostics()).isEmpty();
    assertThat(check(OPEN.replace("UK backstop: air defence", "UK backstop:\n    air defence"))
        .diagnostics()).isEmpty();
    // before: after the error on the UK commitment, the US commitment, also without its `.`,
    // was skipped up to the `.` of `duration`, without a word
    Report report = check(OPEN.replace("within 5 days.", "within 1..5 days")
        .replace("; immediate.", ""));
    assertThat(messages(report)).containsExactly(
        "`1..5` is not a number: `within` takes one length of time, not a range",
        "expected `.` to end the commitment that starts at 13:3; the next line begins a new"
            + " statement with `US`",
        "US backstop (line 15) is triggered (on attack) but does not say how soon US must act",
        "expected `.` to end the commitment that starts at 15:3; the next line begins a new"
            + " statement with `duration`");
    assertThat(report.diagnostics().get(3).help()).hasValue("end line 15 with `.`");
    assertThat(report.diagnostics().get(3).range().start().line()).isEqualTo(15);
    // the US commitment, complete but for its `.`, is read and kept; so is the duration
    Arrangement a = report.arrangements().get(0);
    assertThat(a.commitments()).hasSize(2).last()
        .satisfies(c -> assertThat(c.range().start().line()).isEqualTo(15));
    assertThat(a.durations()).hasSize(1);
    assertThat(a.unread()).containsExactly("commitment");
    // a commitment whose items end the line, before another commitment
    Report items = check(OPEN.replace("within 5 days.", "within 5 days")
        .replace("on attack; within 5 days", "on attack; within 5 days.\n  UK training: air")
        .replace("within 5 days\n", "within 5 days.\n"));
    assertThat(messages(items)).singleElement().asString()
        .startsWith("expected `.` to end the commitment that starts at 15:3; the next line");
    assertThat(items.arrangements().get(0).commitments()).hasSize(3);
  }

  @Test
  void aLineEndingInSemicolonLeavesItsStatementOpen() {
    Report report = check(OPEN.replace("within 5 days.", "within 5 days;"));
    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("expected `.` to end the commitment that starts at 13:3,"
          + " but its line ends in `;`, which leaves it open, and the next line begins a new"
          + " statement");
      assertThat(d.range().start().line()).isEqualTo(14);
    });
    assertThat(report.arrangements().get(0).commitments()).singleElement()
        .satisfies(c -> assertThat(c.range().start().line()).isEqualTo(15));
  }

  @Test
  void linesThatRecoverySkipsAreNamed() {
    // a continuation line after an error is skipped with its statement: the note says so
    Report report = check(OPEN.replace("within 5 days.", "within 5 dayz extra\n    words."));
    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR001");
      assertThat(d.related()).singleElement().satisfies(r -> {
        assertThat(r.message()).isEqualTo(
            "line 15 is not read: skipped with the statement in error, up to its `.`");
        assertThat(r.range().start().line()).isEqualTo(15);
      });
    });
    // the error's own line only: no note
    assertThat(check(OPEN.replace("within 5 days.", "within 5 dayz extra.")).diagnostics())
        .singleElement().satisfies(d -> assertThat(d.related()).isEmpty());
  }

  private static final String GUARANTEE_WITH_MEMO = """
      arrangement "T" {
        kind guarantee.
        dated 2025-01-01.
        instrument memo.
        beneficiary UA.
        party UA "Ukraine".
        party UK "United Kingdom".
        party RU "Russia".
        trigger attack: armed attack; by RU.
        UK backstop: air; on attack; immediate.
        duration 15 years.
        withdrawal notice 12 months.
      }
      """;

  @Test
  void aGuaranteeLackingOnlyTheInstrumentThatCouldNotBeReadIsNotReportedNoGuaranteeToo() {
    Report report = check(GUARANTEE_WITH_MEMO);
    assertThat(codes(report)).containsExactly("SUR005");
    // the assessment still scores it without the instrument, and says why in words that are true
    assertThat(report.assessments().get(0).scorecard().get(3).reason())
        .contains("the `instrument` statement could not be read (its error says why)")
        .doesNotContain("no `instrument` is written");
  }

  @Test
  void aGuaranteeLackingMoreThanTheInstrumentSaysTheInstrumentWasNotReadNotThatItIsMissing() {
    Report report = check(GUARANTEE_WITH_MEMO.replace("; on attack", ""));
    assertThat(report.diagnostics().stream().filter(d -> d.code().equals("SUR205")))
        .singleElement().satisfies(d -> assertThat(d.message()).isEqualTo(
            "arrangement \"T\" claims to be a guarantee, but no commitment is guarantee-grade;"
                + " the nearest, UK backstop (line 10), lacks: it has no trigger (`on`); the"
                + " `instrument` statement could not be read (its error says why), so nothing"
                + " binds in law"));
    // an instrument that is really missing is still named so
    assertThat(check(GUARANTEE_WITH_MEMO.replace("  instrument memo.\n", "")).diagnostics())
        .filteredOn(d -> d.code().equals("SUR205")).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("no `instrument` is written"));
  }
}

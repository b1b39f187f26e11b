package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.model.Arrangement;
import dev.surety.core.model.Commitment;
import dev.surety.core.source.SourceRange;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompilerTest {

  private static final Path GOLDEN = GoldenTest.GOLDEN;

  @Test
  void threeIndependentSyntaxErrorsGiveExactlyThreeInWords() {
    Compilation c = SuretyCompiler.create().compile(GOLDEN.resolve("syntax-errors.surety-broken"));
    List<Diagnostic> errors = c.diagnostics().stream()
        .filter(d -> d.code().equals("SUR001")).collect(Collectors.toList());
    assertThat(errors).hasSize(3);
    assertThat(errors).extracting(d -> d.range().start().line()).containsExactly(4, 5, 6);
    assertThat(errors).allSatisfy(d -> assertThat(d.message())
        .startsWith("expected ").doesNotContain("mismatched").doesNotContain("{"));
    assertThat(errors.get(0).message())
        .isEqualTo("expected `.` to end the `party` declaration that starts at 4:3, but found `legislature`");
  }

  @Test
  void theLanguageExampleCarriesItsRanges() {
    Compilation c = SuretyCompiler.create().compile(GOLDEN.resolve("framework.surety"));
    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.files()).extracting(f -> f.path())
        .containsExactly("framework.surety", "parties/europe.surety");
    Arrangement a = c.arrangements().get(0);
    assertThat(a.range()).isEqualTo(SourceRange.of("framework.surety", 4, 1, 38, 2));
    assertThat(a.kind().orElseThrow().range()).isEqualTo(SourceRange.of("framework.surety", 5, 8, 5, 17));
    assertThat(a.party("UK").orElseThrow().range())
        .isEqualTo(SourceRange.of("parties/europe.surety", 2, 1, 2, 51));
    assertThat(a.party("UK").orElseThrow().shared()).isTrue();
    assertThat(a.party("US").orElseThrow().shared()).isFalse();
    Commitment backstop = a.layers().get(2).commitments().get(1);
    assertThat(backstop.range()).isEqualTo(SourceRange.of("framework.surety", 31, 5, 32, 40));
    assertThat(backstop.kind().range()).isEqualTo(SourceRange.of("framework.surety", 31, 8, 31, 16));
    assertThat(backstop.triggers().get(0).range())
        .isEqualTo(SourceRange.of("framework.surety", 31, 66, 31, 72));
    assertThat(backstop.requirements().get(0).range())
        .isEqualTo(SourceRange.of("framework.surety", 32, 9, 32, 39));
    assertThat(a.coalition("CoW").orElseThrow().size().orElseThrow().range())
        .isEqualTo(SourceRange.of("framework.surety", 18, 85, 18, 87));
    assertThat(a.durations().get(0).length().orElseThrow().range())
        .isEqualTo(SourceRange.of("framework.surety", 35, 12, 35, 20));
    assertThat(c.files().get(0).includes().get(0).range())
        .isEqualTo(SourceRange.of("framework.surety", 2, 1, 2, 33));
    // every element carries a real range
    assertThat(a.allCommitments()).allSatisfy(x -> assertThat(x.range().isKnown()).isTrue());
    assertThat(a.declarations()).allSatisfy(x -> assertThat(x.range().isKnown()).isTrue());
  }

  @Test
  void columnsCountCodePoints() {
    String source = "party Україна \"🇺🇦\".\narrangement \"🛡️\" { beneficiary Україна. 🚀 }\n";
    Compilation c = SuretyCompiler.create().compile(source, "u.surety");
    Arrangement a = c.arrangements().get(0);
    assertThat(a.beneficiaries().get(0).range()).isEqualTo(SourceRange.of("u.surety", 2, 32, 2, 39));
    assertThat(c.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.range()).isEqualTo(SourceRange.of("u.surety", 2, 41, 2, 42));
      assertThat(d.message()).contains("U+1F680");
    });
  }

  @Test
  void unicodeSpacesAndSeparatorsSeparateTokensAsASpaceDoes() {
    // a no-break space (text pasted from a treaty), an em space, the ideographic space, U+2028,
    // U+2029 and NEL: whitespace, and none of them ends a line
    String plain = "party UA \"U\".\narrangement \"A\" {\n  kind guarantee. beneficiary UA."
        + " UA air defence: air defence; within 3 days.\n}\n";
    String unicode = "party\u00A0UA \"U\".\narrangement \"A\" {\n  kind\u2003guarantee.\u2028"
        + "beneficiary\u3000UA.\u0085UA air\u00A0defence:\u2029air\u202Fdefence; within\u00A03"
        + "\u2009days.\n}\n";
    Compilation a = SuretyCompiler.create().compile(plain, "a.surety");
    Compilation b = SuretyCompiler.create().compile(unicode, "a.surety");
    assertThat(a.diagnostics()).isEmpty();
    assertThat(b.diagnostics()).isEmpty();
    assertThat(b.arrangements()).isEqualTo(a.arrangements());
    Commitment aid = b.arrangements().get(0).commitments().get(0);
    assertThat(aid.items()).extracting(i -> i.text()).containsExactly("air defence");
    assertThat(aid.range().start().line()).isEqualTo(3);
    assertThat(aid.range().start().column()).isEqualTo(35);
  }

  @Test
  void aSoftHyphenInsideAWordIsHiddenTextNotAnUnexpectedCharacter() {
    Compilation c = SuretyCompiler.create().compile("party UA \"U\".\narrangement \"A\" {\n"
        + "  UA military aid: air\u00ADdefence.\n}\n", "a.surety");
    assertThat(c.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR006");
      assertThat(d.range()).isEqualTo(SourceRange.of("a.surety", 3, 23, 3, 24));
      assertThat(d.message()).contains("U+00AD (SOFT HYPHEN)");
    });
    // kept out of the way like a zero-width space: the words on either side of it
    assertThat(c.arrangements().get(0).commitments().get(0).items())
        .extracting(i -> i.text()).containsExactly("air defence");
  }

  @Test
  void crlfAndBom() {
    Compilation c = SuretyCompiler.create()
        .compile("\uFEFFparty UA \"U\".\r\narrangement \"A\" {\r\n  beneficiary UA.\r\n}\r\n", "c.surety");
    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.files().get(0).parties().get(0).range()).isEqualTo(SourceRange.of("c.surety", 1, 1, 1, 14));
    assertThat(c.arrangements().get(0).beneficiaries().get(0).range())
        .isEqualTo(SourceRange.of("c.surety", 3, 15, 3, 17));
  }

  @Test
  void aFileIncludedByTwoPathsIsCompiledOnce() {
    Compilation c = SuretyCompiler.create().compile(GOLDEN.resolve("includes.surety"));
    assertThat(c.files()).extracting(f -> f.path()).containsOnlyOnce("parties/europe.surety");
    assertThat(c.arrangements().get(0).parties()).extracting(p -> p.id())
        .contains("UK", "FR", "DE", "IT", "PL").doesNotHaveDuplicates();
  }

  @Test
  void contextualKeywordsInsidePhrases() {
    Compilation c = SuretyCompiler.create().compile(
        "party RU \"R\".\ntrigger t: attack on shipping by sea at night; by RU.\n", "k.surety");
    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.files().get(0).triggers().get(0).event().text())
        .isEqualTo("attack on shipping by sea at night");
  }

  @Test
  void everyCompilerRuleIsDocumented() {
    assertThat(CompilerRules.all()).extracting(RuleDescriptor::code)
        .containsExactly("SUR001", "SUR002", "SUR003", "SUR005", "SUR006", "SUR101", "SUR102");
    assertThat(CompilerRules.all()).allSatisfy(r -> {
      assertThat(r.failingExample()).isNotBlank();
      assertThat(r.passingExample()).isNotBlank();
      if (r.code().equals("SUR002")) {
        return; // its examples need files on disk: see includes.surety in the golden suite
      }
      Compilation passing = SuretyCompiler.create().compile(r.passingExample(), "passing.surety");
      assertThat(passing.diagnostics()).as(r.code() + " passing").extracting(Diagnostic::code).doesNotContain(r.code());
      if (!r.code().equals("SUR003")) {
        Compilation failing = SuretyCompiler.create().compile(r.failingExample(), "failing.surety");
        assertThat(failing.diagnostics()).as(r.code() + " failing").extracting(Diagnostic::code).contains(r.code());
      }
    });
  }

  @Test
  void aColonAfterAHeadersKeywordGetsTheStatementWithoutIt() {
    Compilation c = SuretyCompiler.create().compile("arrangement \"A\" {\n  kind: assurance.\n"
        + "  covers: land, air.\n  duration: 10 years; renewable.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.help().orElse(""))
        .containsExactly(
            "`kind` takes no `:`; write `kind assurance.`",
            "`covers` takes no `:`; write `covers land, air.`",
            "`duration` takes no `:`; write it as in `duration 10 years.`");
  }

  @Test
  void aKeywordInAnotherCaseIsNamedOnce() {
    Compilation c = SuretyCompiler.create().compile("Party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  Kind guarantee.\n  Duration 10 years.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start().line() + ":"
        + d.range().start().column() + " " + d.message() + " / " + d.help().orElse(""))
        .containsExactly(
            "SUR001 1:1 `Party` is not a keyword: the language's keywords are written in lower case,"
                + " `party` / write `party`",
            "SUR001 3:3 `Kind` is not a keyword: the language's keywords are written in lower case,"
                + " `kind` / write `kind`",
            "SUR001 4:3 `Duration` is not a keyword: the language's keywords are written in lower"
                + " case, `duration` / write `duration`");
    assertThat(c.arrangements()).singleElement().satisfies(a -> {
      assertThat(a.commitments()).isEmpty();
      assertThat(a.unread()).containsExactly("duration", "kind");
    });
  }

  @Test
  void curlyQuotesAreNamedAsAWordProcessorsQuotes() {
    Compilation c = SuretyCompiler.create().compile(
        "party UA \u201CUkraine\u201D.\n", "a.surety");
    assertThat(c.diagnostics()).first().satisfies(d -> {
      assertThat(d.message()).startsWith("unexpected character `\u201C` (U+201C)");
      assertThat(d.help()).hasValueSatisfying(h -> assertThat(h).contains("straight quotes"));
    });
  }

  @Test
  void aTriggersEventWrittenWhereItsIdBelongsIsExplained() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "trigger attack: armed attack.\narrangement \"A\" {\n"
        + "  US backstop: air defence; on armed attack.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001")).singleElement()
        .satisfies(d -> assertThat(d.help()).hasValue("`on` names triggers by their ids, one word"
            + " each (`on attack`), declared as `trigger attack: armed attack.`"));
  }

  @Test
  void aTermWithAnUnreadableValueSaysWhatFollowsItsKeyword() {
    Compilation c = SuretyCompiler.create().compile("arrangement \"A\" {\n"
        + "  duration ten years.\n  withdrawal 12 months.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(Diagnostic::message).containsExactly(
            "expected a duration (`10 years`), `indefinite` or `until` after `duration` in the"
                + " `duration` statement that starts at 2:3, but found `ten`",
            "expected `notice` and a duration, or `at will` after `withdrawal` in the `withdrawal`"
                + " statement that starts at 3:3, but found number `12`");
  }

  @Test
  void anIdInQuotesIsShownWithout() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  beneficiary \"UA\".\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001")).singleElement()
        .satisfies(d -> assertThat(d.help()).hasValue("an id is written without quotes: `UA`"));
  }

  @Test
  void aPhraseInQuotesIsNamedForWhatItIsNotAnId() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  kind \"guarantee\".\n  status \"draft\".\n"
        + "  instrument \"treaty\".\n  covers \"land\".\n  trigger t: \"armed attack\".\n"
        + "  UA \"military aid\": air.\n  UA military aid: air; within 3 \"days\".\n"
        + "  sustain UA \"armed forces\": 800000 personnel.\n  against \"UA\".\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().start().line() + " " + d.help().orElse("")).containsExactly(
            "3 a kind is written without quotes: `guarantee`",
            "4 a status is written without quotes: `draft`",
            "5 an instrument is written without quotes: `treaty`",
            "6 a domain is written without quotes: `land`",
            "7 an event is written without quotes: `armed attack`",
            "8 a kind is written without quotes: `military aid`",
            "9 a unit is written without quotes: `days`",
            "10 a force is written without quotes: `armed forces`",
            // where an id is expected, it is still an id
            "11 an id is written without quotes: `UA`");
  }

  @Test
  void aDateInAnotherOrderIsRewrittenYearFirst() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "arrangement \"A\" {\n"
        + "  US backstop: air defence; by 30-01-2030.\n"
        + "  US backstop: air defence; by 01/30/2030.\n"
        + "  US backstop: air defence; by 03-04-2030.\n"
        + "  US backstop: air defence; by 2030/01/30.\n"
        + "  dated 29.12.2025.\n"
        + "  US backstop: air defence; by 31-02-2030.\n"
        + "  US backstop: air defence; by 30 January 2030.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().start().line() + " " + d.help().orElse("")).containsExactly(
            "3 write the date year first: `by 2030-01-30`",
            "4 write the date year first: `by 2030-01-30`",
            // both readings are dates: both are offered
            "5 write the date year first: `by 2030-04-03` if `03` is the day, `by 2030-03-04` if"
                + " it is the month",
            "6 a date is written `YYYY-MM-DD`: write `by 2030-01-30`",
            "7 write the date year first: `dated 2025-12-29`",
            // no reading is a date: how a date is written
            "8 a date is written year first, `YYYY-MM-DD`, as in `by 2030-12-31`",
            "9 a date is written year first, `YYYY-MM-DD`, as in `by 2030-12-31`");
  }

  @Test
  void aBareYearIsOfferedAFullDateOrTheWordingInQuotes() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "arrangement \"A\" {\n"
        + "  US military aid: air; until 2030.\n"
        + "  duration until 2030.\n"
        + "  US backstop: air; by 2030.\n"
        + "  dated 2025.\n"
        + "  US military aid: air; until ceasefire.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().start().line() + " " + d.help().orElse("")).containsExactly(
            "3 write a full date (`until 2030-12-31`) or the wording in quotes (`until \"2030\"`)",
            "4 write a full date (`until 2030-12-31`) or the wording in quotes (`until \"2030\"`)",
            "5 write a full date, year first: `by 2030-12-31`",
            "6 write a full date, year first: `dated 2025-MM-DD`, with its month and day",
            "7 write a date (`until 2030-12-31`) or the wording in quotes (`until \"ceasefire\"`)");
  }

  @Test
  void wordsWhereAStringIsExpectedAreOfferedInQuotes() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "arrangement \"A\" {\n"
        + "  modeled on NATO.\n"
        + "  modeled on NATO Article 5.\n"
        + "  condition ceasefire holds.\n"
        + "  US backstop: air; only in Donbas; excluding Crimea.\n"
        + "  party UA Ukraine; legislature Rada.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().start().line() + " " + d.help().orElse("")).containsExactly(
            "3 write the model in quotes: `modeled on \"NATO\"`",
            "4 write the model in quotes: `modeled on \"NATO Article 5\"`",
            "5 write the condition in quotes: `condition \"ceasefire holds\"`",
            "6 write the place in quotes: `only in \"Donbas\"`",
            "7 write the name in quotes: `party UA \"Ukraine\"`");
  }

  @Test
  void twoBeneficiariesInOneStatementAreExplained() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\nparty PL \"Poland\".\n"
        + "arrangement \"A\" {\n  beneficiary UA, PL.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001")).singleElement()
        .satisfies(d -> assertThat(d.help()).hasValue("an arrangement protects one beneficiary:"
            + " keep one, and draft a separate arrangement for each other"));
  }

  @Test
  void aUnitOrScaleWrittenShortIsOfferedInFull() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\narrangement \"A\" {\n"
        + "  duration 10 yrs.\n  UA military aid: air; within 72 h; total EUR 3 bn.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR005"))
        .extracting(Diagnostic::message).containsExactly(
            "`yrs` is not a unit of time; did you mean `years`?",
            "`h` is not a unit of time; did you mean `hours`?",
            "`bn` is not a scale of money; did you mean `billion`?");
  }

  @Test
  void aMissingSemicolonBetweenQualifiersAndASemicolonEndingAHeaderAreExplained() {
    Compilation header = SuretyCompiler.create().compile(
        "arrangement \"A\" {\n  kind guarantee;\n}\n", "a.surety");
    assertThat(header.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.help().orElse("")).containsExactly(
            "a header ends with `.`; `;` separates the parts of a commitment or a declaration");
    // the statement on the next line is read as it stands, not skipped with the broken one
    Compilation next = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  kind guarantee;\n  beneficiary UA.\n}\n", "a.surety");
    assertThat(next.diagnostics()).extracting(Diagnostic::code).containsExactly("SUR001");
    assertThat(next.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.beneficiaries()).extracting(r -> r.id()).containsExactly("UA"));
    Compilation qualifiers = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "trigger A: armed attack.\narrangement \"A\" {\n"
        + "  US backstop: air defence; on A within 3 days.\n}\n", "a.surety");
    assertThat(qualifiers.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.help().orElse("")).containsExactly(
            "qualifiers are separated by `;`: write `; within`");
  }

  @Test
  void aMisspeltQualifierIsOfferedTheKeyword() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "trigger attack: armed attack.\narrangement \"A\" {\n"
        + "  US backstop: air defence; on attack; imediate.\n"
        + "  US military aid: weapons; withn 3 days; on attack.\n"
        + "  US sanctions: banks; requries Congress approval.\n"
        + "  US training: officers; an attack.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(Diagnostic::message).satisfiesExactly(
            m -> assertThat(m).startsWith("expected a qualifier").endsWith(
                "but found `imediate`; did you mean `immediate`?"),
            m -> assertThat(m).endsWith("but found `withn`; did you mean `within`?"),
            m -> assertThat(m).endsWith("but found `requries`; did you mean `requires`?"),
            // a short word is as near to several keywords: none is offered
            m -> assertThat(m).endsWith("but found `an`"));
  }

  @Test
  void aBlockLeftOpenEndsWhereTheNextOfItsKindBegins() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "party UA \"Ukraine\".\n"
        + "arrangement \"One\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  layer \"L1\" {\n    US military aid: air defence.\n"
        + "  layer \"L2\" {\n    US sanctions: banks.\n  }\n\n"
        + "arrangement \"Two\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  US military aid: training.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().start().line() + ":" + d.range().start().column() + " "
            + d.message() + " | " + d.help().orElse("")).containsExactly(
            "7:34 expected `}` to close the layer that starts at 6:3 before the next layer"
                + " (line 8); it is read as ending here | add `}` after line 7",
            "10:4 expected `}` to close the arrangement that starts at 3:1 before the next"
                + " arrangement (line 12); it is read as ending here | add `}` after line 10");
    // both arrangements and both layers are read, with their commitments
    assertThat(c.arrangements()).extracting(Arrangement::title).containsExactly("One", "Two");
    assertThat(c.arrangements().get(0).layers()).hasSize(2)
        .allSatisfy(l -> assertThat(l.commitments()).hasSize(1));
    assertThat(c.arrangements().get(1).commitments()).hasSize(1);

    // a layer and its arrangement both left open: both end at the next arrangement
    Compilation both = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "party UA \"Ukraine\".\n"
        + "arrangement \"One\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  layer \"L1\" {\n    US military aid: air defence.\n\n"
        + "arrangement \"Two\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  US military aid: training.\n}\n", "a.surety");
    assertThat(both.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(Diagnostic::message).containsExactly(
            // at one position (the end of line 7): in the order of the report, by message
            "expected `}` to close the arrangement that starts at 3:1 before the next arrangement"
                + " (line 9); it is read as ending here",
            "expected `}` to close the layer that starts at 6:3 before the next arrangement"
                + " (line 9); it is read as ending here");
    assertThat(both.arrangements()).extracting(Arrangement::title).containsExactly("One", "Two");
    assertThat(both.arrangements().get(1).commitments()).hasSize(1);
  }

  @Test
  void aTermInsideALayerSaysTheLayerMayLackItsBrace() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "trigger attack: armed attack.\narrangement \"A\" {\n  kind guarantee.\n"
        + "  layer \"L\" {\n    US backstop: air; on attack; as deemed necesary.\n\n"
        + "  duration 15 years.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.message() + " | " + d.help().orElse("")).containsExactly(
            // one keyword expected: the message names it, no did-you-mean repeats it
            "expected `necessary` in the commitment that starts at 6:5, but found `necesary` | ",
            "`duration` cannot begin a statement inside a layer: a layer holds only commitments"
                + " and force levels (`sustain`, `limit`) | if the layer that starts at 5:3 ends"
                + " before this line, close it there with `}`",
            "expected `}` to close the arrangement that starts at 3:1, but the file ends first | ");
  }

  @Test
  void aMisspeltStatementKeywordIsOfferedTheKeyword() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  kind guarantee.\n  beneficary UA.\n"
        + "  durration 10 years.\n  UK backstop: air.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR101"))
        .extracting(d -> d.message() + " | " + d.help().orElse("")).containsExactly(
            "`beneficary` is not declared as a party, organisation or coalition, nor is it a"
                + " keyword, so the statement reads as a commitment by a party `beneficary`;"
                + " did you mean `beneficiary`? | write `beneficiary`",
            // an id in capitals is an id: not offered a keyword
            "`UK` is not declared as a party, organisation or coalition; did you mean `UA`?"
                + " | declare it (`party UK \"...\".`) or correct the id");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.help().orElse("")).containsExactly("write `duration`: `durration` is"
            + " not a keyword, so the statement reads as a commitment by a party `durration`");
  }

  @Test
  void aQualifierWrittenInAnItemWithoutItsSemicolonIsNamedWithTheFix() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "trigger attack: armed attack.\narrangement \"A\" {\n"
        + "  US military aid: weapons within 3 days; on attack.\n"
        + "  US backstop: air, training until 2030-01-01.\n"
        + "  US financial aid: loans annually USD 5 billion.\n"
        + "  US training: officers for 2 years.\n"
        + "  US sanctions: banks; within 7 days.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().startLine() + " " + d.help().orElse("")).containsExactly(
            "4 `within` begins a qualifier, which follows a `;`: write `; within 3 days`",
            "5 `until` begins a qualifier, which follows a `;`: write `; until 2030-01-01`",
            "6 `annually` begins a qualifier, which follows a `;`: write `; annually USD 5 billion`",
            "7 `for` begins a qualifier, which follows a `;`: write `; for 2 years`");
  }

  @Test
  void aQualifierOrTermWrittenInTheWrongOrderIsNamedWithTheFix() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "party UA \"Ukraine\".\narrangement \"A\" {\n"
        + "  US military aid: weapons; requires ratification Congress.\n"
        + "  US sanctions: banks; requires Congress; annually 3 billion EUR.\n"
        + "  US financial support: loans; total 5 million USD.\n"
        + "  US economic support: grants; total 5 million.\n"
        + "  requires ratification by Congress.\n"
        + "  requires \"Verkhovna Rada\".\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().startLine() + " " + d.message() + " | "
            + d.help().orElse("")).containsExactly(
            "4 expected `by` in the commitment that starts at 4:3, but found `Congress` | write"
                + " `requires Congress ratification` or `requires ratification by Congress`",
            "5 expected `ratification` or `approval` in the commitment that starts at 5:3, but"
                + " found `;` | name what the body must do: write `requires Congress"
                + " ratification` or `requires Congress approval`",
            "6 expected a currency code (`EUR`, `USD`, ...) after `total` in the commitment that"
                + " starts at 6:3, but found number `5` | the currency code comes before the"
                + " amount: write `total USD 5 million`",
            "7 expected a currency code (`EUR`, `USD`, ...) after `total` in the commitment that"
                + " starts at 7:3, but found number `5` | name the currency before the amount:"
                + " write `total EUR 5 million`, or another ISO 4217 code",
            "8 expected an identifier or a string in quotes in the `requires` statement that"
                + " starts at 8:3, but found `ratification` | the arrangement's `requires` names"
                + " the body first: write `requires Congress ratification.`",
            "9 expected `ratification` or `approval` in the `requires` statement that starts at"
                + " 9:3, but found `.` | name what the body must do: write `requires \"Verkhovna"
                + " Rada\" ratification` or `requires \"Verkhovna Rada\" approval`");
  }

  @Test
  void aColonWhereTheStatementTakesNoneIsNamedWithTheFix() {
    Compilation c = SuretyCompiler.create().compile("party US \"United States\".\n"
        + "party RU \"Russia\".\ntrigger attack: armed attack.\narrangement \"A\" {\n"
        + "  US backstop: air defence; on attack: within 72 hours.\n"
        + "  US military aid: air defence: aviation.\n"
        + "  party UK \"United Kingdom\": legislature Parliament.\n"
        + "  trigger t: armed attack: by RU.\n"
        + "  organisation EU \"European Union\": US, UK.\n"
        + "  coalition CoW \"Coalition\"; led by UK; size 3: UK, US.\n"
        + "  durration: 10 years.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().startLine() + " " + d.help().orElse("")).containsExactly(
            "5 a commitment takes one `:`, after its kind; `within` begins a qualifier, which"
                + " follows a `;`: write `; within`",
            "6 a commitment takes one `:`, after its kind: its items are separated by `,`, its"
                + " qualifiers by `;`",
            "7 `legislature` begins a clause of the `party` declaration, which follows a `;`:"
                + " write `; legislature`",
            "8 `by` begins a clause of the `trigger` declaration, which follows a `;`:"
                + " write `; by`",
            "9 an organisation names its members in a clause: write `; members US, UK`",
            "10 a coalition's members follow a `:` right after its name, before its clauses:"
                + " write `coalition CoW \"Coalition\": UK, US; led by UK; size 3`",
            // a misspelt keyword before the `:` keeps its own help
            "11 write `duration`: `durration` is not a keyword, so the statement reads as a"
                + " commitment by a party `durration`");
  }

  @Test
  void aHeaderValueOfAnotherHeadersListSaysWhichHeaderItBelongsTo() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  kind treaty.\n  status guarantee.\n"
        + "  instrument Assurance.\n  beneficiary UA.\n  UA training: officers.\n}\n"
        + "arrangement \"B\" {\n  kind guarante.\n  beneficiary UA.\n"
        + "  UA training: officers.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR005"))
        .extracting(d -> d.range().startLine() + " " + d.message() + " | "
            + d.help().orElse("")).containsExactly(
            "3 `treaty` is not a kind but an instrument | write `instrument treaty.` if that is"
                + " meant; a kind is one of: guarantee, assurance, partnership, declaration",
            "4 `guarantee` is not a status but a kind | write `kind guarantee.` if that is"
                + " meant; a status is one of: draft, initialled, signed, ratified, in force,"
                + " terminated",
            "5 `Assurance` is not an instrument but a kind | write `kind Assurance.` if that is"
                + " meant; an instrument is one of: treaty, agreement, executive agreement,"
                + " memorandum, memorandum of understanding, political declaration, joint"
                + " statement, communique",
            // a near miss of its own list keeps its did-you-mean
            "10 `guarante` is not a kind; did you mean `guarantee`? | a kind is one of:"
                + " guarantee, assurance, partnership, declaration");
    // the value is left out, and not reported missing as well
    assertThat(c.diagnostics()).extracting(Diagnostic::code).doesNotContain("SUR103");
  }

  @Test
  void aTermWithoutAWordOfItsFormIsNamedWithTheFix() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  UA training: officers.\n  withdrawal 12 months.\n}\n"
        + "arrangement \"B\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  UA training: officers.\n  duration 10 years renewable.\n}\n"
        + "arrangement \"C\" {\n  kind assurance.\n  beneficiary UA.\n"
        + "  UA training: officers.\n  duration 10 years, renewable.\n}\n", "a.surety");
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().startLine() + " " + d.help().orElse("")).containsExactly(
            "6 a withdrawal notice is written with `notice`: write `withdrawal notice 12 months.`",
            "12 `renewable` follows a `;`: write `duration 10 years; renewable.`",
            "18 `renewable` follows a `;`: write `duration 10 years; renewable.`");
  }

  @Test
  void aMisspeltKeywordAtFileLevelIsOfferedTheKeyword() {
    Compilation c = SuretyCompiler.create().compile("partty UA \"Ukraine\".\n"
        + "UA training: officers.\narangement \"A\" {\n  kind assurance.\n}\n", "a.surety");
    String levels = " `include`, `party`, `organisation`, `coalition`, `trigger` or `arrangement`";
    assertThat(c.diagnostics()).filteredOn(d -> d.code().equals("SUR001"))
        .extracting(d -> d.range().startLine() + " " + d.message() + " | "
            + d.help().orElse("")).containsExactly(
            "1 unexpected `partty` at file level, where a statement begins with" + levels
                + "; did you mean `party`? | write `party`",
            // an id in capitals is a commitment's party, not a keyword
            "2 unexpected `UA`: a commitment must be inside an arrangement; at file level a"
                + " statement begins with" + levels + " | ",
            "3 unexpected `arangement` at file level, where a statement begins with" + levels
                + "; did you mean `arrangement`? | write `arrangement`");
    // the misspelt arrangement's body is read as the arrangement's, not skipped
    assertThat(c.diagnostics()).allSatisfy(d -> assertThat(d.related()).isEmpty());
    assertThat(c.arrangements()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("A");
      assertThat(a.kind()).isPresent();
      assertThat(a.headerRange()).isEqualTo(SourceRange.of("a.surety", 3, 1, 3, 15));
    });
  }

  @Test
  void theBodyOfAMisspeltArrangementIsCompiledAndChecked() {
    String body = " \"A\" {\n  kind guarantee.\n  beneficiary UA.\n"
        + "  US military aid: air; within 3 days.\n  US backstop: air; withn 3 days.\n}\n";
    String declared = "party UA \"Ukraine\".\nparty US \"United States\".\n";
    Report spelt = Surety.create().check(declared + "arrangement" + body, "a.surety");
    Report misspelt = Surety.create().check(declared + "arangement" + body, "a.surety");
    // one SUR001 more, at the word; every other finding of the body as when spelt right: the
    // rules ran on the arrangement, and the body's own syntax error is reported
    assertThat(misspelt.diagnostics()).filteredOn(d -> d.range().start().line() == 3)
        .extracting(d -> d.code() + " " + d.range() + " " + d.help().orElse(""))
        .contains("SUR001 a.surety:3:1-3:11 write `arrangement`");
    assertThat(misspelt.diagnostics())
        .filteredOn(d -> !(d.code().equals("SUR001") && d.range().start().line() == 3))
        .extracting(d -> d.code() + " " + d.range().start().line() + " " + d.message())
        .containsExactlyElementsOf(spelt.diagnostics().stream()
            .map(d -> d.code() + " " + d.range().start().line() + " " + d.message())
            .collect(Collectors.toList()));
    assertThat(spelt.diagnostics()).extracting(Diagnostic::code).contains("SUR001", "SUR107");
    assertThat(misspelt.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.commitments()).hasSize(1));
    // in another case, the same
    Report miscased = Surety.create().check(declared + "Arrangement" + body, "a.surety");
    assertThat(miscased.diagnostics()).filteredOn(d -> d.range().start().line() == 3)
        .extracting(d -> d.message() + " / " + d.help().orElse("")).contains("`Arrangement` is"
            + " not a keyword: the language's keywords are written in lower case, `arrangement`"
            + " / write `arrangement`");
    assertThat(miscased.arrangements()).hasSize(1);
  }

  @Test
  void aWordFarFromArrangementOrWithoutTitleAndBraceStillSkipsItsBlock() {
    for (String header : List.of("agreement \"A\" {", "arangement A {", "arangement \"A\"")) {
      Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n" + header
          + "\n  kind guarantee.\n  beneficiary UA.\n}\n", "a.surety");
      assertThat(c.arrangements()).as(header).isEmpty();
      // as before: the word reported, what follows it not read as an arrangement's body
      assertThat(c.diagnostics()).as(header).filteredOn(d -> d.code().equals("SUR001"))
          .first().satisfies(d -> assertThat(d.range().start().line()).isEqualTo(2));
    }
  }

  @Test
  void commonSlipsOfSyntaxGetAHelpThatNamesTheFix() {
    Compilation c = SuretyCompiler.create().compile("party UA \"U\".\nparty RU \"R\".\n"
        + "party UK \"K\".\narrangement \"A\" {\n"
        + "  UK backstop: air; within 3.\n"
        + "  UK backstop air defence, air.\n"
        + "  UK backstop: air; imediate.\n"
        + "  against RU and UK.\n"
        + "  coalition C \"C\": UK, RU; led by UK or RU.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + " "
        + d.message() + " / " + d.help().orElse("")).containsExactly(
            "SUR001 5:29 expected a word in the commitment that starts at 5:3, but found `.` / a"
                + " length of time takes its unit: write `within 3 days`, or hours, weeks, months,"
                + " years",
            "SUR001 6:26 expected `.` to end the commitment that starts at 6:3, but found `,` / the"
                + " items follow a `:` after the kind: write `UK backstop: air defence, ...`",
            // the did-you-mean stays in the message, where the language server's quick fix reads it
            "SUR001 7:21 expected a qualifier such as `on`, `within`, `immediate`, `requires` or"
                + " `for` in the commitment that starts at 7:3, but found `imediate`; did you mean"
                + " `immediate`? / write `immediate`",
            "SUR001 8:14 expected `.` to end the `against` statement that starts at 8:3, but found"
                + " `and` / ids in a list are separated by `,`: write `RU, UK`",
            "SUR001 9:38 expected `.` to end the `coalition` declaration that starts at 9:3, but"
                + " found `or` / ids in a list are separated by `,`: write `UK, RU`");
  }

  @Test
  void zeroWhereASizeIsMeantIsInvalidEverywhere() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n"
        + "  UA military aid: air; within 0 days; for 0_0 years; total EUR 0; annually USD 0.0 billion.\n"
        + "  sustain UA armed forces: 0 personnel.\n"
        + "  duration 0 years.\n  withdrawal notice 0 months.\n"
        + "  coalition C \"C\": UA; size 0.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + " "
        + d.message() + " / " + d.help().orElse("")).containsExactly(
            "SUR005 3:32 a response time (`within`) must be a positive length of time, not 0 days"
                + " / for a response at once, write `immediate`",
            "SUR005 3:44 a commitment's term (`for`) must be a positive length of time, not 0_0"
                + " years / write how long the commitment runs, as in `for 10 years`",
            "SUR005 3:65 an amount of money (`total`) must be a positive sum, not EUR 0 / write the"
                + " sum promised, as in `total EUR 3 billion`, or leave out `total`",
            "SUR005 3:81 an amount of money (`annually`) must be a positive sum, not USD 0.0 billion"
                + " / write the sum promised, as in `annually USD 3 billion`, or leave out"
                + " `annually`",
            "SUR005 4:28 a force level to sustain must be a positive number of personnel, not 0"
                + " / write the size of the force to sustain, as in `sustain UA armed forces:"
                + " 800000 personnel.`",
            "SUR005 5:12 the arrangement's duration must be a positive length of time, not 0 years"
                + " / write how long the arrangement runs, as in `duration 10 years.`, or"
                + " `duration indefinite.`",
            "SUR005 6:21 a withdrawal notice must be a positive length of time, not 0 months / write"
                + " the notice a party must give, as in `withdrawal notice 12 months.`; a party that"
                + " may leave without notice is `withdrawal at will.`",
            "SUR005 7:29 size must be a positive number of members, not 0 / write the number of members"
                + " the coalition is meant to have, as in `size 30`");
    Arrangement a = c.arrangements().get(0);
    assertThat(a.durations()).isEmpty();
    assertThat(a.withdrawals()).isEmpty();
    assertThat(a.forceLevels()).isEmpty();
    assertThat(a.commitments().get(0).responseTimes()).isEmpty();
    assertThat(a.commitments().get(0).funding()).isEmpty();
    assertThat(a.unread()).contains("duration", "withdrawal", "force level", "commitment");
  }

  @Test
  void aLimitOfZeroIsABanAndStands() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  limit UA nuclear weapons: 0 warheads.\n}\n", "a.surety");
    assertThat(c.diagnostics()).isEmpty();
    assertThat(c.arrangements().get(0).forceLevels()).singleElement()
        .satisfies(f -> assertThat(f.amount()).isZero());
  }

  @Test
  void aNegativeNumberWhereASizeIsMeantIsInvalidLikeZero() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n"
        + "  UA military aid: air; within -3 days; total EUR -5 billion.\n"
        + "  sustain UA armed forces: -5 personnel.\n"
        + "  limit UA armed forces: -5 personnel.\n"
        + "  duration -5 years.\n"
        + "  coalition C \"C\": UA; size -1.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range() .start() + "-"
        + d.range().end().column() + " " + d.message() + " / " + d.help().orElse(""))
        .containsExactly(
            "SUR005 3:32-34 a response time (`within`) must be a positive length of time, not -3"
                + " days / a length of time has no sign: write `within 3 days`",
            "SUR005 3:51-53 an amount of money (`total`) must be a positive sum, not EUR -5 billion"
                + " / a sum has no sign: write `total EUR 5 billion`",
            "SUR005 4:28-30 a force level to sustain must be a positive number of personnel, not -5"
                + " / a number of personnel has no sign: write `sustain UA armed forces: 5"
                + " personnel`",
            "SUR005 5:26-28 a force level to limit must be a number of personnel of 0 or more, not"
                + " -5 / a number of personnel has no sign: write `limit UA armed forces: 5"
                + " personnel`",
            "SUR005 6:12-14 the arrangement's duration must be a positive length of time, not -5"
                + " years / a length of time has no sign: write `duration 5 years`",
            "SUR005 7:29-31 size must be a positive number of members, not -1 / a number of members"
                + " has no sign: write `size 1`");
    Arrangement a = c.arrangements().get(0);
    assertThat(a.durations()).isEmpty();
    assertThat(a.forceLevels()).isEmpty();
    assertThat(a.commitments().get(0).responseTimes()).isEmpty();
    assertThat(a.commitments().get(0).funding()).isEmpty();
    assertThat(a.coalition("C").orElseThrow().size()).isEmpty();
  }

  @Test
  void aMinusSignIsANumbersOnlyWhereNoWordOrNumberRunsIntoIt() {
    // `long-range` and `air-3` stay one word, a date written wrong keeps its `-` stray, a `-`
    // alone is still a stray character, and a negative zero is a zero
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n"
        + "  UA military aid: long-range fires, air-3; within -0 days.\n"
        + "  dated 2025-12-2.\n"
        + "  duration - 5 years.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + " "
        + d.message() + " / " + d.help().orElse("")).containsExactly(
            "SUR005 3:52 a response time (`within`) must be a positive length of time, not -0 days"
                + " / for a response at once, write `immediate`",
            "SUR001 4:9 expected a date (YYYY-MM-DD) in the `dated` statement that starts at 4:3,"
                + " but found number `2025` / a date is written `YYYY-MM-DD`: write"
                + " `dated 2025-12-02`",
            "SUR001 5:12 unexpected character `-` (U+002D) in the `duration` statement that starts"
                + " at 5:3 / ");
    assertThat(c.arrangements().get(0).commitments().get(0).items())
        .extracting(i -> i.text()).containsExactly("long-range fires", "air-3");
  }

  @Test
  void aCodeWrittenInAnotherCaseIsOfferedFirst() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\narrangement \"A\" {\n"
        + "  UA military aid: air; annually eur 3 billion; total Usd 1 million.\n"
        + "  ua backstop: air.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(Diagnostic::message).containsExactly(
        "`eur` is not an ISO 4217 currency code; did you mean `EUR`?",
        "`Usd` is not an ISO 4217 currency code; did you mean `USD`?",
        "`ua` is not declared as a party, organisation or coalition; did you mean `UA`?");
  }

  @Test
  void aClauseADeclarationHoldsOnceIsADuplicateWhenWrittenTwiceAndTheFirstIsKept() {
    // before: the last size and the last `against` were kept without a word
    Compilation c = SuretyCompiler.create().compile("party UK \"U\".\nparty FR \"F\".\n"
        + "party UA \"Ukraine\".\nparty MD \"Moldova\".\n"
        + "coalition CW \"C\": UK; size 1; led by UK; size 3; led by FR.\n"
        + "trigger attack: armed attack; against UA; by UK; against MD; by FR.\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + "-"
        + d.range().end().column() + " " + d.message() + " / " + d.help().orElse("") + " / "
        + d.related().get(0).range().start()).containsExactly(
            "SUR102 5:42-48 `size` is written twice in coalition CW; the first, at 5:23, is kept"
                + " / delete one of them / 5:23",
            "SUR102 6:50-60 `against` is written twice in trigger attack; the first, at 6:31, is"
                + " kept / delete one of them / 6:31");
    var file = c.files().get(0);
    assertThat(file.coalitions().get(0).size().orElseThrow().value()).isEqualTo(1);
    // what adds up still does: both leaders, both `by`s
    assertThat(file.coalitions().get(0).leaders()).extracting(r -> r.id()).containsExactly("UK", "FR");
    assertThat(file.triggers().get(0).against().orElseThrow().id()).isEqualTo("UA");
    assertThat(file.triggers().get(0).by()).extracting(r -> r.id()).containsExactly("UK", "FR");
  }

  @Test
  void aSecondDurationOrWithdrawalTermIsADuplicateAndTheFirstIsKept() {
    Compilation c = SuretyCompiler.create().compile("arrangement \"A\" {\n"
        + "  duration 5 years.\n  duration 15 years.\n  duration indefinite.\n"
        + "  withdrawal notice 12 months.\n  withdrawal at will.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + " "
        + d.message() + " / " + d.related().get(0).range().start()).containsExactly(
            "SUR102 3:3 `duration` is written twice in the arrangement; the first, at 2:3, is kept"
                + " / 2:3",
            "SUR102 4:3 `duration` is written twice in the arrangement; the first, at 2:3, is kept"
                + " / 2:3",
            "SUR102 6:3 `withdrawal` is written twice in the arrangement; the first, at 5:3, is"
                + " kept / 5:3");
    Arrangement a = c.arrangements().get(0);
    assertThat(a.durations()).singleElement()
        .satisfies(d -> assertThat(d.length().orElseThrow().amount()).isEqualByComparingTo("5"));
    assertThat(a.withdrawals()).singleElement()
        .satisfies(w -> assertThat(w.notice()).isPresent());
  }

  @Test
  void triggersHaveANamespaceOfTheirOwn() {
    Compilation c = SuretyCompiler.create().compile("party FR \"France\".\nparty RU \"Russia\".\n"
        + "arrangement \"A\" {\n  trigger FR: armed attack; by RU.\n"
        + "  trigger RU: aggression; by RU.\n"
        + "  FR mutual defence: air defence; on FR, RU.\n}\n", "a.surety");
    assertThat(c.diagnostics()).isEmpty();
    Arrangement a = c.arrangements().get(0);
    assertThat(a.party("FR")).isPresent();
    assertThat(a.trigger("FR")).isPresent();
  }

  @Test
  void withinANamespaceAnIdIsStillDeclaredOnce() {
    Compilation c = SuretyCompiler.create().compile("party FR \"France\".\n"
        + "trigger attack: armed attack.\narrangement \"A\" {\n  trigger attack: aggression.\n"
        + "  coalition FR \"Coalition\".\n  trigger t: armed attack.\n  trigger t: blockade.\n"
        + "  party UA \"Ukraine\".\n  organisation UA \"U\".\n"
        + "  UA backstop: air; on UA.\n  t backstop: air.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start().line() + " "
        + d.message()).containsExactly(
            "SUR102 4 `attack` is already declared at file level (a.surety:2:1); an arrangement"
                + " may not redeclare a visible id",
            "SUR102 5 `FR` is already declared at file level (a.surety:1:1); an arrangement may"
                + " not redeclare a visible id",
            "SUR102 7 `t` is declared twice in the arrangement \"A\"; the first, at a.surety:6:3,"
                + " is kept",
            "SUR102 9 `UA` is declared twice in the arrangement \"A\"; the first, at a.surety:8:3,"
                + " is kept",
            // a reference still names its namespace
            "SUR101 10 `UA` is a party, not a trigger: `on` names a trigger",
            "SUR101 11 `t` is a trigger, not a party, organisation or coalition: a trigger is named"
                + " only after `on`");
  }

  @Test
  void aNumberWithAnUnderscoreNotBetweenTwoDigitsIsASyntaxError() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\narrangement \"A\" {\n"
        + "  sustain UA armed forces: 800_ personnel.\n"
        + "  limit UA armed forces: 8__00 personnel.\n"
        + "  UA military aid: air; within 3_.5 days; total EUR 1__000_ million.\n"
        + "  coalition C \"C\": UA; size 3_.\n"
        + "  sustain UA navy: _800 sailors.\n"
        + "  duration 1_000_000 hours.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + " "
        + d.message() + " / " + d.help().orElse("")).containsExactly(
            "SUR001 3:28 `800_` is not a number: `_` may stand only between two digits, as in"
                + " `800_000` / write `800`",
            "SUR001 4:26 `8__00` is not a number: `_` may stand only between two digits, as in"
                + " `800_000` / write `8_00` or `800`",
            "SUR001 5:32 `3_.5` is not a number: `_` may stand only between two digits, as in"
                + " `800_000` / write `3.5`",
            "SUR001 5:53 `1__000_` is not a number: `_` may stand only between two digits, as in"
                + " `800_000` / write `1_000` or `1000`",
            "SUR001 6:29 `3_` is not a number: `_` may stand only between two digits, as in"
                + " `800_000` / write `3`",
            "SUR001 7:20 unexpected character `_` (U+005F) in the `sustain` statement that starts"
                + " at 7:3 / `_` may stand only between two digits of a number, as in `800_000`:"
                + " write `800`");
    assertThat(c.arrangements().get(0).durations()).singleElement().satisfies(d ->
        assertThat(d.length().orElseThrow().amount()).isEqualByComparingTo("1000000"));
  }

  @Test
  void aNumberWrittenWithACommaIsExplained() {
    Compilation c = SuretyCompiler.create().compile("party UA \"Ukraine\".\narrangement \"A\" {\n"
        + "  sustain UA armed forces: 800,000 personnel.\n"
        + "  UA military aid: air; annually EUR 3,5 billion.\n"
        + "  coalition C \"C\": UA; size 1,000,000.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + " "
        + d.help().orElse("")).containsExactly(
            "SUR001 3:31 numbers have no `,` thousands separator (`,` separates list items): write"
                + " `800000` or `800_000`",
            "SUR001 4:39 the decimal point is `.` (`,` separates list items): write `3.5`",
            "SUR001 5:30 numbers have no `,` thousands separator (`,` separates list items): write"
                + " `1000000` or `1_000_000`");
    // a list after a number is no number
    Compilation list = SuretyCompiler.create().compile("party UA \"Ukraine\".\n"
        + "arrangement \"A\" {\n  sustain UA armed forces: 800, 000 personnel.\n}\n", "a.surety");
    assertThat(list.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.help()).isEmpty());
  }

  @Test
  void anIdWrittenWithOtherCharactersThatLookTheSameIsOffered() {
    // declared with é as one character (NFC), used with e and a combining acute accent (NFD)
    Compilation c = SuretyCompiler.create().compile("party F\u00e9 \"France\".\n"
        + "arrangement \"A\" {\n  trigger d\u00e9fi: armed attack.\n"
        + "  Fe\u0301 backstop: air; on de\u0301fi.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range().start() + " "
        + d.message() + " / " + d.help().orElse("") + " / " + d.related().get(0).range().start())
        .containsExactly(
            "SUR101 4:3 `Fe\u0301` is not declared as a party, organisation or coalition; did you"
                + " mean `F\u00e9`? The two look alike but are written with different characters:"
                + " U+0065 U+0301 here, U+00E9 in the declaration / retype the id as it is declared"
                + " (a PDF or a word processor may have written an accented letter as a letter and"
                + " a combining accent) / 1:1",
            "SUR101 4:25 `de\u0301fi` is not declared as a trigger; did you mean `d\u00e9fi`? The"
                + " two look alike but are written with different characters: U+0065 U+0301 here,"
                + " U+00E9 in the declaration / retype the id as it is declared (a PDF or a word"
                + " processor may have written an accented letter as a letter and a combining"
                + " accent) / 3:3");
  }

  @Test
  void partiesWithoutTheCommaBetweenThemAreReadAsMeant() {
    Compilation c = SuretyCompiler.create().compile("party FR \"France\".\nparty DE \"Germany\".\n"
        + "party UK \"United Kingdom\".\narrangement \"A\" {\n"
        + "  FR DE military aid: training.\n"
        + "  layer \"L\" {\n    UK FR DE defence production: air defence.\n  }\n"
        + "  FR Dutch support: training.\n}\n", "a.surety");
    assertThat(c.diagnostics()).extracting(d -> d.code() + " " + d.range() + " " + d.message()
        + " / " + d.help().orElse("")).containsExactly(
            "SUR001 a.surety:5:6-5:8 expected `,` between the parties `FR` and `DE`: without it,"
                + " `DE military aid` reads as the kind of the commitment / write `FR, DE military"
                + " aid`",
            "SUR001 a.surety:7:8-7:13 expected `,` between the parties `UK`, `FR` and `DE`:"
                + " without it, `FR DE defence production` reads as the kind of the commitment /"
                + " write `UK, FR, DE defence production`");
    Arrangement a = c.arrangements().get(0);
    assertThat(a.commitments().get(0).parties()).extracting(r -> r.id()).containsExactly("FR", "DE");
    assertThat(a.commitments().get(0).kind().text()).isEqualTo("military aid");
    assertThat(a.commitments().get(0).kind().isKnown()).isTrue();
    assertThat(a.commitments().get(0).kind().range()).isEqualTo(SourceRange.of("a.surety", 5, 9, 5, 21));
    assertThat(a.layers().get(0).commitments().get(0).parties()).extracting(r -> r.id())
        .containsExactly("UK", "FR", "DE");
    // `Dutch` is no declared party: an unknown kind, as written
    assertThat(a.commitments().get(1).kind().text()).isEqualTo("Dutch support");
  }
}

package dev.surety.cli.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Surety;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The features on analyses made directly, without the protocol around them. */
class FeaturesTest {

  @TempDir Path root;

  Analysis analyse(String text) throws Exception {
    Files.createDirectories(root.resolve("parties"));
    Files.writeString(root.resolve("parties/europe.surety"), LspProtocolTest.PARTIES);
    Workspace workspace = new Workspace(root);
    workspace.addFolder(root.toUri().toString());
    String uri = root.resolve("main.surety").toUri().toString();
    Workspace.Target target = workspace.target(uri);
    var report = Surety.builder()
        .compilerOptions(CompilerOptions.builder().root(root).build()).build()
        .check(text, target.fileName());
    return new Analysis(uri, 1, 0, text, target, report, p -> null);
  }

  static Position endOf(String text, String needle) {
    PositionMapper m = new PositionMapper(text);
    return m.positionAt(text.indexOf(needle) + needle.length());
  }

  List<String> labels(Analysis a, Position p) {
    return Completions.complete(a, a.text(), p).stream().map(CompletionItem::getLabel)
        .collect(Collectors.toList());
  }

  // ---- completion -----------------------------------------------------------------------------

  @Test
  void nothingIsCompletedInsideStringsAndComments() throws Exception {
    String text = LspProtocolTest.MAIN.replace("kind guarantee.", "kind guarantee. // on ");
    Analysis a = analyse(text);
    assertThat(labels(a, endOf(text, "// on "))).isEmpty();
    assertThat(labels(a, endOf(text, "\"дрони"))).isEmpty();
  }

  @Test
  void declarationsGetTheirOwnClauses() throws Exception {
    String text = LspProtocolTest.MAIN.replace("legislature \"Verkhovna Rada\".",
        "legislature \"Verkhovna Rada\";");
    Analysis a = analyse(text);
    assertThat(labels(a, endOf(text, "\"Verkhovna Rada\";"))).containsExactly("legislature");
  }

  @Test
  void vocabulariesFitTheirStatements() throws Exception {
    String text = LspProtocolTest.MAIN.replace("  kind guarantee.\n", "  kind \n  covers \n");
    Analysis a = analyse(text);
    assertThat(labels(a, endOf(text, "  kind "))).containsExactly(
        "guarantee", "assurance", "partnership", "declaration");
    assertThat(labels(a, endOf(text, "  covers "))).contains("land", "cyber", "finance");
  }

  @Test
  void aLayerOffersPartiesAndForceLevels() throws Exception {
    String text = LspProtocolTest.MAIN.replace("  layer \"Reassurance\" {\n",
        "  layer \"Reassurance\" {\n    \n");
    Analysis a = analyse(text);
    assertThat(labels(a, endOf(text, "\"Reassurance\" {\n    ")))
        .contains("sustain", "limit", "UK", "RU").doesNotContain("kind", "arrangement");
  }

  @Test
  void fileLevelOffersFileStatements() throws Exception {
    String text = "\n" + LspProtocolTest.MAIN;
    Analysis a = analyse(text);
    assertThat(labels(a, new Position(0, 0)))
        .containsExactly("include", "party", "organisation", "coalition", "trigger", "arrangement");
  }

  /** The text after accepting {@code label} where {@code needle} ends, as an editor applies it. */
  String accept(String text, String needle, String label) throws Exception {
    Analysis a = analyse(text);
    Position p = endOf(text, needle);
    CompletionItem item = Completions.complete(a, text, p).stream()
        .filter(i -> i.getLabel().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + label + " after " + needle));
    if (item.getTextEdit() == null) {
      int at = new PositionMapper(text).offset(p);
      return text.substring(0, at) + label + text.substring(at);
    }
    TextEdit edit = item.getTextEdit().getLeft();
    assertThat(edit.getRange().getEnd()).isEqualTo(p);
    String typed = LspProtocolTest.apply(text, new TextEdit(edit.getRange(), "\u0000"));
    assertThat(item.getFilterText()).as("filtered by what the edit replaces")
        .startsWith(text.substring(typed.indexOf('\u0000'), new PositionMapper(text).offset(p))
            .strip());
    return LspProtocolTest.apply(text, edit);
  }

  /** The line of {@code text} that holds {@code needle}. */
  static String lineOf(String text, String needle) {
    return text.lines().filter(l -> l.contains(needle)).findFirst().orElseThrow();
  }

  @Test
  void anArrangementsDeclarationsAreOfferedInItAlone() throws Exception {
    // DE and tA are declared in arrangement A: B and the file level do not see them (SUR101)
    String text = "include \"parties/europe.surety\".\n"
        + "arrangement \"A\" {\n"
        + "  party DE \"Germany\".\n"
        + "  trigger tA: armed attack.\n"
        + "  DE presence: land; on tA.\n"
        + "}\n"
        + "arrangement \"B\" {\n"
        + "  party PL \"Poland\".\n"
        + "  trigger tB: armed attack.\n"
        + "  PL presence: land; on \n"
        + "}\n"
        + "arrangement \"C\" {\n"
        + "  party NL \"Netherlands\".\n"
        + "  beneficiary ";
    Analysis a = analyse(text);
    assertThat(labels(a, endOf(text, "PL presence: land; on "))).containsExactly("attack", "tB");
    assertThat(labels(a, endOf(text, "PL \"Poland\".\n  "))).contains("PL", "UK")
        .doesNotContain("DE", "NL");
    String fileLevel = text.replace("include \"parties/europe.surety\".\n",
        "include \"parties/europe.surety\".\ncoalition CW \"Coalition\": \n");
    assertThat(labels(analyse(fileLevel), endOf(fileLevel, "\"Coalition\": "))).contains("UK")
        .doesNotContain("DE", "PL", "NL");
    // an arrangement still being written (no `}` yet) sees its own
    assertThat(labels(a, endOf(text, "beneficiary "))).contains("NL", "UK")
        .doesNotContain("DE", "PL");
  }

  @Test
  void aTriggerAndAPartyWithOneIdAreEachOfferedWhereTheyFit() throws Exception {
    // triggers have a namespace of their own: trigger FR does not hide party FR, nor the reverse
    String text = "arrangement \"A\" {\n"
        + "  party FR \"France\".\n"
        + "  trigger FR: armed attack.\n"
        + "  trigger DE: armed attack.\n"
        + "  party DE \"Germany\".\n"
        + "  FR backstop: air defence; on \n"
        + "}\n";
    Analysis a = analyse(text);
    assertThat(labels(a, endOf(text, "air defence; on "))).containsExactly("FR", "DE");
    String to = text.replace("air defence; on ", "air defence; to ");
    assertThat(labels(analyse(to), endOf(to, "air defence; to "))).containsExactly("FR", "DE");
  }

  @Test
  void aPhraseWhoseFirstWordsAreTypedReplacesThem() throws Exception {
    String status = LspProtocolTest.MAIN.replace("  kind guarantee.\n",
        "  kind guarantee.\n  status in \n");
    assertThat(lineOf(accept(status, "status in ", "in force"), "status"))
        .isEqualTo("  status in force");
    assertThat(labels(analyse(status), endOf(status, "status in "))).containsExactly("in force");

    String instrument = LspProtocolTest.MAIN.replace("instrument treaty.", "instrument memorandum of");
    assertThat(lineOf(accept(instrument, "memorandum of", "memorandum of understanding"),
        "instrument")).isEqualTo("  instrument memorandum of understanding");

    String trigger = LspProtocolTest.MAIN.replace("  layer", "  trigger t: armed \n  layer");
    assertThat(lineOf(accept(trigger, "trigger t: armed ", "armed attack"), "trigger t"))
        .isEqualTo("  trigger t: armed attack");

    String kind = LspProtocolTest.MAIN.replace("  layer", "  US mutual \n  layer");
    assertThat(lineOf(accept(kind, "US mutual ", "mutual defence"), "US mutual"))
        .isEqualTo("  US mutual defence");

    String item = LspProtocolTest.MAIN.replace(LspProtocolTest.US_LINE, "  US backstop: air ");
    assertThat(lineOf(accept(item, "backstop: air ", "air defence"), "US backstop"))
        .isEqualTo("  US backstop: air defence");
    // the word under the cursor is replaced too (`in fo|`)
    String partial = status.replace("status in ", "status in fo");
    assertThat(lineOf(accept(partial, "status in fo", "in force"), "status"))
        .isEqualTo("  status in force");
  }

  @Test
  void theRestOfAQualifierOfSeveralWordsIsOffered() throws Exception {
    String text = LspProtocolTest.MAIN.replace(LspProtocolTest.US_LINE,
        "  US backstop: air defence; as ");
    assertThat(labels(analyse(text), endOf(text, "; as "))).containsExactly("as deemed necessary");
    assertThat(lineOf(accept(text, "; as ", "as deemed necessary"), "US backstop"))
        .isEqualTo("  US backstop: air defence; as deemed necessary");
    String requires = text.replace("; as ", "; requires ");
    assertThat(labels(analyse(requires), endOf(requires, "; requires ")))
        .containsExactly("requires Congress ratification");
  }

  @Test
  void aCompleteValueIsNotOfferedAgain() throws Exception {
    String kind = LspProtocolTest.MAIN.replace("  layer", "  US backstop \n  layer");
    assertThat(labels(analyse(kind), endOf(kind, "US backstop "))).isEmpty();
    String longer = kind.replace("US backstop ", "US defence ");
    assertThat(labels(analyse(longer), endOf(longer, "US defence ")))
        .containsExactly("defence production");
    String status = LspProtocolTest.MAIN.replace("  kind guarantee.\n",
        "  kind guarantee.\n  status signed \n");
    assertThat(labels(analyse(status), endOf(status, "status signed "))).isEmpty();
    String on = LspProtocolTest.MAIN.replace("on attack.", "on attack ");
    assertThat(labels(analyse(on), endOf(on, "on attack "))).isEmpty();
    // after a comma, the next trigger of the list
    String second = LspProtocolTest.MAIN.replace("on attack.", "on attack, ");
    assertThat(labels(analyse(second), endOf(second, "on attack, "))).contains("attack");
    // and what is not complete yet is offered as before
    assertThat(labels(analyse(kind), endOf(kind, "US "))).contains("backstop", "military aid");
  }

  // ---- code actions ---------------------------------------------------------------------------

  static Range everything() {
    return new Range(new Position(0, 0), new Position(1000, 0));
  }

  @Test
  void aMisspeltTermIsReplacedByTheTermTheHelpNames() throws Exception {
    String text = LspProtocolTest.MAIN.replace("air defence;", "air defense, long-range fire;");
    Analysis a = analyse(text);
    List<CodeAction> actions = CodeActions.quickFixes(a, everything());
    CodeAction write = actions.stream().filter(x -> x.getTitle().startsWith("Write"))
        .findFirst().orElseThrow();
    TextEdit edit = write.getEdit().getChanges().get(a.uri()).get(0);
    assertThat(edit.getNewText()).isEqualTo("long-range fires");
    assertThat(LspProtocolTest.apply(text, edit)).contains("air defense, long-range fires;");
  }

  @Test
  void aMisspeltLegislatureIsCorrectedWhereItIsWrittenNotRequiredAgain() throws Exception {
    String written = LspProtocolTest.US_LINE.replace(" on attack.",
        " on attack; requires Congres ratification.");
    String text = LspProtocolTest.MAIN.replace(LspProtocolTest.US_LINE, written);
    Analysis a = analyse(text);
    List<CodeAction> fixes = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getDiagnostics().get(0).getCode().getLeft().equals("SUR201"))
        .collect(java.util.stream.Collectors.toList());
    assertThat(fixes).singleElement().satisfies(fix -> {
      assertThat(fix.getTitle()).isEqualTo("Change to `requires Congress ratification`");
      TextEdit edit = fix.getEdit().getChanges().get(a.uri()).get(0);
      String fixed = LspProtocolTest.apply(text, edit);
      assertThat(fixed).contains("on attack; requires Congress ratification.")
          .doesNotContain("Congres ");
      assertThat(analyse(fixed).report().diagnostics()).extracting(d -> d.code())
          .doesNotContain("SUR201");
    });
  }

  @Test
  void aQualifierAfterACommaGetsItsSemicolon() throws Exception {
    String text = LspProtocolTest.MAIN.replace("air defence; to UA; on attack.",
        "air defence, on attack; to UA.");
    Analysis a = analyse(text);
    CodeAction change = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getDiagnostics().get(0).getCode().getLeft().equals("SUR106"))
        .findFirst().orElseThrow();
    assertThat(change.getTitle()).isEqualTo("Change the `,` to `;`");
    String fixed = LspProtocolTest.apply(text, change.getEdit().getChanges().get(a.uri()).get(0));
    assertThat(fixed).contains("air defence; on attack; to UA.");
    assertThat(analyse(fixed).report().diagnostics()).extracting(d -> d.code())
        .doesNotContain("SUR106");
    // across a line break too
    String broken = text.replace("air defence, on attack", "air defence,\n    on attack");
    Analysis b = analyse(broken);
    CodeAction again = CodeActions.quickFixes(b, everything()).stream()
        .filter(x -> x.getTitle().equals("Change the `,` to `;`")).findFirst().orElseThrow();
    assertThat(LspProtocolTest.apply(broken, again.getEdit().getChanges().get(b.uri()).get(0)))
        .contains("air defence;\n    on attack; to UA.");
  }

  @Test
  void theOneKeywordExpectedReplacesItsMisspelling() throws Exception {
    String text = LspProtocolTest.MAIN.replace(" on attack.\n}", " on attack; as deemed neccessary.\n}");
    Analysis a = analyse(text);
    assertThat(a.report().diagnostics()).anySatisfy(d -> assertThat(d.message())
        .startsWith("expected `necessary` in the commitment").endsWith("but found `neccessary`"));
    CodeAction change = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getTitle().equals("Change to `necessary`")).findFirst().orElseThrow();
    String fixed = LspProtocolTest.apply(text, change.getEdit().getChanges().get(a.uri()).get(0));
    assertThat(fixed).contains("; as deemed necessary.");
    assertThat(analyse(fixed).report().diagnostics()).extracting(d -> d.code())
        .doesNotContain("SUR001");
    // a word that is no misspelling of it gets no fix
    String far = LspProtocolTest.MAIN.replace(" on attack.\n}", " on attack; as deemed wise.\n}");
    assertThat(CodeActions.quickFixes(analyse(far), everything()))
        .noneMatch(x -> x.getTitle().startsWith("Change to `necessary`"));
  }

  @Test
  void anUndeclaredIdIsReplacedByTheOneOffered() throws Exception {
    String text = LspProtocolTest.MAIN.replace("UK, FR troops", "UK, FX troops");
    Analysis a = analyse(text);
    CodeAction change = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getTitle().equals("Change to `FR`")).findFirst().orElseThrow();
    TextEdit edit = change.getEdit().getChanges().get(a.uri()).get(0);
    assertThat(LspProtocolTest.apply(text, edit)).contains("UK, FR troops");
  }

  @Test
  void aValueOutsideItsListIsReplacedByTheOneOffered() throws Exception {
    String text = LspProtocolTest.MAIN.replace("  duration 15 years.\n", "  duration 15 yrs.\n");
    Analysis a = analyse(text);
    CodeAction change = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getTitle().equals("Change to `years`")).findFirst().orElseThrow();
    TextEdit edit = change.getEdit().getChanges().get(a.uri()).get(0);
    assertThat(LspProtocolTest.apply(text, edit)).isEqualTo(LspProtocolTest.MAIN);
  }

  @Test
  void aColonAfterAKeywordIsRemoved() throws Exception {
    String text = LspProtocolTest.MAIN.replace("  duration 15 years.\n", "  duration: 15 years.\n");
    Analysis a = analyse(text);
    CodeAction remove = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getTitle().equals("Remove the `:`")).findFirst().orElseThrow();
    TextEdit edit = remove.getEdit().getChanges().get(a.uri()).get(0);
    assertThat(LspProtocolTest.apply(text, edit)).isEqualTo(LspProtocolTest.MAIN);
  }

  @Test
  void aMisspeltKeywordIsReplacedByTheOneOffered() throws Exception {
    String text = LspProtocolTest.MAIN.replace("; within 72 hours.", "; withn 72 hours.");
    Analysis a = analyse(text);
    CodeAction change = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getTitle().equals("Change to `within`")).findFirst().orElseThrow();
    TextEdit edit = change.getEdit().getChanges().get(a.uri()).get(0);
    assertThat(LspProtocolTest.apply(text, edit)).isEqualTo(LspProtocolTest.MAIN);
  }

  @Test
  void aMisspeltStatementKeywordReadAsAPartyIsReplacedByTheKeyword() throws Exception {
    String text = LspProtocolTest.MAIN.replace("  beneficiary UA.\n", "  beneficary UA.\n");
    Analysis a = analyse(text);
    CodeAction change = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getTitle().equals("Change to `beneficiary`")).findFirst().orElseThrow();
    TextEdit edit = change.getEdit().getChanges().get(a.uri()).get(0);
    assertThat(LspProtocolTest.apply(text, edit)).isEqualTo(LspProtocolTest.MAIN);
  }

  @Test
  void aMisspeltStatementKeywordBeforeANumberIsReplacedWhereTheStatementStarts() throws Exception {
    // `withdrawl notice 12 months.` reads as a commitment by `withdrawl`; the parser stops at 12
    String text = LspProtocolTest.MAIN.replace("  withdrawal notice", "  withdrawl notice");
    Analysis a = analyse(text);
    int line = (int) text.substring(0, text.indexOf("withdrawl")).chars().filter(c -> c == '\n')
        .count();
    Range onTheWord = new Range(new Position(line, 4), new Position(line, 4));
    for (Range requested : List.of(everything(), onTheWord)) {
      CodeAction change = CodeActions.quickFixes(a, requested).stream()
          .filter(x -> x.getTitle().equals("Change to `withdrawal`")).findFirst().orElseThrow();
      TextEdit edit = change.getEdit().getChanges().get(a.uri()).get(0);
      assertThat(LspProtocolTest.apply(text, edit)).isEqualTo(LspProtocolTest.MAIN);
    }
    // elsewhere on another line, nothing
    Range elsewhere = new Range(new Position(line + 1, 2), new Position(line + 1, 2));
    assertThat(CodeActions.quickFixes(a, elsewhere))
        .noneMatch(x -> x.getTitle().equals("Change to `withdrawal`"));
  }

  @Test
  void aDirectiveInAnotherCaseIsWrittenInLowerCase() throws Exception {
    String unused = withUnusedParties(1);
    String text = "// SURETY:disable-file SUR114 -- kept for later\n" + unused;
    Analysis a = analyse(text);
    assertThat(Diagnostics.inDocument(a)).extracting(d -> d.code()).contains("SUR004", "SUR114");
    CodeAction write = CodeActions.quickFixes(a, everything()).stream()
        .filter(x -> x.getDiagnostics().get(0).getCode().getLeft().equals("SUR004"))
        .findFirst().orElseThrow();
    assertThat(write.getTitle())
        .isEqualTo("Write `// surety:disable-file SUR114 -- kept for later`");
    String fixed = LspProtocolTest.apply(text, write.getEdit().getChanges().get(a.uri()).get(0));
    assertThat(fixed).isEqualTo("// surety:disable-file SUR114 -- kept for later\n" + unused);
    assertThat(Diagnostics.inDocument(analyse(fixed))).extracting(d -> d.code())
        .doesNotContain("SUR004", "SUR114");
  }

  @Test
  void findingsWithoutAnExactFixGetNoAction() throws Exception {
    // no duration (SUR107), no instrument (SUR116): what to write is the drafter's choice
    String text = LspProtocolTest.MAIN.replace("  duration 15 years.\n", "")
        .replace("  instrument treaty.\n", "")
        .replace("on attack.\n}", "on attack; requires Congress ratification.\n}");
    Analysis a = analyse(text);
    assertThat(Diagnostics.inDocument(a)).extracting(d -> d.code()).contains("SUR107", "SUR116");
    assertThat(CodeActions.quickFixes(a, everything())).isEmpty();
  }

  // ---- robustness -----------------------------------------------------------------------------

  @Test
  void everyFeatureAnswersAtEveryPositionOfBrokenTexts() throws Exception {
    List<String> texts = List.of("", "{{{ }}} ;;; ::: ...", "party \"unterminated\n🛡🛡 UA",
        "/* open comment", "arrangement \"a\" { layer \"b\" { UK, FR",
        LspProtocolTest.MAIN.replace(".", ""), LspProtocolTest.MAIN + "\n\r\n\uFEFF");
    for (String text : texts) {
      Analysis a = analyse(text);
      Symbols.outline(a);
      CodeActions.quickFixes(a, everything());
      PositionMapper m = new PositionMapper(text);
      for (int line = 0; line <= m.lineCount(); line++) {
        for (int column = 0; column <= m.lineText(Math.min(line, m.lineCount() - 1)).length() + 1;
            column++) {
          Position p = new Position(line, column);
          Hovers.hover(a, p);
          Navigation.definition(a, p);
          Navigation.references(a, p, true, List.of(a));
          Completions.complete(a, text, p);
          CodeActions.quickFixes(a, new Range(p, p));
        }
      }
    }
  }

  @Test
  void unusedDeclarationsAreMarkedUnnecessary() throws Exception {
    String text = LspProtocolTest.MAIN.replace("  layer", "  party XX \"Nobody\".\n  layer");
    Analysis a = analyse(text);
    assertThat(Diagnostics.of(a)).filteredOn(d -> d.getCode().getLeft().equals("SUR114"))
        .singleElement().satisfies(d -> assertThat(d.getTags())
            .containsExactly(org.eclipse.lsp4j.DiagnosticTag.Unnecessary));
  }

  /** The draft with {@code unused} more parties that nothing refers to (one SUR114 each). */
  static String withUnusedParties(int unused) {
    StringBuilder parties = new StringBuilder();
    for (int i = 0; i < unused; i++) {
      parties.append("  party X").append(i).append(" \"Nobody\".\n");
    }
    return LspProtocolTest.MAIN.replace("  layer", parties + "  layer");
  }

  /** An analysis of the draft with exactly {@code findings} findings in it. */
  Analysis withFindings(int findings) throws Exception {
    int base = Diagnostics.inDocument(analyse(LspProtocolTest.MAIN)).size();
    Analysis a = analyse(withUnusedParties(findings - base));
    assertThat(Diagnostics.inDocument(a)).hasSize(findings);
    return a;
  }

  @Test
  void aThousandFindingsAreAllPublished() throws Exception {
    assertThat(Diagnostics.of(withFindings(Diagnostics.MAX_PUBLISHED)))
        .hasSize(Diagnostics.MAX_PUBLISHED)
        .noneSatisfy(d -> assertThat(d.getMessage()).contains("not shown"));
  }

  @Test
  void beyondAThousandOneLineCountsTheRest() throws Exception {
    List<org.eclipse.lsp4j.Diagnostic> one = Diagnostics.of(withFindings(1001));
    assertThat(one).hasSize(1001);
    assertThat(one.subList(0, 1000)).allSatisfy(d -> assertThat(d.getCode()).isNotNull());
    assertThat(one.get(1000).getMessage()).startsWith("1 more finding in this file is not shown"
        + " (the editor gets the first 1000)");
    assertThat(one.get(1000).getCode()).isNull();

    List<org.eclipse.lsp4j.Diagnostic> two = Diagnostics.of(withFindings(1002));
    assertThat(two).hasSize(1001);
    assertThat(two.get(1000).getMessage()).startsWith("2 more findings in this file are not shown"
        + " (the editor gets the first 1000)");
  }

  // ---- navigation -----------------------------------------------------------------------------

  @Test
  void anIncludeLeadsToTheIncludedFile() throws Exception {
    Analysis a = analyse(LspProtocolTest.MAIN);
    assertThat(Navigation.definition(a, new Position(0, 12))).singleElement().satisfies(l -> {
      assertThat(l.getUri()).isEqualTo(root.resolve("parties/europe.surety").toUri().toString());
      assertThat(l.getRange().getStart()).isEqualTo(new Position(0, 0));
    });
    assertThat(Navigation.definition(a, new Position(1, 0))).isEmpty();
  }

  @Test
  void aTriggerAndAPartyWithOneIdAreFoundEachFromItsOwnKindOfReference() throws Exception {
    // triggers have a namespace of their own: `on FR` goes to trigger FR, `FR backstop` to party FR
    String text = "arrangement \"A\" {\n"
        + "  party FR \"France\".\n"
        + "  trigger FR: armed attack.\n"
        + "  FR backstop: air defence; on FR.\n"
        + "}\n";
    Analysis a = analyse(text);
    assertThat(Navigation.definition(a, new Position(3, 3))).singleElement()
        .satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(new Position(1, 8)));
    assertThat(Navigation.definition(a, new Position(3, 32))).singleElement()
        .satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(new Position(2, 10)));
    assertThat(Navigation.references(a, new Position(2, 10), false, List.of(a))).singleElement()
        .satisfies(l -> assertThat(l.getRange().getStart()).isEqualTo(new Position(3, 31)));
  }

  // ---- outline and hover ----------------------------------------------------------------------

  @Test
  void theOutlineOfAFileOfDeclarations() throws Exception {
    Analysis a = analyse(LspProtocolTest.MAIN);
    Workspace workspace = new Workspace(root);
    String uri = root.resolve("parties/europe.surety").toUri().toString();
    Workspace.Target target = workspace.target(uri);
    var report = Surety.create().check(LspProtocolTest.PARTIES, target.fileName());
    Analysis parties = new Analysis(uri, 1, 0, LspProtocolTest.PARTIES, target, report, p -> null);
    assertThat(Symbols.outline(parties)).extracting(s -> s.getName()).containsExactly(
        "party UK", "party FR", "party US", "party RU", "trigger attack");
    assertThat(Symbols.outline(parties).get(2).getSelectionRange())
        .isEqualTo(new Range(new Position(2, 6), new Position(2, 8)));
    assertThat(a.ids()).isNotEmpty();
  }

  @Test
  void hoverOnAnAliasShowsTheCanonicalForm() throws Exception {
    String text = LspProtocolTest.MAIN.replace("instrument treaty.", "instrument mou.");
    Analysis a = analyse(text);
    String hover = Hovers.hover(a, endOf(text, "instrument mo")).orElseThrow().getContents()
        .getRight().getValue();
    assertThat(hover).contains("**memorandum of understanding**", "political only");
  }

  @Test
  void hoverOnAnAliasOfAListedValueSaysHowItWasWritten() throws Exception {
    // instrument, status, kind and mode are values of a list: the model keeps what was written
    String text = LspProtocolTest.MAIN.replace("instrument treaty.", "instrument declaration.");
    Analysis a = analyse(text);
    String hover = Hovers.hover(a, endOf(text, "instrument decl")).orElseThrow().getContents()
        .getRight().getValue();
    assertThat(hover).contains("**political declaration**",
        "written `declaration`, canonical form `political declaration`");
  }
}

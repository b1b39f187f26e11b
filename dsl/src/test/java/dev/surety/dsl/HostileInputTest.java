package dev.surety.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.surety.core.diagnostic.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs a counterpart, a PDF extraction or an editor mid-keystroke may hand the checker (issue #9,
 * point 2): each one gets diagnostics that say what is wrong, with the right positions, and the
 * checker stays within the configured {@link Limits}. The timeouts only guard against a hang; they
 * are generous on purpose, since how fast the checker is gets measured in the benchmarks.
 */
class HostileInputTest {

  /** Far above anything these inputs need, so that a slow machine never fails a test. */
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  private final Surety surety = Surety.create();

  private static <T> T guarded(Supplier<T> run) {
    return assertTimeoutPreemptively(HANG_GUARD, run::get);
  }

  private static List<Diagnostic> of(Report report, String code) {
    return report.diagnostics().stream().filter(d -> d.code().equals(code))
        .collect(Collectors.toList());
  }

  private static List<Diagnostic> of(Compilation compilation, String code) {
    return compilation.diagnostics().stream().filter(d -> d.code().equals(code))
        .collect(Collectors.toList());
  }

  // ---- encodings and line ends ------------------------------------------------------------------

  @Test
  void aNulByteEarlyMakesAFileBinaryReportedOnce(@TempDir Path dir) throws Exception {
    // git's test for a binary file: a NUL in its first 8,000 bytes; parsed, such a file gave
    // thousands of findings about nothing
    byte[] bytes = "party UA \"Ukraine\".\nparty US \"United\0States\".\n"
        .getBytes(StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("nul.surety"), bytes);
    Report report = guarded(() -> surety.check(List.of(file)));
    assertThat(report.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR001");
      assertThat(d.message())
          .isEqualTo("the file is binary, not a draft: it holds a NUL byte at line 2, column 17");
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.range().start().column()).isEqualTo(17);
      assertThat(d.range().file()).isEqualTo("nul.surety");
    });
    assertThat(guarded(() -> surety.checkBytes(bytes, "nul.surety")).diagnostics())
        .isEqualTo(report.diagnostics());
  }

  @Test
  void invalidUtf8AndNulBytes(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // past the first 8,000 bytes a NUL is read as a character (git's test for binary files looks
    // no further): a comment of that length first
    bytes.writeBytes(("// " + "x".repeat(8_000) + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("party UA \"Ukraine\".\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("party US \"United\0States\".\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("party PL \"Pol".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xFF);
    bytes.write(0xFE);
    bytes.writeBytes("and\".\n\0party DE \"Germany\".\n".getBytes(StandardCharsets.UTF_8));
    Path file = dir.resolve("nul.surety");
    Files.write(file, bytes.toByteArray());

    Report report = guarded(() -> surety.check(List.of(file)));

    assertThat(of(report, "SUR001")).extracting(Diagnostic::message).contains(
        "the file is not valid UTF-8 at line 4, column 14; the bytes that are not were read as"
            + " U+FFFD");
    assertThat(of(report, "SUR001")).anySatisfy(d -> {
      assertThat(d.range().start().line()).isEqualTo(5);
      assertThat(d.range().start().column()).isEqualTo(1);
      assertThat(d.message()).contains("U+0000");
    });
    assertThat(of(report, "SUR006")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(3);
      assertThat(d.message()).contains("U+0000 (NULL)");
    });
    assertThat(report.files().get(0).parties()).extracting(p -> p.id())
        .contains("UA", "US", "PL");
  }

  @Test
  void aByteOrderMarkInTheMiddleOfAFile() {
    Report report = guarded(() -> surety.check(
        "party UA \"Ukraine\".\n\uFEFFparty US \"United States\".\n", "bom.surety"));

    assertThat(of(report, "SUR006")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.range().start().column()).isEqualTo(1);
      assertThat(d.message()).contains("U+FEFF (ZERO WIDTH NO-BREAK SPACE)");
    });
    assertThat(of(report, "SUR001")).isEmpty();
    assertThat(report.files().get(0).parties()).extracting(p -> p.id()).containsExactly("UA", "US");
  }

  @Test
  void carriageReturnOnlyLineEndsGiveTheRightPositions() {
    String text = "party UA \"Ukraine\".\r"
        + "\r"
        + "party US \"United States\"\r"
        + "party PL \"Poland\".\r"
        + "arrangement \"A\" {\r  dated 2026-02-30.\r}\r";

    Report report = guarded(() -> surety.check(text, "cr.surety"));

    assertThat(of(report, "SUR001")).first().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(3);
      assertThat(d.message()).contains("3:1");
    });
    assertThat(of(report, "SUR005")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(6);
      assertThat(d.range().start().column()).isEqualTo(9);
    });
    assertThat(report.files().get(0).range().end().line()).isEqualTo(8);
  }

  @Test
  void carriageReturnOnlyLineEndsKeepCommentsOnTheirLinesWhenFormatted() {
    String text = "party UA \"Ukraine\".\r// a note on the arrangement\rarrangement \"A\" {\r"
        + "  kind guarantee.\r}\r";

    var result = guarded(() -> dev.surety.dsl.format.SuretyFormatter.create()
        .format(text, "cr.surety"));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.formatted()).hasValue("party UA \"Ukraine\".\n// a note on the arrangement\n"
        + "arrangement \"A\" {\n  kind guarantee.\n}\n");
  }

  // ---- size ---------------------------------------------------------------------------------------

  @Test
  void aHundredThousandNestedBraces() {
    // 1,000 braces a line, so that no line is over maxLineLength
    String text = "arrangement \"A\"\n" + ("{".repeat(1000) + "\n").repeat(100)
        + ("}".repeat(1000) + "\n").repeat(100);

    Compilation c = guarded(() -> SuretyCompiler.create().compile(text, "nested.surety"));

    assertThat(of(c, "SUR003")).singleElement().satisfies(d -> {
      assertThat(d.message()).isEqualTo("blocks are nested more than 200 deep (maxNestingDepth)");
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.range().start().column()).isEqualTo(201);
    });
    assertThat(c.diagnostics()).noneMatch(d -> d.message().contains("could not"));
  }

  @Test
  void aFiveMegabyteLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("line.surety");
    String line = "arrangement \"A\" { condition \"" + "x".repeat(5 * 1024 * 1024) + "\". }";
    Files.writeString(file, "party UA \"Ukraine\".\n" + line + "\n");

    Compilation c = guarded(() -> SuretyCompiler.create().compile(file));

    assertThat(of(c, "SUR003")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.message()).isEqualTo("line 2 is " + line.length()
          + " characters long, over the limit of 100000 (maxLineLength)");
    });
  }

  @Test
  void aTextInMemoryOverTheSizeLimitIsNotRead() {
    SuretyCompiler small = SuretyCompiler.create(CompilerOptions.builder()
        .limits(Limits.builder().maxFileBytes(1024).build()).build());
    String text = "party UA \"Україна\".\n".repeat(50);

    Compilation c = guarded(() -> small.compile(text, "pasted.surety"));

    assertThat(c.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR003");
      assertThat(d.message())
          .isEqualTo("pasted.surety is larger than the limit of 1024 bytes (maxFileBytes)");
    });
    assertThat(c.files()).allSatisfy(f -> assertThat(f.parties()).isEmpty());
    assertThat(small.compile(text.substring(0, 500), "pasted.surety").diagnostics())
        .noneMatch(d -> d.code().equals("SUR003"));
  }

  @Test
  void listsOfThreeHundredThousandItems() {
    StringBuilder covers = new StringBuilder();
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      covers.append(i == 0 ? "" : ", ").append(i % 2 == 0 ? "land" : "air");
      members.append(i == 0 ? "" : ", ").append("UA");
      if (i % 1000 == 999) {
        covers.append('\n');
        members.append('\n');
      }
    }
    String text = "party UA \"Ukraine\".\ncoalition C \"Coalition\": " + members + ".\n"
        + "arrangement \"A\" {\n  covers " + covers + ".\n}\n";

    Compilation c = guarded(() -> SuretyCompiler.create().compile(text, "list.surety"));

    assertThat(of(c, "SUR003")).hasSize(2).allSatisfy(d ->
        assertThat(d.message()).contains("300000").contains("maxListItems"));
    // at the first item over the limit, the 100,001st (a line holds 1,000)
    assertThat(of(c, "SUR003")).extracting(d -> d.range().start().line())
        .containsExactly(102, 404);
    assertThat(c.arrangements().get(0).covers()).hasSize(100_000);
    assertThat(c.files().get(0).coalitions().get(0).members()).hasSize(100_000);
  }

  /**
   * 20,000 declarations whose ids collide pairwise (and whose names all collide), 10,000
   * guarantors and 10,000 references to undeclared ids: every rule that looks an id up must do so
   * through a map, or this takes time quadratic in the size of the draft.
   */
  @Test
  void twentyThousandPartiesWithCollidingNames() {
    int n = 10_000;
    StringBuilder text = new StringBuilder("arrangement \"A\" {\n  kind guarantee.\n"
        + "  party UA \"Ukraine\".\n  beneficiary UA.\n");
    for (int i = 0; i < n; i++) {
      text.append("  party P").append(i).append(" \"Party\"; legislature Parliament.\n");
      text.append("  party P").append(i).append(" \"Party\".\n");
    }
    for (int i = 0; i < n; i++) {
      text.append("  P").append(i).append(" backstop: air; to UA.\n");
      text.append("  Q").append(i).append(" military aid: air.\n");
    }
    text.append("}\n");

    Report report = guarded(() -> surety.check(text.toString(), "parties.surety"));

    List<Diagnostic> duplicates = of(report, "SUR102");
    assertThat(duplicates).hasSize(n);
    assertThat(duplicates.get(0)).satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(6);
      assertThat(d.message()).isEqualTo("`P0` is declared twice in the arrangement \"A\"; the"
          + " first, at parties.surety:5:3, is kept");
    });
    assertThat(of(report, "SUR101")).hasSize(n)
        .allSatisfy(d -> assertThat(d.message()).startsWith("`Q").contains("is not declared"));
    assertThat(of(report, "SUR201")).hasSize(n);
    assertThat(report.assessments().get(0).guarantors()).hasSize(2 * n);
  }

  // ---- values -------------------------------------------------------------------------------------

  @Test
  void numbersOfFourHundredDigits() {
    String big = "9".repeat(400);
    String text = "party UA \"Ukraine\".\nparty US \"United States\".\n"
        + "coalition C \"C\": UA, US; size " + big + ".\n"
        + "arrangement \"A\" {\n  beneficiary UA.\n"
        + "  US military aid: air; within " + big + " days.\n"
        + "  sustain US armed forces: " + big + " personnel.\n"
        + "  duration " + big + " years.\n}\n";

    Report report = guarded(() -> surety.check(text, "numbers.surety"));

    assertThat(of(report, "SUR001")).isEmpty();
    assertThat(of(report, "SUR003")).isEmpty();
    assertThat(of(report, "SUR005")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(3);
      assertThat(d.message()).startsWith("size 9999").endsWith(
          "... is not a plausible number of members (more than 2147483647)");
    });
    // a duration or amount is a decimal: kept exactly, never overflowed or rounded
    assertThat(report.arrangements().get(0).durations().get(0).length().orElseThrow().amount())
        .isEqualByComparingTo(new java.math.BigDecimal(big));
  }

  /**
   * A number of 20,000 groups of digits ({@code 1_1_1...}, 40,000 characters): read, not left
   * unread as "nested too deep" (the regular expression that checked it recursed once per group
   * and overflowed the stack at a few thousand).
   */
  @Test
  void aNumberOfTwentyThousandGroupsOfDigits() {
    String big = "1_".repeat(20_000) + "1";
    String text = "arrangement \"A\" {\n  beneficiary UA.\n  party UA \"Ukraine\".\n"
        + "  coalition C \"C\": UA; size " + big + ".\n  duration " + big + "_ years.\n}\n";

    Report report = guarded(() -> surety.check(text, "groups.surety"));

    assertThat(of(report, "SUR003")).isEmpty();
    assertThat(report.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.beneficiaries()).isNotEmpty());
    assertThat(of(report, "SUR001")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(5);
      assertThat(d.message()).contains("`_` may stand only between two digits");
    });
  }

  /**
   * A phrase in quotes of 15,000 words where a phrase without quotes belongs: the help says so (it
   * overflowed the stack, and the file went unread as "nested too deep").
   */
  @Test
  void aQuotedPhraseOfFifteenThousandWords() {
    String text = "arrangement \"A\" {\n  kind \"" + "word ".repeat(15_000) + "end\".\n"
        + "  beneficiary UA.\n  party UA \"Ukraine\".\n}\n";

    Report report = guarded(() -> surety.check(text, "words.surety"));

    assertThat(of(report, "SUR003")).isEmpty();
    assertThat(of(report, "SUR001")).singleElement().satisfies(d ->
        assertThat(d.range().start().line()).isEqualTo(2));
    assertThat(report.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.beneficiaries()).isNotEmpty());
  }

  /**
   * A title whose closing quote is missing, with a run of 50,000 spaces in it, and one whose
   * opening quote is missing, followed by such a run: read at once (the patterns that recognise
   * them backtracked over the run, cubically for the first: 2,000 spaces took 12 s).
   */
  @Test
  void titlesWithAMissingQuoteAndLongRunsOfSpaces() {
    String blanks = " ".repeat(50_000);
    Report unclosed = guarded(() -> surety.check("arrangement \"Shield" + blanks + "x\n"
        + "  kind guarantee.\n}\n", "unclosed.surety"));
    Report unopened = guarded(() -> surety.check("arrangement Shield\"" + blanks + "x\n"
        + "  kind guarantee.\n}\n", "unopened.surety"));

    assertThat(of(unclosed, "SUR001")).isNotEmpty()
        .allSatisfy(d -> assertThat(d.range().start().line()).isEqualTo(1));
    assertThat(unclosed.arrangements()).singleElement()
        .satisfies(a -> assertThat(a.title()).startsWith("Shield").endsWith("x"));
    assertThat(of(unopened, "SUR001")).isNotEmpty();
  }

  /**
   * A response commitment without a trigger whose 30 items in quotes hold runs of 95,000 spaces:
   * its SUR106 comes at once (the help looks for an item that ends in `on <word>`, and the pattern
   * it used backtracked over such a run in time quadratic in it: 80,000 spaces, 31 s for one item
   * on the command line; 5 items of 95,000, 27 s here).
   */
  @Test
  void itemsInQuotesWithLongRunsOfSpaces() {
    StringBuilder text = new StringBuilder("arrangement \"A\" {\n  beneficiary UA.\n"
        + "  party UA \"Ukraine\".\n  party US \"United States\".\n  US backstop:");
    for (int i = 0; i < 30; i++) {
      text.append(i == 0 ? " \"a" : ",\n    \"a").append(" ".repeat(95_000)).append("b\"");
    }
    text.append(".\n}\n");

    Report report = guarded(() -> surety.check(text.toString(), "spaces.surety"));

    assertThat(of(report, "SUR003")).isEmpty();
    assertThat(of(report, "SUR106")).singleElement().satisfies(d ->
        assertThat(d.help()).hasValue("add `; on <trigger>` naming the event that activates it"));
  }

  @Test
  void datesThatAreNotOnTheCalendar() {
    String text = "arrangement \"A\" {\n  dated 2026-02-30.\n  duration until 0000-00-00.\n}\n"
        + "arrangement \"B\" {\n  dated 2024-02-29.\n  duration until 2026-13-01.\n}\n";

    Report report = guarded(() -> surety.check(text, "dates.surety"));

    assertThat(of(report, "SUR005")).extracting(Diagnostic::message).containsExactly(
        "`2026-02-30` is not a calendar date",
        "`0000-00-00` is not a calendar date",
        "`2026-13-01` is not a calendar date");
    assertThat(of(report, "SUR005")).extracting(d -> d.range().start().line())
        .containsExactly(2, 3, 7);
    assertThat(report.arrangements().get(1).dated()).isPresent();
  }

  // ---- hidden text (SUR006) -----------------------------------------------------------------------

  @Test
  void bidirectionalControlsInAString() {
    Report report = guarded(() -> surety.check(
        "arrangement \"A\" {\n  condition \"weapons are not used\u202E against RU\u202C\".\n}\n",
        "bidi.surety"));

    assertThat(of(report, "SUR006")).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.range().start().column()).isEqualTo(13);
      assertThat(d.message()).isEqualTo("the string holds invisible or bidirectional control"
          + " characters: U+202E (RIGHT-TO-LEFT OVERRIDE), U+202C (POP DIRECTIONAL FORMATTING);"
          + " it may read differently from what it says");
    });
  }

  @Test
  void bidirectionalIsolatesInComments() {
    Report report = guarded(() -> surety.check(
        "// reviewed \u2067by counsel\u2069\n/* final\u2066 text */\nparty UA \"Ukraine\".\n",
        "comments.surety"));

    assertThat(of(report, "SUR006")).hasSize(2);
    assertThat(of(report, "SUR006").get(0).message()).startsWith("the comment holds")
        .contains("U+2067 (RIGHT-TO-LEFT ISOLATE)", "U+2069 (POP DIRECTIONAL ISOLATE)");
    assertThat(of(report, "SUR006").get(1).message())
        .contains("U+2066 (LEFT-TO-RIGHT ISOLATE)");
    assertThat(of(report, "SUR006")).extracting(d -> d.range().start().line())
        .containsExactly(1, 2);
  }

  @Test
  void zeroWidthCharactersInAPhraseAndATitle() {
    Report report = guarded(() -> surety.check(
        "party UA \"Ukraine\".\nparty US \"United States\".\n"
            + "arrangement \"Shield\u200B\" {\n  beneficiary UA.\n"
            + "  US military\u200D aid: air.\n}\n",
        "zero.surety"));

    assertThat(of(report, "SUR006")).hasSize(2);
    assertThat(of(report, "SUR006").get(0)).satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(3);
      assertThat(d.message()).contains("U+200B (ZERO WIDTH SPACE)");
    });
    assertThat(of(report, "SUR006").get(1)).satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(5);
      assertThat(d.range().start().column()).isEqualTo(14);
      assertThat(d.message()).startsWith("the text between words")
          .contains("U+200D (ZERO WIDTH JOINER)");
    });
  }

  @Test
  void tagCharactersHideASentenceInAStringOrAComment() {
    // U+E0000 to U+E007F mirror ASCII and render as nothing: "ASCII smuggling" hides a clause that
    // a machine reads and a person does not; beyond U+FFFF, so each is two chars in Java
    String hidden = "not used against RU".codePoints().map(cp -> 0xE0000 + cp)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    Report report = guarded(() -> surety.check(
        "// reviewed" + hidden + "\narrangement \"A\" {\n  condition \"weapons are used" + hidden
            + "\".\n}\n", "tags.surety"));

    assertThat(of(report, "SUR006")).extracting(d -> d.range().start().line())
        .containsExactly(1, 3);
    assertThat(of(report, "SUR006")).allSatisfy(d -> assertThat(d.message())
        .contains("U+E006E (TAG LATIN SMALL LETTER N)"));
  }

  @Test
  void aHangulFillerInAnIdOrAWordAndOtherInvisibleCharacters() {
    // U+3164 is a letter: `US\u3164` lexes as one id that looks like `US`; a variation selector
    // is a mark, and the Mongolian vowel separator and the invisible musical symbols are format
    // characters like the zero-width space
    Report report = guarded(() -> surety.check(
        "party UA \"Ukraine\".\nparty US\u3164 \"United States\".\n"
            + "arrangement \"A\" {\n  beneficiary UA.\n"
            + "  UA military aid\uFE0F: air\u180E defence, \"\u034Ftraining\uD834\uDD73\".\n}\n",
        "filler.surety"));

    List<Diagnostic> hidden = of(report, "SUR006");
    assertThat(hidden).extracting(d -> d.range().start().line() + ":" + d.range().start().column())
        .containsExactly("2:7", "5:15", "5:24", "5:35");
    assertThat(hidden.get(0).message()).startsWith("the word holds")
        .contains("U+3164 (HANGUL FILLER)");
    assertThat(hidden.get(1).message()).startsWith("the word holds")
        .contains("U+FE0F (VARIATION SELECTOR-16)");
    assertThat(hidden.get(2).message()).startsWith("the text between words")
        .contains("U+180E (MONGOLIAN VOWEL SEPARATOR)");
    assertThat(hidden.get(3).message()).startsWith("the string holds")
        .contains("U+034F (COMBINING GRAPHEME JOINER)", "U+1D173 (MUSICAL SYMBOL BEGIN BEAM)");
    // the Mongolian vowel separator is kept out of the way, as a zero-width space is: no SUR001
    assertThat(of(report, "SUR001")).isEmpty();
  }

  @Test
  void aZeroWidthJoinerIsHiddenUnlessItJoinsTwoPictographs() {
    // a firefighter (woman, ZWJ, fire engine) and a rainbow flag (flag, VS16, ZWJ, rainbow) are
    // one emoji each; a joiner between letters, or two joiners, join nothing that shows
    Report shown = guarded(() -> surety.check("arrangement \"Crews \uD83D\uDC69\u200D\uD83D\uDE92"
        + " \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08\" {\n}\n", "shown.surety"));
    Report hidden = guarded(() -> surety.check("arrangement \"Crews \uD83D\uDC69\u200D\u200D"
        + "\uD83D\uDE92\" {\n  condition \"sea\u200Dland\".\n}\n", "hidden.surety"));

    assertThat(of(shown, "SUR006")).isEmpty();
    assertThat(of(hidden, "SUR006")).hasSize(2).allSatisfy(d -> assertThat(d.message())
        .contains("U+200D (ZERO WIDTH JOINER)"));
  }

  @Test
  void aVariationSelectorIsHiddenUnlessItVariesTheCharacterBeforeIt() {
    // the emoji presentation of a shield and a keycap are what they show; a run of selectors
    // after the shield carries a byte each, and one after a space varies nothing
    Report shown = guarded(() -> surety.check(
        "arrangement \"Shield \uD83D\uDEE1\uFE0F\" {\n  condition \"layer 1\uFE0F\u20E3\".\n}\n",
        "shown.surety"));
    Report hidden = guarded(() -> surety.check(
        "arrangement \"Shield \uD83D\uDEE1\uFE0F\uFE01\uDB40\uDD00\" {\n"
            + "  condition \"layer \uFE0F1\".\n}\n", "hidden.surety"));

    assertThat(of(shown, "SUR006")).isEmpty();
    assertThat(of(hidden, "SUR006")).extracting(Diagnostic::message).containsExactly(
        "the string holds invisible or bidirectional control characters: U+FE01 (VARIATION"
            + " SELECTOR-2), U+E0100 (VARIATION SELECTOR-17); it may read differently from what it"
            + " says",
        "the string holds invisible or bidirectional control characters: U+FE0F (VARIATION"
            + " SELECTOR-16); it may read differently from what it says");
  }
}

package dev.surety.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SuretyFormatterTest {

  private static final SuretyFormatter FORMATTER = SuretyFormatter.create();

  private static String format(String source) {
    FormatResult result = FORMATTER.format(source, "test.surety");
    assertThat(result.diagnostics()).isEmpty();
    String formatted = result.formatted().orElseThrow();
    assertThat(FORMATTER.format(formatted, "test.surety").formatted()).contains(formatted);
    return formatted;
  }

  @Test
  void spacingIndentationAndOneStatementPerLine() {
    assertThat(format("party UA \"Ukraine\" ;legislature   \"Verkhovna Rada\" .arrangement \"A\"{"
        + "kind guarantee.beneficiary UA . layer \"L\" { UA , UA   military aid:air defence,sea;"
        + "within 72 hours.}}"))
        .isEqualTo("""
            party UA "Ukraine"; legislature "Verkhovna Rada".
            arrangement "A" {
              kind guarantee.
              beneficiary UA.
              layer "L" {
                UA, UA military aid: air defence, sea; within 72 hours.
              }
            }
            """);
  }

  @Test
  void emptyBlocksAndEmptyFiles() {
    assertThat(format("arrangement \"A\" {   }")).isEqualTo("arrangement \"A\" {\n}\n");
    assertThat(format("")).isEmpty();
    assertThat(format("  \n\n ")).isEmpty();
    assertThat(format("// only a comment")).isEqualTo("// only a comment\n");
  }

  @Test
  void aLongStatementBreaksAfterSemicolonsFirstWithFourMoreSpaces() {
    String source = "arrangement \"A\" {\n  layer \"L\" {\n"
        + "    US backstop: air defence, aviation, intelligence; to CoW; on attack; as deemed necessary;"
        + " requires Congress ratification.\n  }\n}\n";
    assertThat(format(source)).isEqualTo("arrangement \"A\" {\n  layer \"L\" {\n"
        + "    US backstop: air defence, aviation, intelligence; to CoW; on attack; as deemed necessary;\n"
        + "        requires Congress ratification.\n  }\n}\n");
  }

  @Test
  void aListLongerThanALineBreaksAfterCommas() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      items.append(i == 0 ? "" : ", ").append("item").append(i);
    }
    String formatted = format("arrangement \"A\" {\n  US aid: " + items + "; within 2 days.\n}\n");
    for (String line : formatted.split("\n")) {
      assertThat(line.length()).isLessThanOrEqualTo(100);
    }
    assertThat(formatted).contains("\n      item").contains("; within 2 days.\n}");
    assertThat(formatted.lines().filter(l -> l.startsWith("      ")).toList())
        .allSatisfy(l -> assertThat(l).doesNotStartWith("       "));
  }

  @Test
  void aTokenLongerThanTheLineStaysWhole() {
    String condition = "\"" + "x".repeat(120) + "\"";
    assertThat(format("arrangement \"A\" { condition " + condition + ". }"))
        .isEqualTo("arrangement \"A\" {\n  condition " + condition + ".\n}\n");
  }

  @Test
  void commentsStayWhereTheyWere() {
    String source = """
        /* head */ // top


        include "a.surety". // after the include
        party   UA "Ukraine" ;legislature   "Rada" . /* after */ /* two */
        arrangement "A"{ // on the opening line


          // before kind
          kind guarantee.
          UA backstop: air, // after a comma
             sea; /* inline */ within 2 days
             // on its own line inside a statement
             ; on x.
          /* over
               two lines */ beneficiary UA.


          layer "L" {
            // alone in a block

          }
          // at the end of the block

        } // after the block
        // at the end of the file


        """;
    assertThat(format(source)).isEqualTo("""
        /* head */ // top

        include "a.surety". // after the include
        party UA "Ukraine"; legislature "Rada". /* after */ /* two */
        arrangement "A" { // on the opening line
          // before kind
          kind guarantee.
          UA backstop: air, // after a comma
              sea; /* inline */ within 2 days
              // on its own line inside a statement
              ; on x.
          /* over
               two lines */ beneficiary UA.

          layer "L" {
            // alone in a block
          }
          // at the end of the block
        } // after the block
        // at the end of the file
        """);
  }

  @Test
  void blankLinesBetweenGroupsAreKeptOnce() {
    assertThat(format("party A \"A\".\n\n\n\nparty B \"B\".\nparty C \"C\".\n\n// c\n\nparty D \"D\".\n"))
        .isEqualTo("party A \"A\".\n\nparty B \"B\".\nparty C \"C\".\n\n// c\n\nparty D \"D\".\n");
  }

  @Test
  void stringsNumbersAndIdentifiersAreCopied() {
    String source = "party Україна \"a \\\"q\\\" \\\\ 🇺🇦\"; legislature \"Rada\".\n"
        + "arrangement \"A\" {\n  UA aid: x; annually EUR 2_500_000.50 billion; within 3.5 days.\n"
        + "  sustain UA forces: 800_000 personnel.\n}\n";
    assertThat(format(source)).isEqualTo(source);
  }

  @Test
  void aNegativeNumberIsCopiedWithItsSign() {
    // SUR005, not a syntax error: formatted, and the sign stays on its number
    assertThat(format("arrangement \"A\" {\n  UA aid: long-range fires;within -3 days;total EUR"
        + " -5 billion.\n  limit UA forces:-5 personnel.\n}\n"))
        .isEqualTo("arrangement \"A\" {\n  UA aid: long-range fires; within -3 days; total EUR"
            + " -5 billion.\n  limit UA forces: -5 personnel.\n}\n");
  }

  @Test
  void unicodeSpacesAreLaidOutAsSpacesAndASoftHyphenStaysInItsWord() {
    assertThat(format("arrangement\u00A0\"A\" {\u2028kind\u2003guarantee.\u0085"
        + "UA aid: air\u00ADdefence.}"))
        .isEqualTo("arrangement \"A\" {\n  kind guarantee.\n  UA aid: air\u00ADdefence.\n}\n");
  }

  @Test
  void keepsAByteOrderMarkAndCrlfLineEnds() {
    String source = "\uFEFFparty UA \"Ukraine\".\r\narrangement \"A\"   {\r\n kind guarantee.\r\n}";
    assertThat(format(source))
        .isEqualTo("\uFEFFparty UA \"Ukraine\".\r\narrangement \"A\" {\r\n  kind guarantee.\r\n}\r\n");
  }

  @Test
  void trailingSpacesOfALineCommentAreDropped() {
    assertThat(format("party UA \"Ukraine\". // note   \n")).isEqualTo("party UA \"Ukraine\". // note\n");
  }

  @Test
  void spacesEndingALineOfABlockCommentAndUnicodeSpacesEndingALineCommentAreDropped() {
    assertThat(format("party US \"US\". /* a   \n b\t\n c */\nparty UA \"UA\". // x\u00A0\u2003\n"))
        .isEqualTo("party US \"US\". /* a\n b\n c */\nparty UA \"UA\". // x\n");
  }

  /**
   * The line end is the first one between tokens: not one inside a block comment, whose lines end
   * as the file's do (a CRLF file whose comment held an LF came out CRLF, then LF when formatted
   * again, found by fuzzing).
   */
  @Test
  void aBlockCommentsLineEndsAreTheFilesAndTheFirstLineEndOutsideCommentsDecides() {
    assertThat(format("party US \"United States\";\r\n  legislature Congress /* the US\n"
        + "   legislature */.\r\nparty UA \"Ukraine\".\r\n"))
        .isEqualTo("party US \"United States\"; legislature Congress /* the US\r\n"
            + "   legislature */.\r\nparty UA \"Ukraine\".\r\n");
    assertThat(format("party US \"US\"; /* note\n   continued */\r\n  legislature Congress.\r\n"))
        .isEqualTo("party US \"US\"; /* note\r\n   continued */ legislature Congress.\r\n");
  }

  /**
   * A {@code surety:disable-next-line} covers a line: the line it covers keeps its tokens, neither
   * broken when over the width nor joined to the next (either moved findings in or out of the
   * suppression: a suppressed SUR111 came back after formatting, or a reported one vanished).
   */
  @Test
  void theLineADirectiveCoversIsNeitherBrokenNorJoined() {
    String covered = "  US military aid: air defence, long-range fires, training, aviation,"
        + " \"armoured vehicles\", intelligance.\n";
    String longLine = "arrangement \"T\" {\n  // surety:disable-next-line SUR111 -- as agreed\n"
        + covered + "}\n";
    assertThat(covered.length()).isGreaterThan(SuretyFormatter.MAX_WIDTH);
    assertThat(format(longLine)).isEqualTo(longLine);

    assertThat(format("arrangement \"T\" {\n  US military aid: air defence,\n"
        + "    // surety:disable-next-line SUR111 -- on purpose\n    training,\n"
        + "    intelligance.\n}\n"))
        .isEqualTo("arrangement \"T\" {\n  US military aid: air defence,\n"
            + "      // surety:disable-next-line SUR111 -- on purpose\n      training,\n"
            + "      intelligance.\n}\n");
    // the lines around it are laid out as usual
    assertThat(format("arrangement \"T\" {\n  US aid: air,\n  sea,\n"
        + "  // surety:disable-next-line SUR111\n  intelligance, land,\n  aviation.\n}\n"))
        .isEqualTo("arrangement \"T\" {\n  US aid: air, sea,\n"
            + "      // surety:disable-next-line SUR111\n      intelligance, land,\n"
            + "      aviation.\n}\n");
  }

  /** Two statements on the covered line: the canonical layout would split them, so no layout. */
  @Test
  void aCoveredLineWithTwoStatementsIsLeftAsItIsWithTheFix() {
    String source = "arrangement \"T\" {\n  // surety:disable-next-line SUR101\n"
        + "  party UA \"Ukraine\". party US \"United States\".\n}\n";
    FormatResult result = FORMATTER.format(source, "two.surety");
    assertThat(result.formatted()).isEmpty();
    assertThat(result.leftAsItIs()).isPresent();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.range().start().line()).isEqualTo(2);
      assertThat(d.range().start().column()).isEqualTo(3);
      assertThat(d.message()).contains("`surety:disable-next-line` covers holds more than one"
          + " statement");
      assertThat(d.help()).hasValueSatisfying(
          help -> assertThat(help).contains("put each statement of that line on a line of its own"));
    });
  }

  @Test
  void hiddenCharactersStayAgainstTheirNeighbours() {
    String source = "arrangement \"A\" {\n  UA air\u200Bdefence.\n}\n";
    assertThat(format("arrangement \"A\" {\n    UA    air\u200Bdefence .}")).isEqualTo(source);
  }

  @Test
  void aTextWithSyntaxErrorsIsNotFormatted() {
    FormatResult result = FORMATTER.format(
        "arrangement \"A\" {\n  party US \"United States\" legislature Congress.\n}\n", "bad.surety");
    assertThat(result.formatted()).isEmpty();
    assertThat(result.leftAsItIs()).as("syntax errors are shown as findings").isEmpty();
    assertThat(result.diagnostics()).isNotEmpty()
        .allSatisfy(d -> assertThat(d.code()).isEqualTo("SUR001"));
    assertThat(result.diagnostics().get(0).range().file()).isEqualTo("bad.surety");
    assertThat(result.diagnostics().get(0).range().start().line()).isEqualTo(2);
  }

  @Test
  void theTextAsReadIsTheCompilersWithoutTheByteOrderMark() {
    // what the diagnostics' columns count in, for a caller that shows their lines
    FormatResult broken = FORMATTER.format("\uFEFFparty UA \"Ukraine\"\rparty X.", "b.surety");
    assertThat(broken.formatted()).isEmpty();
    assertThat(broken.read()).isEqualTo("party UA \"Ukraine\"\nparty X.");
    byte[] latin1 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'p', (byte) 0xFF, '\r'};
    assertThat(FORMATTER.format(latin1, "l.surety").read()).isEqualTo("p\uFFFD\n");
    assertThat(FORMATTER.format("\uFEFFparty UA \"U\".", "ok.surety").read())
        .isEqualTo("party UA \"U\".");
  }

  @Test
  void bytesAreDecodedAsUtf8() {
    byte[] source = "party UA   \"Україна\".".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(FORMATTER.format(source, "u.surety").formatted())
        .contains("party UA \"Україна\".\n");
  }

  @Test
  void bytesThatAreNotUtf8AreNotFormatted() {
    byte[] source = {'p', 'a', 'r', 't', 'y', ' ', 'U', 'A', ' ', '"', (byte) 0xC3, '"', '.', '\n',
        '\n', 'p', (byte) 0xFF};
    FormatResult result = FORMATTER.format(source, "latin1.surety");
    assertThat(result.formatted()).isEmpty();
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("SUR001");
      assertThat(d.range().file()).isEqualTo("latin1.surety");
      assertThat(d.range().start().line()).isEqualTo(1);
      assertThat(d.message()).contains("not valid UTF-8");
    });
  }

  @Test
  void semanticErrorsDoNotStopFormatting() {
    assertThat(format("arrangement \"A\" {\n  instrument   treatey.\n  dated 2026-02-30.\n  X aid.\n}"))
        .isEqualTo("arrangement \"A\" {\n  instrument treatey.\n  dated 2026-02-30.\n  X aid.\n}\n");
  }

  @Test
  void neverThrows() {
    assertThat(FORMATTER.format((String) null, null).formatted()).contains("");
    assertThat(FORMATTER.format((byte[]) null, null).formatted()).contains("");
    for (String bad : List.of("\"", "/*", "}", "{", "arrangement", "@", "\u0000", "\uD800",
        "party UA \"U\".\n".repeat(3) + "/* x")) {
      FormatResult result = FORMATTER.format(bad, "x.surety");
      assertThat(result.formatted().isPresent() || !result.diagnostics().isEmpty()).isTrue();
    }
  }

  @Test
  void isThreadSafe() throws Exception {
    List<String> drafts = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      drafts.add(Drafts.generate(new java.util.Random(i)));
    }
    // (a few generated drafts have a directive covering two statements, which are not formatted)
    List<Optional<String>> expected =
        drafts.stream().map(d -> FORMATTER.format(d, "t.surety").formatted()).toList();
    assertThat(expected.stream().filter(Optional::isPresent).count()).isGreaterThan(48);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Optional<String>>> futures = new ArrayList<>();
      for (String d : drafts) {
        futures.add(pool.submit(() -> FORMATTER.format(d, "t.surety").formatted()));
      }
      for (int i = 0; i < drafts.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void diagnosticsAreSorted() {
    FormatResult result = FORMATTER.format("party A \"a\" x.\nparty B \"b\" y.\n", "s.surety");
    List<Diagnostic> sorted = new ArrayList<>(result.diagnostics());
    sorted.sort(Diagnostic.ORDER);
    assertThat(result.diagnostics()).hasSize(2).isEqualTo(sorted);
  }
}

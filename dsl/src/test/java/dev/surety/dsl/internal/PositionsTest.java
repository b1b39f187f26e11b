package dev.surety.dsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * {@link Positions} measures a token in the input text when it can (no character outside the
 * Basic Multilingual Plane), and in the token's text otherwise; both must give every token the
 * same range.
 */
class PositionsTest {

  private static void assertSameRanges(String text) {
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text, "t.surety"));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    Positions fromText = new Positions("t.surety", text);
    Positions fromTokens = new Positions("t.surety");
    for (Token token : tokens.getTokens()) {
      assertThat(fromText.range(token)).as("%s in %s", token, text).isEqualTo(fromTokens.range(token));
    }
  }

  @Test
  void multiLineTokensEndOnTheirLastLine() {
    String text = "/* one\ntwo\n three */ party US \"United\nStates\".\n// end";
    assertSameRanges(text);
    Positions positions = new Positions("t.surety", text);
    SuretyLexer lexer = new SuretyLexer(CharStreams.fromString(text, "t.surety"));
    Token comment = lexer.nextToken();
    assertThat(positions.range(comment).endLine()).isEqualTo(3);
    assertThat(positions.range(comment).endColumn()).isEqualTo(10);
  }

  @Test
  void textBeyondTheBasicPlaneIsMeasuredInCodePoints() {
    String text = "party US \"🇺🇸 United States\". // 🛡️\narrangement \"𝔄\" { beneficiary UA. }";
    assertSameRanges(text);
    assertThat(new Positions("t.surety", text).readable(0, 0)).isFalse();
  }

  @Property(tries = 300)
  void bothWaysGiveTheSameRanges(@ForAll("drafts") String text) {
    assertSameRanges(text);
  }

  @Provide
  Arbitrary<String> drafts() {
    Arbitrary<String> pieces = Arbitraries.of(List.of(
        "party US \"United States\"", " ", "\n", "\r\n", "\t", ".", ";", ":", ",", "{", "}",
        "\"a\nb\"", "\"unterminated", "/* c\n\nd */", "/* open", "// note\n", "arrangement", "US",
        "backstop", "air defence", "2026-01-08", "12_000", "\u200B", "é", "\u0000", "~", "#"));
    return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
  }
}

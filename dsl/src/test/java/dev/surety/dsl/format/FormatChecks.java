package dev.surety.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.model.ImmutableSourceFile;
import dev.surety.core.model.ImmutableSuppression;
import dev.surety.core.model.SourceFile;
import dev.surety.core.model.Suppression;
import dev.surety.dsl.Compilation;
import dev.surety.dsl.CompilerOptions;
import dev.surety.dsl.Report;
import dev.surety.dsl.Surety;
import dev.surety.dsl.SuretyCompiler;
import dev.surety.dsl.internal.SuretyLexer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.Token;

/**
 * The properties of issue #7 point 3, for one text: formatting is idempotent, keeps the compiled
 * model, keeps the multiset of comment texts, and leaves no line over 100 columns that could still
 * be broken; plus the layout basics (no trailing whitespace, one final newline, no two blank lines).
 */
final class FormatChecks {

  private static final SuretyFormatter FORMATTER = SuretyFormatter.create();

  private FormatChecks() {}

  /** Formats {@code source} and checks every property; returns the formatted text. */
  static String check(String source, String fileName, Path root) {
    FormatResult result = FORMATTER.format(source, fileName);
    if (result.formatted().isEmpty() && result.diagnostics().size() == 1
        && result.leftAsItIs().isPresent()) {
      // refused: only where a directive covers a line holding more than one statement or brace
      assertThat(coversTwoStatements(source, fileName, root))
          .as("the formatter refused, for a directive, to format\n%s", source).isTrue();
      return source;
    }
    assertThat(result.diagnostics()).as("diagnostics of\n%s", source).isEmpty();
    assertThat(result.formatted()).as("formatted text of\n%s", source).isPresent();
    String formatted = result.formatted().get();

    FormatResult again = FORMATTER.format(formatted, fileName);
    assertThat(again.formatted()).as("formatting twice, from\n%s", source).contains(formatted);

    assertThat(model(formatted, fileName, root)).as("model of the formatted text of\n%s", source)
        .isEqualTo(model(source, fileName, root));
    assertThat(comments(formatted)).as("comments of the formatted text of\n%s", source)
        .isEqualTo(comments(source));
    assertThat(findings(formatted, fileName, root))
        .as("findings reported and suppressed, formatted from\n%s", source)
        .isEqualTo(findings(source, fileName, root));
    checkLayout(formatted, source);
    return formatted;
  }

  /** The compiled model, positions aside (ranges are auxiliary; suppression lines are dropped). */
  static List<Object> model(String text, String fileName, Path root) {
    Compilation c = SuretyCompiler.create(CompilerOptions.builder().root(root).build())
        .compile(text, fileName);
    List<Object> model = new ArrayList<>();
    for (SourceFile f : c.files()) {
      model.add(ImmutableSourceFile.copyOf(f).withSuppressions(f.suppressions().stream()
          .map(s -> ImmutableSuppression.copyOf(s).withLine(0)).collect(Collectors.toList())));
    }
    model.add(c.arrangements());
    model.add(c.diagnostics().stream().map(Diagnostic::code).sorted().collect(Collectors.toList()));
    return model;
  }

  /**
   * The codes of the findings reported and of those suppressed (a suppression covers a line, so a
   * layout that moved a token to or from a covered line changes them), sorted.
   */
  static List<List<String>> findings(String text, String fileName, Path root) {
    Report report = Surety.builder().assess(false)
        .compilerOptions(CompilerOptions.builder().root(root).build()).build()
        .check(text, fileName);
    return List.of(
        report.diagnostics().stream().map(Diagnostic::code).sorted().collect(Collectors.toList()),
        report.suppressed().stream().map(s -> s.diagnostic().code()).sorted()
            .collect(Collectors.toList()));
  }

  /**
   * Whether a line that a {@code surety:disable-next-line} covers holds a statement's end or a
   * brace followed by another token: the one layout the formatter refuses to change.
   */
  static boolean coversTwoStatements(String text, String fileName, Path root) {
    Compilation c = SuretyCompiler.create(CompilerOptions.builder().root(root).build())
        .compile(text, fileName);
    List<Integer> covered = c.files().get(0).suppressions().stream()
        .filter(s -> s.scope() == Suppression.Scope.NEXT_LINE).map(Suppression::line)
        .collect(Collectors.toList());
    List<Token> tokens = WholeTreeFormatter.lex(text, fileName).getTokens().stream()
        .filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF)
        .collect(Collectors.toList());
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean ends = t.getType() == SuretyLexer.DOT || t.getType() == SuretyLexer.LBRACE
          || t.getType() == SuretyLexer.RBRACE;
      if (ends && covered.contains(t.getLine()) && tokens.get(i + 1).getLine() == t.getLine()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The comment texts, sorted; a line comment without the spaces that end its line; the line ends
   * inside a block comment as LF, since the formatter writes every line end (CRLF, or a lone CR,
   * which ends a line for the compiler) as the output's (docs/formatting.md, "Line ends").
   */
  static List<String> comments(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : WholeTreeFormatter.lex(text, "x").getTokens()) {
      if (t.getType() == SuretyLexer.LINE_COMMENT || t.getType() == SuretyLexer.BLOCK_COMMENT) {
        out.add(SuretyFormatter.text(t).replace("\r\n", "\n").replace('\r', '\n'));
      }
    }
    out.sort(null);
    return out;
  }

  static void checkLayout(String formatted, String source) {
    String body = formatted.startsWith("\uFEFF") ? formatted.substring(1) : formatted;
    if (body.isEmpty()) {
      return;
    }
    assertThat(body).as("ends with one newline:\n%s", source).endsWith("\n")
        .doesNotEndWith("\n\n").doesNotEndWith("\n\r\n");
    String[] lines = body.split("\r?\n", -1);
    List<Token> tokens =
        WholeTreeFormatter.significant(WholeTreeFormatter.lex(body, "x").getTokens());
    // lines inside multi-line block comments and strings are the author's text
    boolean[] insideComment = new boolean[lines.length + 2];
    for (Token t : tokens) {
      long breaks = t.getText().chars().filter(ch -> ch == '\n').count();
      for (int l = t.getLine() + 1; l <= t.getLine() + breaks; l++) {
        insideComment[l] = true;
      }
    }
    for (int i = 0; i < lines.length - 1; i++) {
      String line = lines[i];
      boolean trailing = !line.isEmpty()
          && (line.endsWith("\t") || Character.isSpaceChar(line.charAt(line.length() - 1)));
      if (insideComment[i + 1] && trailing) {
        throw new AssertionError("line " + (i + 1) + " of a comment ends in whitespace:\n"
            + formatted + "\nformatted from:\n" + source);
      }
      if (insideComment[i + 1]) {
        continue;
      }
      if (trailing || line.startsWith("\t")
          || (i > 0 && line.isEmpty() && lines[i - 1].isEmpty())) {
        throw new AssertionError("line " + (i + 1) + " has trailing whitespace, a tab, or is a"
            + " second blank line:\n" + formatted + "\nformatted from:\n" + source);
      }
    }
    assertThat(lines[0]).as("no blank first line").isNotEmpty();
    // a line over the width holds no break opportunity: no `,` or `;` followed on the same line
    // by another token of the statement (but a line a directive covers stays one line)
    List<Integer> covered = suppressionLines(body);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.getType() != SuretyLexer.COMMA && t.getType() != SuretyLexer.SEMI
          || covered.contains(t.getLine())) {
        continue;
      }
      for (int j = i + 1; j < tokens.size(); j++) {
        Token next = tokens.get(j);
        if (next.getChannel() == Token.DEFAULT_CHANNEL) {
          if (next.getLine() == t.getLine()) {
            String line = lines[t.getLine() - 1];
            assertThat(line.codePointCount(0, line.length()))
                .as("line %d could be broken after `%s`:\n%s", t.getLine(), t.getText(), formatted)
                .isLessThanOrEqualTo(SuretyFormatter.MAX_WIDTH);
          }
          break;
        }
      }
    }
  }

  /** The lines that the text's {@code surety:disable-next-line} directives cover. */
  private static List<Integer> suppressionLines(String text) {
    return SuretyCompiler.create().compile(text, "x.surety").files().stream()
        .flatMap(f -> f.suppressions().stream())
        .filter(s -> s.scope() == Suppression.Scope.NEXT_LINE).map(Suppression::line)
        .collect(Collectors.toList());
  }
}

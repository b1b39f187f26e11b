package dev.surety.cli.lsp;

import dev.surety.core.diagnostic.Diagnostic;
import dev.surety.core.source.SourcePosition;
import dev.surety.core.source.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Quick fixes, only where the finding says exactly what to write:
 *
 * <ul>
 *   <li>SUR201: the help names the qualifier ({@code ; requires Congress ratification}); it goes
 *       before the commitment's final {@code .} (the finding's range is the commitment). Or, for a
 *       misspelt legislature, the help says what to write for what ({@code write `requires
 *       Congress ratification` for `requires Congres ratification`}); it replaces the latter where
 *       the first related location says it is written;
 *   <li>SUR106, SUR113, SUR201: a qualifier written after a {@code ,} was read as an item; the help
 *       says {@code write `; on attack` for `, on attack`}, and the {@code ,} before the item (the
 *       first related location) becomes {@code ;};
 *   <li>SUR111: the help says {@code write `term`}; the term replaces the phrase (the range);
 *   <li>SUR004: for a directive written in another case, the help writes the whole comment in
 *       lower case ({@code write `// surety:disable-file SUR114`}); it replaces the comment (the
 *       range). No other SUR004 is fixed: removing a suppression, or a code from it, is the
 *       drafter's choice;
 *   <li>SUR101, SUR005: the message offers one declared id or value ({@code did you mean `UK`?},
 *       {@code did you mean `years`?}); it replaces the reference or the value (the range);
 *   <li>SUR001: the help says a keyword takes no {@code :} ({@code kind: assurance.}); the colon
 *       (the range) is removed. Or the message expects one keyword and found a misspelling of it
 *       ({@code expected `necessary` ..., but found `neccessary`}); it replaces the word (the
 *       range). Or the message offers a keyword for a misspelt one ({@code did
 *       you mean `immediate`?}); it replaces the word (the range). Or the help names the statement
 *       keyword that a misspelt first word stands for ({@code write `withdrawal`: `withdrawl` is
 *       not a keyword}); it replaces that word where the message says the statement starts.
 * </ul>
 *
 * Anything else (a choice between two fixes, a value only the drafter knows) gets no action.
 */
final class CodeActions {

  private static final Pattern QUALIFIER =
      Pattern.compile("add `(; requires [^`]+ (?:ratification|approval))` to the commitment");
  private static final Pattern WRITE = Pattern.compile("^write `([^`]+)`$");
  private static final Pattern WRITE_FOR = Pattern.compile("^write `([^`]+)` for `([^`]+)`");
  private static final Pattern SEMICOLON_FOR_COMMA =
      Pattern.compile("^write `; ([^`]+)` for `, \\1`");
  private static final Pattern DID_YOU_MEAN = Pattern.compile("; did you mean `([^`]+)`\\?");
  private static final Pattern NO_COLON = Pattern.compile("^`[^`]+` takes no `:`");
  private static final Pattern STATEMENT_KEYWORD =
      Pattern.compile("^write `([^`]+)`: `([^`]+)` is not a keyword");
  private static final Pattern ONLY_KEYWORD =
      Pattern.compile("^expected `([a-z]+)` (?:to end |in ).*, but found `([A-Za-z]+)`$");
  private static final LevenshteinDistance KEYWORD_DISTANCE = new LevenshteinDistance(2);
  private static final Pattern STARTS_AT = Pattern.compile("that starts at (\\d+):(\\d+)");

  private CodeActions() {}

  static List<CodeAction> quickFixes(Analysis analysis, Range requested) {
    List<CodeAction> actions = new ArrayList<>();
    for (Diagnostic d : Diagnostics.inDocument(analysis)) {
      if (!d.range().isKnown()) {
        continue;
      }
      boolean atFinding = overlaps(analysis.range(d.range()), requested);
      // a fix is offered where the finding is and where its edit goes (a misspelt keyword may
      // be some words before the token the parser stopped at)
      fix(analysis, d)
          .filter(fix -> atFinding || overlaps(editRange(analysis, fix), requested))
          .ifPresent(actions::add);
    }
    return actions;
  }

  private static Optional<CodeAction> fix(Analysis analysis, Diagnostic d) {
    String help = d.help().orElse("");
    if (SEMICOLON_FOR_COMMA.matcher(help).find()) {
      return semicolonForComma(analysis, d);
    }
    switch (d.code()) {
      case "SUR201": {
        Matcher m = QUALIFIER.matcher(help);
        if (!m.find()) {
          return corrected(analysis, d, help);
        }
        return beforeFinalDot(analysis, d.range())
            .map(at -> action(analysis, d, "Add `" + m.group(1) + "` to the commitment",
                new TextEdit(new Range(at, at), m.group(1))));
      }
      case "SUR111": {
        Matcher m = WRITE.matcher(help);
        return m.find()
            ? Optional.of(action(analysis, d, "Write `" + m.group(1) + "`",
                new TextEdit(analysis.range(d.range()), m.group(1))))
            : Optional.empty();
      }
      case "SUR004": {
        // `// SURETY:disable-file SUR114`: the help writes the whole comment in lower case
        Matcher m = WRITE.matcher(help);
        return m.find() && m.group(1).startsWith("//")
            ? Optional.of(action(analysis, d, "Write `" + m.group(1) + "`",
                new TextEdit(analysis.range(d.range()), m.group(1))))
            : Optional.empty();
      }
      case "SUR101":
      case "SUR005":
        return offered(analysis, d);
      case "SUR001": {
        Optional<CodeAction> keyword = offered(analysis, d); // a misspelt keyword (`imediate`)
        if (keyword.isPresent()) {
          return keyword;
        }
        Optional<CodeAction> statement = statementKeyword(analysis, d, help);
        if (statement.isPresent()) {
          return statement;
        }
        Optional<CodeAction> only = onlyKeyword(analysis, d);
        if (only.isPresent()) {
          return only;
        }
        if (!NO_COLON.matcher(help).find() || !isColon(analysis, d.range())) {
          return Optional.empty();
        }
        return Optional.of(action(analysis, d, "Remove the `:`",
            new TextEdit(analysis.range(d.range()), "")));
      }
      default:
        return Optional.empty();
    }
  }

  /** The word the message offers ({@code did you mean `x`?}) in place of the range. */
  private static Optional<CodeAction> offered(Analysis analysis, Diagnostic d) {
    Matcher m = DID_YOU_MEAN.matcher(d.message());
    return m.find()
        ? Optional.of(action(analysis, d, "Change to `" + m.group(1) + "`",
            new TextEdit(analysis.range(d.range()), m.group(1))))
        : Optional.empty();
  }

  /**
   * The statement keyword the help offers ({@code write `withdrawal`: `withdrawl` is not a
   * keyword}) in place of the misspelt word that starts the statement, where the message says it
   * starts ({@code the commitment that starts at 3:3}); nothing unless the word is there.
   */
  private static Optional<CodeAction> statementKeyword(Analysis analysis, Diagnostic d,
      String help) {
    Matcher m = STATEMENT_KEYWORD.matcher(help);
    Matcher at = STARTS_AT.matcher(d.message());
    if (!m.find() || !at.find()) {
      return Optional.empty();
    }
    String word = m.group(2);
    PositionMapper mapper = analysis.mapper(d.range().file());
    int start;
    try {
      start = mapper.offset(SourcePosition.of(Integer.parseInt(at.group(1)),
          Integer.parseInt(at.group(2))));
    } catch (RuntimeException e) { // a number too large, a position off the text
      return Optional.empty();
    }
    String text = mapper.text();
    if (start < 0 || !text.startsWith(word, start)) {
      return Optional.empty();
    }
    Range range = new Range(mapper.positionAt(start), mapper.positionAt(start + word.length()));
    return Optional.of(action(analysis, d, "Change to `" + m.group(1) + "`",
        new TextEdit(range, m.group(1))));
  }

  /**
   * A qualifier written after a {@code ,} and so read as an item (SUR106, SUR113, SUR201: {@code
   * write `; on attack` for `, on attack`}): the {@code ,} before the item, which the first related
   * location is, becomes {@code ;}; nothing unless a {@code ,} is there, in this document.
   */
  private static Optional<CodeAction> semicolonForComma(Analysis analysis, Diagnostic d) {
    if (d.related().isEmpty()) {
      return Optional.empty();
    }
    SourceRange item = d.related().get(0).range();
    if (!item.isKnown() || !item.file().equals(d.range().file())) {
      return Optional.empty();
    }
    PositionMapper mapper = analysis.mapper(item.file());
    String text = mapper.text();
    int start = mapper.offset(item.start());
    if (start <= 0 || start > text.length()) {
      return Optional.empty();
    }
    int comma = start - 1;
    while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
      comma--;
    }
    if (comma < 0 || text.charAt(comma) != ',') {
      return Optional.empty();
    }
    Range range = new Range(mapper.positionAt(comma), mapper.positionAt(comma + 1));
    return Optional.of(action(analysis, d, "Change the `,` to `;`", new TextEdit(range, ";")));
  }

  /**
   * SUR201 for a misspelt legislature: the help says what to write for what ({@code write
   * `requires Congress ratification` for `requires Congres ratification`}), and the first related
   * location is where that is written; nothing unless it is written there so, in this document.
   */
  private static Optional<CodeAction> corrected(Analysis analysis, Diagnostic d, String help) {
    Matcher m = WRITE_FOR.matcher(help);
    if (!m.find() || d.related().isEmpty()) {
      return Optional.empty();
    }
    SourceRange at = d.related().get(0).range();
    if (!at.isKnown() || !at.file().equals(d.range().file())) {
      return Optional.empty();
    }
    PositionMapper mapper = analysis.mapper(at.file());
    int start = mapper.offset(at.start());
    String text = mapper.text();
    if (start < 0 || !text.startsWith(m.group(2), start)) {
      return Optional.empty();
    }
    Range range =
        new Range(mapper.positionAt(start), mapper.positionAt(start + m.group(2).length()));
    return Optional.of(action(analysis, d, "Change to `" + m.group(1) + "`",
        new TextEdit(range, m.group(1))));
  }

  /**
   * The one keyword a message expects ({@code expected `necessary` in the commitment ..., but
   * found `neccessary`}) in place of the word found, when that word is a misspelling of it (within
   * two edits, of four letters or more) and is what the range holds: the message names the fix
   * without a did-you-mean, since it names one keyword only.
   */
  private static Optional<CodeAction> onlyKeyword(Analysis analysis, Diagnostic d) {
    Matcher m = ONLY_KEYWORD.matcher(d.message());
    if (!m.find()) {
      return Optional.empty();
    }
    String keyword = m.group(1);
    String found = m.group(2);
    int distance = KEYWORD_DISTANCE.apply(found.toLowerCase(Locale.ROOT), keyword);
    if (found.length() < 4 || distance < 0 || found.equals(keyword)) {
      return Optional.empty();
    }
    Range range = analysis.range(d.range());
    PositionMapper mapper = analysis.mapper(d.range().file());
    int start = mapper.offset(d.range().start());
    if (start < 0 || !mapper.text().startsWith(found, start)) {
      return Optional.empty();
    }
    return Optional.of(action(analysis, d, "Change to `" + keyword + "`",
        new TextEdit(range, keyword)));
  }

  /** Whether the range is the one character {@code :}. */
  private static boolean isColon(Analysis analysis, SourceRange range) {
    PositionMapper m = analysis.mapper(range.file());
    int start = m.offset(range.start());
    int end = m.offset(range.end());
    return start >= 0 && end == start + 1 && end <= m.text().length() && m.text().charAt(start) == ':';
  }

  /** Where the statement's final {@code .} is, if the range ends with one. */
  private static Optional<Position> beforeFinalDot(Analysis analysis, SourceRange range) {
    PositionMapper m = analysis.mapper(range.file());
    int end = m.offset(range.end());
    if (end <= 0 || end > m.text().length() || m.text().charAt(end - 1) != '.') {
      return Optional.empty();
    }
    return Optional.of(m.positionAt(end - 1));
  }

  private static CodeAction action(Analysis analysis, Diagnostic d, String title, TextEdit edit) {
    CodeAction action = new CodeAction(title);
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(Diagnostics.toLsp(analysis, d)));
    action.setIsPreferred(true);
    action.setEdit(new WorkspaceEdit(Map.of(analysis.uri(), List.of(edit))));
    return action;
  }

  private static Range editRange(Analysis analysis, CodeAction fix) {
    return fix.getEdit().getChanges().get(analysis.uri()).get(0).getRange();
  }

  private static boolean overlaps(Range a, Range b) {
    return compare(a.getStart(), b.getEnd()) <= 0 && compare(b.getStart(), a.getEnd()) <= 0;
  }

  private static int compare(Position a, Position b) {
    return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine())
        : Integer.compare(a.getCharacter(), b.getCharacter());
  }
}

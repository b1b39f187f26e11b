package dev.surety.dsl.internal;

import static dev.surety.dsl.internal.SuretyParser.*;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/** SUR001 messages in words: what was expected, in which statement, and what was found. */
final class SyntaxMessages {

  private static final Vocabulary VOCABULARY = SuretyParser.VOCABULARY;
  private static final int MAX_SHOWN = 30;

  private SyntaxMessages() {}

  static String inStatement(
      ParserRuleContext statement, Token offending, IntervalSet expected, Token previous) {
    String special = lexicalProblem(offending);
    String where = statementName(statement) + " that starts at " + start(statement);
    if (special != null) {
      return special + " in " + where;
    }
    if (offending.getType() == Token.EOF
        && (statement instanceof ArrangementContext || statement instanceof LayerContext)
        && expected.contains(RBRACE)) {
      return "expected `}` to close " + where + ", but the file ends first";
    }
    if (offending.getType() == RBRACE && !expected.contains(RBRACE) && expected.contains(DOT)) {
      return "unexpected `}`: expected `.` to end " + where + " before the block closes";
    }
    Token first = statement.getStart();
    if (statement instanceof TermContext && first != null && offending != first
        && expected.contains(first.getType()) && AFTER_KEYWORD.containsKey(first.getType())) {
      // the term's alternatives could not be told apart after its keyword: what ANTLR expected is
      // the keywords a term begins with, which says nothing; say what follows this one
      return "expected " + AFTER_KEYWORD.get(first.getType()) + " after `" + first.getText()
          + "` in " + where + ", but found " + describe(offending);
    }
    if (expected.contains(DOT)) {
      IntervalSet others = new IntervalSet(expected);
      others.remove(DOT);
      String alternatives = others.isNil() ? "`.`" : describe(others) + " or `.`";
      return "expected " + alternatives + " to end " + where + ", but found " + describe(offending)
          + misspeltKeyword(offending, others);
    }
    if (expected.isNil()) {
      return "unexpected " + describe(offending) + " in " + where;
    }
    if (previous != null && (previous.getType() == ANNUALLY || previous.getType() == TOTAL)
        && statement instanceof CommitmentContext && expected.contains(IDENT)) {
      // `; annually 3 billion EUR`: the word expected is a currency code
      return "expected a currency code (`EUR`, `USD`, ...) after `" + previous.getText() + "` in "
          + where + ", but found " + describe(offending);
    }
    return "expected " + describe(expected) + " in " + where + ", but found " + describe(offending)
        + misspeltKeyword(offending, expected);
  }

  /**
   * {@code "; did you mean `immediate`?"} when {@code offending} is a word near one of the
   * keywords expected ({@code imediate}, {@code withn}); else empty. A word of fewer than four
   * letters is offered only a keyword that differs from it in case: {@code an} is as near to
   * {@code as}, {@code at}, {@code in} and {@code on}, and none of them is likely meant.
   */
  static String misspeltKeyword(Token offending, IntervalSet expected) {
    return closestKeyword(offending, expected).map(k -> "; did you mean `" + k + "`?").orElse("");
  }

  /** The keyword {@link #misspeltKeyword} offers, if any. */
  private static Optional<String> closestKeyword(Token offending, IntervalSet expected) {
    if (offending.getType() != IDENT) {
      return Optional.empty();
    }
    List<String> keywords = new ArrayList<>();
    for (int type : expected.toArray()) {
      if (isKeyword(type)) {
        String literal = VOCABULARY.getLiteralName(type);
        if (literal != null && literal.length() > 2) {
          keywords.add(literal.substring(1, literal.length() - 1));
        }
      }
    }
    if (keywords.size() < 2) {
      // `expected `necessary` ..., but found `necesary``: the message says it already
      return Optional.empty();
    }
    String word = offending.getText();
    return Suggestions.closest(word, keywords)
        .filter(k -> word.length() >= 4 || k.equalsIgnoreCase(word));
  }

  /** What may follow a term's keyword, in words, for the terms with several forms. */
  private static final Map<Integer, String> AFTER_KEYWORD = Map.of(
      DURATION, "a duration (`10 years`), `indefinite` or `until`",
      WITHDRAWAL, "`notice` and a duration, or `at will`");

  /** A statement of each header and term keyword as the language writes it, for hints. */
  private static final Map<String, String> WRITTEN = Map.ofEntries(
      Map.entry("kind", "kind guarantee."),
      Map.entry("status", "status draft."),
      Map.entry("dated", "dated 2025-12-29."),
      Map.entry("instrument", "instrument treaty."),
      Map.entry("beneficiary", "beneficiary UA."),
      Map.entry("against", "against RU."),
      Map.entry("covers", "covers land, air, sea."),
      Map.entry("duration", "duration 10 years."),
      Map.entry("withdrawal", "withdrawal notice 12 months."),
      Map.entry("condition", "condition \"...\"."),
      Map.entry("requires", "requires Congress ratification."));

  /** The keywords a commitment's qualifier begins with. */
  private static final Set<Integer> QUALIFIER_STARTS = Set.of(ON, WITHIN, IMMEDIATE, AUTOMATIC,
      AS, AFTER, AT, REQUIRES, THROUGH, TO, FOR, UNTIL, BY, ANNUALLY, TOTAL, ONLY, EXCLUDING);

  /**
   * A hint for a syntax error inside a statement, when the mistake is a common one (a {@code :}
   * after a header's keyword, as in YAML; a {@code ;} ending a header; an id in quotes; two
   * qualifiers without {@code ;}; a trigger's event after {@code on}); null otherwise.
   *
   * @param previous the token before {@code offending}, if any
   * @param beforePrevious the token before {@code previous}, if any
   * @param withoutColon the statement written without its {@code :}, when it can be read back
   */
  static String help(ParserRuleContext statement, Token offending, IntervalSet expected,
      Token previous, Token beforePrevious, String withoutColon) {
    String lexical = lexicalHelp(offending);
    if (lexical != null) {
      return lexical;
    }
    String number = commaInNumber(offending, previous);
    if (number != null) {
      return number;
    }
    if (offending.getType() == SEMI && statement instanceof HeaderContext) {
      // `kind guarantee;`
      return "a header ends with `.`; `;` separates the parts of a commitment or a declaration";
    }
    if (offending.getType() == COMMA && statement instanceof BeneficiaryHeaderContext) {
      // `beneficiary UA, PL.`
      return "an arrangement protects one beneficiary: keep one, and draft a separate"
          + " arrangement for each other";
    }
    if (offending.getType() == STRING && expected.contains(IDENT) && !expected.contains(STRING)) {
      // `beneficiary "UA".`: an id in quotes; `kind "guarantee".`: a phrase in quotes (a word
      // may be a keyword, an id may not)
      String text = offending.getText();
      String unquoted = text.length() >= 2 ? text.substring(1, text.length() - 1) : "";
      boolean phrase = expected.contains(KIND);
      if (phrase ? unquotedPhrase(unquoted) : unquoted.matches(UNQUOTED_ID)) {
        return (phrase ? phraseName(statement, previous, beforePrevious) : "an id")
            + " is written without quotes: `" + unquoted + "`";
      }
    }
    String date = dateHelp(offending, expected, previous);
    if (date != null) {
      return date;
    }
    String quotes = stringWithoutQuotes(statement, offending, expected, previous, beforePrevious);
    if (quotes != null) {
      return quotes;
    }
    if (offending.getType() == COLON
        && (statement instanceof HeaderContext || statement instanceof TermContext)
        && statement.getStart() != null) {
      String keyword = statement.getStart().getText();
      String written = WRITTEN.get(keyword);
      if (written != null) {
        return "`" + keyword + "` takes no `:`; "
            + (withoutColon != null ? "write `" + withoutColon + "`" : "write it as in `" + written + "`");
      }
    }
    String term = termWithoutKeyword(statement, offending, previous);
    if (term != null) {
      return term;
    }
    String misplaced = misplacedColon(statement, offending, previous);
    if (misplaced != null) {
      return misplaced;
    }
    String order = wrongOrder(statement, offending, expected, previous, beforePrevious);
    if (order != null) {
      return order;
    }
    if (statement instanceof CommitmentContext && previous != null) {
      if (previous.getType() != SEMI && QUALIFIER_STARTS.contains(offending.getType())) {
        // `on A within 3 days`: two qualifiers without the `;` between them
        return "qualifiers are separated by `;`: write `; " + offending.getText() + "`";
      }
      Token first = statement.getStart();
      String keyword = first == null || first.getType() != IDENT ? null
          : misspeltStatementKeyword(first.getText());
      if (keyword != null && first.getLine() == offending.getLine()) {
        // `durration 10 years.`: a misspelt keyword reads as a party making a commitment
        return "write `" + keyword + "`: `" + first.getText() + "` is not a keyword, so the"
            + " statement reads as a commitment by a party `" + first.getText() + "`";
      }
      String qualifier = qualifierInItem(offending, previous, beforePrevious);
      if (qualifier != null) {
        return qualifier;
      }
      if (previous.getLine() == offending.getLine() && beforePrevious != null
          && beforePrevious.getType() == ON
          && (offending.getType() == IDENT || isKeyword(offending.getType()))) {
        // `on armed attack`: the trigger's event where its id belongs
        return "`on` names triggers by their ids, one word each (`on attack`), declared as"
            + " `trigger attack: armed attack.`";
      }
      String colon = itemsWithoutColon((CommitmentContext) statement, offending);
      if (colon != null) {
        return colon;
      }
    }
    if (previous != null && previous.getType() == NUMBER && beforePrevious != null
        && DURATION_KEYWORDS.contains(beforePrevious.getType()) && expected.contains(IDENT)
        && offending.getType() != IDENT && !isKeyword(offending.getType())) {
      // `within 3.`: a length of time without its unit
      return "a length of time takes its unit: write `" + beforePrevious.getText() + " "
          + previous.getText() + " days`, or hours, weeks, months, years";
    }
    String keyword = closestKeyword(offending, expected).orElse(null);
    if (keyword != null) {
      // `imediate`: the message offers the keyword (the language server's quick fix reads it there)
      return "write `" + keyword + "`";
    }
    return null;
  }

  /** The text of a string that could be an id written without its quotes. */
  private static final String UNQUOTED_ID = "\\p{L}[\\p{L}\\p{N}_-]*";
  /** A word of a phrase written without its quotes. */
  private static final Pattern UNQUOTED_WORD =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}\\p{N}_-]*");

  /**
   * Whether the text of a string could be a phrase written without its quotes: words ({@link
   * #UNQUOTED_WORD}) with blanks (spaces, tabs) between them. Word by word: one regular expression
   * for the whole, {@code WORD(?:[ \t]+WORD)*}, recursed once per word, and a string of a few
   * thousand words overflowed the stack (the file went unread as "nested too deep").
   */
  static boolean unquotedPhrase(String text) {
    int i = 0;
    while (true) {
      int end = i;
      while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\t') {
        end++;
      }
      if (!UNQUOTED_WORD.matcher(text).region(i, end).matches()) {
        return false;
      }
      if (end == text.length()) {
        return true;
      }
      i = end;
      while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (i == text.length()) {
        return false; // blanks at the end
      }
    }
  }

  /**
   * What the phrase expected in {@code statement} after {@code previous} is, for the help of a
   * phrase written in quotes ({@code kind "guarantee".}: "a kind is written without quotes").
   */
  private static String phraseName(ParserRuleContext statement, Token previous,
      Token beforePrevious) {
    if (previous != null && previous.getType() == NUMBER) {
      // `within 3 "days"`, `annually EUR 3 "billion"`, `sustain UA forces: 800000 "personnel"`
      return beforePrevious != null && beforePrevious.getType() == IDENT
          && statement instanceof CommitmentContext ? "a scale" : "a unit";
    }
    if (previous != null && (previous.getType() == ANNUALLY || previous.getType() == TOTAL)) {
      return "a currency code"; // `annually "EUR" 3 billion`
    }
    if (statement instanceof KindHeaderContext || statement instanceof CommitmentContext) {
      return "a kind";
    }
    if (statement instanceof StatusHeaderContext) {
      return "a status";
    }
    if (statement instanceof InstrumentHeaderContext) {
      return "an instrument";
    }
    if (statement instanceof CoversHeaderContext) {
      return "a domain";
    }
    if (statement instanceof TriggerDeclContext) {
      return "an event";
    }
    if (statement instanceof ForceLevelContext) {
      return "a force";
    }
    return "a phrase";
  }

  /** A date not written {@code YYYY-MM-DD}: three numbers with one separator, at a text's start. */
  private static final Pattern OTHER_DATE = Pattern.compile(
      "^([0-9]{1,4})([-/.])([0-9]{1,2})\\2([0-9]{1,4})(?![0-9])");

  /**
   * The help for a number where a date is expected: a date in another order ({@code by
   * 30-01-2030}, {@code 01/30/2030}, {@code 29.12.2025}), rewritten year first when its numbers
   * make a real date one way (or both ways, each offered); a bare year ({@code until 2030}), a
   * full date offered, and after {@code until} the wording in quotes; otherwise how a date is
   * written. Null where no date is expected or no number was found.
   */
  private static String dateHelp(Token offending, IntervalSet expected, Token previous) {
    if (!expected.contains(DATE) || offending.getType() != NUMBER || previous == null) {
      return null;
    }
    String keyword = previous.getText();
    Matcher other = OTHER_DATE.matcher(offending.getText() + restOfLine(offending));
    if (other.find()) {
      String first = other.group(1);
      int middle = Integer.parseInt(other.group(3));
      String last = other.group(4);
      List<LocalDate> readings = new ArrayList<>();
      if (first.length() == 4 && last.length() <= 2) {
        // `2030/01/30`, `2030-1-30`: year first, with other separators or digits
        int year = Integer.parseInt(first);
        int day = Integer.parseInt(last);
        date(year, middle, day).or(() -> date(year, day, middle)).ifPresent(readings::add);
      } else if (last.length() == 4 && first.length() <= 2) {
        int year = Integer.parseInt(last);
        int day = Integer.parseInt(first);
        date(year, middle, day).ifPresent(readings::add); // day first: `30-01-2030`
        date(year, day, middle).filter(d -> !readings.contains(d))
            .ifPresent(readings::add); // month first: `01/30/2030`
      }
      if (readings.size() == 1) {
        return (first.length() == 4 ? "a date is written `YYYY-MM-DD`: write `"
            : "write the date year first: `") + keyword + " " + readings.get(0) + "`";
      }
      if (readings.size() == 2) {
        return "write the date year first: `" + keyword + " " + readings.get(0) + "` if `"
            + first + "` is the day, `" + keyword + " " + readings.get(1) + "` if it is the month";
      }
    } else if (offending.getText().matches("[0-9]{4}")) {
      // a bare year
      String year = offending.getText();
      if (expected.contains(STRING)) {
        return "write a full date (`" + keyword + " " + year + "-12-31`) or the wording in quotes"
            + " (`" + keyword + " \"" + year + "\"`)";
      }
      return "write a full date, year first: `" + keyword + " " + year
          + (previous.getType() == DATED ? "-MM-DD`, with its month and day" : "-12-31`");
    }
    return "a date is written year first, `YYYY-MM-DD`, as in `" + keyword + " 2030-12-31`";
  }

  /** The date {@code year-month-day}, if it is a real one. */
  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The words at the start of a text, up to what ends a phrase. */
  private static final Pattern WORDS_TO_END = Pattern.compile("^[^.;,:{}\"\n]*");

  /**
   * The help for words where a string is expected ({@code modeled on NATO.}: write the model in
   * quotes, {@code modeled on "NATO"}); after {@code until}, which takes a date or a string, the
   * date too. Null for any other error.
   */
  private static String stringWithoutQuotes(ParserRuleContext statement, Token offending,
      IntervalSet expected, Token previous, Token beforePrevious) {
    if (!expected.contains(STRING) || expected.contains(IDENT) || previous == null
        || !(offending.getType() == IDENT || isKeyword(offending.getType()))) {
      return null;
    }
    String what;
    String before = previous.getText();
    if (previous.getType() == ON && beforePrevious != null && beforePrevious.getType() == MODELED) {
      what = "the model";
      before = beforePrevious.getText() + " " + before;
    } else if (previous.getType() == IN && beforePrevious != null
        && beforePrevious.getType() == ONLY) {
      what = "the place";
      before = beforePrevious.getText() + " " + before;
    } else if (previous.getType() == EXCLUDING) {
      what = "the place";
    } else if (previous.getType() == CONDITION) {
      what = "the condition";
    } else if (previous.getType() == UNTIL) {
      what = "the wording";
    } else if (statement instanceof DeclarationContext && previous.getType() == IDENT
        && beforePrevious != null && beforePrevious == statement.getStart()) {
      what = "the name"; // `party UA Ukraine.`
      before = beforePrevious.getText() + " " + before;
    } else {
      return null;
    }
    Matcher words = WORDS_TO_END.matcher(offending.getText() + restOfLine(offending));
    String quoted = words.find() ? words.group().strip().replaceAll("[ \t]+", " ") : "";
    if (quoted.isEmpty() || quoted.length() > 60) {
      quoted = offending.getText();
    }
    String written = "`" + before + " \"" + quoted + "\"`";
    if (previous.getType() == UNTIL) {
      return "write a date (`" + before + " 2030-12-31`) or the wording in quotes (" + written
          + ")";
    }
    return "write " + what + " in quotes: " + written;
  }

  /** An id or a string in quotes, as a {@code requires} names its body, at the start of a text. */
  private static final Pattern BODY = Pattern.compile(
      "^[ \t]+(?:by[ \t]+)?(\"[^\"\\\\]*\"|\\p{L}[\\p{L}\\p{N}_-]*)");

  /** The scale and the currency code written after an amount, if any, at the start of a text. */
  private static final Pattern CODE_AFTER_AMOUNT = Pattern.compile(
      "^((?:[ \t]+(?:thousand|million|billion))?)(?:[ \t]+(\\p{Lu}{3})\\b)?");

  /**
   * The help for the parts of a qualifier or a term written in the wrong order or left out: the
   * act before the body without {@code by} ({@code requires ratification Congress}), as the
   * arrangement's {@code requires} (which has only the form {@code requires Congress
   * ratification.}), or no act at all ({@code requires Congress}); the currency code after the
   * amount ({@code annually 3 billion EUR}). Null for any other error.
   */
  private static String wrongOrder(ParserRuleContext statement, Token offending,
      IntervalSet expected, Token previous, Token beforePrevious) {
    if (previous == null) {
      return null;
    }
    boolean act = offending.getType() == RATIFICATION || offending.getType() == APPROVAL;
    Token first = statement.getStart();
    if (statement instanceof TermContext && first != null && first.getType() == REQUIRES
        && previous == first && act) {
      // `requires ratification by Congress.` for the whole arrangement
      Matcher body = BODY.matcher(restOfLine(offending));
      return body.find()
          ? "the arrangement's `requires` names the body first: write `requires " + body.group(1)
              + " " + offending.getText() + ".`"
          : "the arrangement's `requires` names the body first, as in `requires Congress "
              + offending.getText() + ".`";
    }
    if (statement instanceof CommitmentContext && beforePrevious != null
        && beforePrevious.getType() == REQUIRES
        && (previous.getType() == RATIFICATION || previous.getType() == APPROVAL)
        && expected.contains(BY)
        && (offending.getType() == IDENT || offending.getType() == STRING)) {
      // `; requires ratification Congress`
      return "write `requires " + offending.getText() + " " + previous.getText()
          + "` or `requires " + previous.getText() + " by " + offending.getText() + "`";
    }
    if (beforePrevious != null && beforePrevious.getType() == REQUIRES
        && (previous.getType() == IDENT || previous.getType() == STRING)
        && expected.contains(RATIFICATION) && !act) {
      // `requires Congress.`: the act left out
      return "name what the body must do: write `requires " + previous.getText()
          + " ratification` or `requires " + previous.getText() + " approval`";
    }
    if (statement instanceof CommitmentContext && offending.getType() == NUMBER
        && (previous.getType() == ANNUALLY || previous.getType() == TOTAL)) {
      // `; annually 3 billion EUR`
      Matcher after = CODE_AFTER_AMOUNT.matcher(restOfLine(offending));
      after.find();
      String amount = offending.getText() + after.group(1).replaceAll("[ \t]+", " ");
      return after.group(2) != null
          ? "the currency code comes before the amount: write `" + previous.getText() + " "
              + after.group(2) + " " + amount + "`"
          : "name the currency before the amount: write `" + previous.getText() + " EUR " + amount
              + "`, or another ISO 4217 code";
    }
    return null;
  }

  /** A length of time at the start of a text: a number and a word. */
  private static final Pattern LENGTH =
      Pattern.compile("^[ \t]*([0-9][0-9_.]*)?[ \t]*(\\p{L}+)?");

  /**
   * The help for a term that leaves out a word of its form: {@code withdrawal 12 months.} (write
   * {@code withdrawal notice 12 months.}), {@code duration 10 years renewable.} or {@code ,
   * renewable} (write {@code ; renewable}). Null for any other error.
   */
  private static String termWithoutKeyword(ParserRuleContext statement, Token offending,
      Token previous) {
    Token first = statement.getStart();
    if (!(statement instanceof TermContext) || first == null || previous == null) {
      return null;
    }
    if (first.getType() == WITHDRAWAL && previous == first && offending.getType() == NUMBER) {
      // `withdrawal 12 months.`
      Matcher unit = LENGTH.matcher(restOfLine(offending));
      unit.find();
      return "a withdrawal notice is written with `notice`: write `withdrawal notice "
          + offending.getText() + " " + (unit.group(2) == null ? "months" : unit.group(2)) + ".`";
    }
    boolean renewable = offending.getType() == RENEWABLE
        || offending.getType() == COMMA && restOfLine(offending).strip().startsWith("renewable");
    CharStream in = offending.getInputStream();
    if (first.getType() == DURATION && renewable && previous.getType() != SEMI && in != null) {
      // `duration 10 years renewable.`, `duration 10 years, renewable.`: a fixed term only
      String written = in.getText(Interval.of(first.getStartIndex(), previous.getStopIndex()));
      return written.matches("duration\\s+[0-9][0-9_.]*\\s+\\p{L}+")
          ? "`renewable` follows a `;`: write `" + written.replaceAll("\\s+", " ")
              + "; renewable.`"
          : null;
    }
    return null;
  }

  /** The keywords a clause of each declaration begins with, by the declaration's keyword. */
  private static final Map<Integer, Set<String>> DECLARATION_CLAUSES = Map.of(
      PARTY, Set.of("legislature"),
      ORGANISATION, Set.of("veto", "members"),
      COALITION, Set.of("led", "size"),
      TRIGGER, Set.of("by", "against"));

  /** The keywords a commitment's qualifier begins with, as written. */
  private static final Set<String> QUALIFIER_WORDS = Set.of("on", "within", "immediate",
      "automatic", "as", "after", "at", "requires", "through", "to", "for", "until", "by",
      "annually", "total", "only", "excluding");

  /** The first word at the start of a text, after spaces and tabs. */
  private static final Pattern FIRST_WORD =
      Pattern.compile("^[ \t]*(\\p{L}[\\p{L}\\p{N}_-]*)");

  /**
   * The help for a {@code :} where a statement takes none: before a qualifier or a clause, which
   * follow a {@code ;} ({@code on attack: within 72 hours}, {@code party UA "Ukraine":
   * legislature Rada}); a second {@code :} in a commitment, among its items; an organisation's
   * members after a {@code :}, as a coalition writes them ({@code organisation EU "EU": FR, DE});
   * a coalition's members after one of its clauses. Null for any other error.
   */
  private static String misplacedColon(ParserRuleContext statement, Token offending,
      Token previous) {
    Token first = statement.getStart();
    if (offending.getType() != COLON || first == null || previous == null) {
      return null;
    }
    Matcher word = FIRST_WORD.matcher(restOfLine(offending));
    String next = word.find() ? word.group(1) : null;
    if (statement instanceof CommitmentContext) {
      if (((CommitmentContext) statement).COLON() == null) {
        return null; // the first `:` of a commitment, as in `durration: 10 years.`
      }
      if (next != null && QUALIFIER_WORDS.contains(next)) {
        return "a commitment takes one `:`, after its kind; `" + next + "` begins a qualifier,"
            + " which follows a `;`: write `; " + next + "`";
      }
      return "a commitment takes one `:`, after its kind: its items are separated by `,`, its"
          + " qualifiers by `;`";
    }
    if (!(statement instanceof DeclarationContext)) {
      return null;
    }
    Set<String> clauses = DECLARATION_CLAUSES.getOrDefault(first.getType(), Set.of());
    if (next != null && clauses.contains(next)) {
      return "`" + next + "` begins a clause of the `" + first.getText() + "` declaration, which"
          + " follows a `;`: write `; " + next + "`";
    }
    if (first.getType() == ORGANISATION && previous.getType() == STRING) {
      // `organisation EU "European Union": FR, DE.`
      String members = restOfLine(offending).split("[;.]", 2)[0].strip();
      return "an organisation names its members in a clause: write `; members "
          + (members.isEmpty() ? "FR, DE" : members) + "`";
    }
    if (first.getType() == COALITION && previous.getType() != STRING) {
      // `coalition CoW "C"; led by UK: UK, FR.`
      CharStream in = offending.getInputStream();
      Token name = statement instanceof CoalitionDeclContext
          ? ((CoalitionDeclContext) statement).STRING() == null ? null
              : ((CoalitionDeclContext) statement).STRING().getSymbol()
          : null;
      String members = restOfLine(offending).split("[;.]", 2)[0].strip();
      if (in != null && name != null && !members.isEmpty()
          && first.getLine() == offending.getLine()) {
        String head = in.getText(Interval.of(first.getStartIndex(), name.getStopIndex()));
        String between =
            in.getText(Interval.of(name.getStopIndex() + 1, offending.getStartIndex() - 1));
        return "a coalition's members follow a `:` right after its name, before its clauses:"
            + " write `" + head + ": " + members + between.stripTrailing() + "`";
      }
      return "a coalition's members follow a `:` right after its name, before its clauses, as in"
          + " `coalition CoW \"Coalition of the Willing\": UK, FR; led by UK.`";
    }
    return null;
  }

  /** The text after {@code token} up to the end of its line, at most 80 characters. */
  private static String restOfLine(Token token) {
    CharStream in = token.getInputStream();
    if (in == null) {
      return "";
    }
    int from = token.getStopIndex() + 1;
    int to = Math.min(in.size(), from + 80);
    String text = from >= to ? "" : in.getText(Interval.of(from, to - 1));
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** The keywords after which a length of time follows ({@code within 3 days}). */
  private static final Set<Integer> DURATION_KEYWORDS = Set.of(WITHIN, FOR, NOTICE, DURATION);

  /**
   * The help for a commitment whose items are written without the {@code :} after its kind
   * ({@code UK backstop air defence, air.}): the kind phrase then runs on into the first item, and
   * the error comes at the {@code ,}. Offered when the phrase begins with a known kind and goes on
   * after it; null otherwise.
   */
  private static String itemsWithoutColon(CommitmentContext commitment, Token offending) {
    if (offending.getType() != COMMA || commitment.COLON() != null || commitment.phrase() == null
        || commitment.idList() == null) {
      return null;
    }
    List<WordContext> words = commitment.phrase().word();
    for (int n = words.size() - 1; n >= 1; n--) {
      StringBuilder kind = new StringBuilder();
      for (int i = 0; i < n; i++) {
        kind.append(i == 0 ? "" : " ").append(words.get(i).getText());
      }
      if (dev.surety.core.vocabulary.Vocabulary.lookup(
          dev.surety.core.vocabulary.CommitmentKind.class, kind.toString()).isPresent()) {
        StringBuilder item = new StringBuilder();
        for (int i = n; i < words.size(); i++) {
          item.append(i == n ? "" : " ").append(words.get(i).getText());
        }
        List<String> parties = new ArrayList<>();
        commitment.idList().ident().forEach(id -> parties.add(id.getText()));
        return "the items follow a `:` after the kind: write `" + String.join(", ", parties) + " "
            + kind + ": " + item + ", ...`";
      }
    }
    return null;
  }

  /** The qualifiers that take a length of time or a date right after their keyword. */
  private static final Set<Integer> TIMED_QUALIFIERS = Set.of(WITHIN, FOR, UNTIL, BY);

  /**
   * The help for a qualifier written without its {@code ;}, after an item or the kind ({@code
   * weapons within 3 days}): its keyword is read as a word of the phrase (the language lets a
   * phrase hold any keyword), and the error comes at the number or date it takes. Null for any
   * other error.
   */
  private static String qualifierInItem(Token offending, Token previous, Token beforePrevious) {
    Token keyword = null;
    if (TIMED_QUALIFIERS.contains(previous.getType())
        && (offending.getType() == NUMBER || offending.getType() == DATE)
        && (beforePrevious == null || beforePrevious.getType() != SEMI)) {
      keyword = previous; // `weapons within 3 days`, `training until 2030-01-01`
    } else if (beforePrevious != null && offending.getType() == NUMBER
        && (beforePrevious.getType() == ANNUALLY || beforePrevious.getType() == TOTAL)
        && previous.getLine() == offending.getLine()) {
      keyword = beforePrevious; // `military aid annually USD 5 billion`
    }
    if (keyword == null) {
      return null;
    }
    String[] words = following(keyword, QUALIFIER_TEXT).strip().split("[ \t]+");
    int take = switch (keyword.getType()) {
      case WITHIN, FOR -> 2; // `3 days`
      case UNTIL, BY -> 1; // a date
      // `USD 5 billion`
      default -> words.length > 2 && SCALES.contains(withoutFinalDots(words[2])) ? 3 : 2;
    };
    StringBuilder written = new StringBuilder("; ").append(keyword.getText());
    for (int i = 0; i < Math.min(take, words.length); i++) {
      String word = i == take - 1 || i == words.length - 1 ? withoutFinalDots(words[i])
          : words[i];
      written.append(' ').append(word);
    }
    return "`" + keyword.getText() + "` begins a qualifier, which follows a `;`: write `"
        + written.toString().strip() + "`";
  }

  private static final Set<String> SCALES = Set.of("thousand", "million", "billion");

  /** {@code days.} as {@code days}: the statement's {@code .} read with the word. */
  private static String withoutFinalDots(String word) {
    int end = word.length();
    while (end > 0 && word.charAt(end - 1) == '.') {
      end--;
    }
    return word.substring(0, end);
  }

  /** The characters a qualifier's length, date or amount is written with, for {@link #following}. */
  private static final String QUALIFIER_TEXT =
      " \t0123456789_.-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /**
   * The help for a number written with {@code ,} ({@code 800,000}, {@code 3,5}): the {@code ,} right
   * after a number and right before a digit. LANGUAGE.md: "No other thousands separator exists
   * (`,` separates list items)". Null for any other {@code ,}.
   */
  private static String commaInNumber(Token offending, Token previous) {
    if (offending.getType() != COMMA || previous == null || previous.getType() != NUMBER
        || previous.getStopIndex() + 1 != offending.getStartIndex()) {
      return null;
    }
    String rest = following(offending, "0123456789,");
    if (rest.isEmpty() || !Character.isDigit(rest.charAt(0))) {
      return null;
    }
    String written = previous.getText() + "," + rest.replaceAll(",+$", "");
    String[] groups = written.split(",");
    if (groups.length == 2 && groups[1].length() != 3 && previous.getText().indexOf('.') < 0) {
      // `3,5`: a decimal comma
      return "the decimal point is `.` (`,` separates list items): write `" + groups[0] + "."
          + groups[1] + "`";
    }
    return "numbers have no `,` thousands separator (`,` separates list items): write `"
        + written.replace(",", "") + "` or `" + written.replace(",", "_") + "`";
  }

  static String unexpectedAtStatementStart(ParserRuleContext body, Token offending) {
    String special = lexicalProblem(offending);
    if (special != null) {
      return special;
    }
    int type = offending.getType();
    String found = describe(offending);
    if (type == RBRACE) {
      return "unexpected `}`: no block is open here";
    }
    if (type == LBRACE) {
      return "unexpected `{`: a block opens only after `arrangement \"title\"` or `layer \"title\"`";
    }
    if (type == IDENT && miscasedKeyword(offending.getText()) != null) {
      return miscased(offending.getText());
    }
    if (body instanceof FileBodyContext) {
      if (type == IDENT) {
        String keyword = misspeltFileKeyword(offending.getText());
        if (keyword != null) {
          // `arangement "A" {`: not a commitment, a misspelt keyword
          return "unexpected " + found + " at file level, where a statement begins with"
              + " `include`, `party`, `organisation`, `coalition`, `trigger` or `arrangement`;"
              + " did you mean `" + keyword + "`?";
        }
        return "unexpected " + found + ": a commitment must be inside an arrangement; at file level"
            + " a statement begins with `include`, `party`, `organisation`, `coalition`, `trigger`"
            + " or `arrangement`";
      }
      if (isKeyword(type)) {
        return found + " must be inside an arrangement; at file level a statement begins with"
            + " `include`, `party`, `organisation`, `coalition`, `trigger` or `arrangement`";
      }
      return "unexpected " + found + ": expected `include`, a declaration or `arrangement` to begin"
          + " a statement";
    }
    if (body instanceof LayerBodyContext) {
      if (isKeyword(type)) {
        return found + " cannot begin a statement inside a layer: a layer holds only commitments"
            + " and force levels (`sustain`, `limit`)";
      }
      return "unexpected " + found + ": expected a commitment or a force level";
    }
    if (type == INCLUDE || type == ARRANGEMENT) {
      return found + " cannot appear inside an arrangement; it belongs at file level";
    }
    return "unexpected " + found + ": expected a statement (a header such as `kind`, a declaration,"
        + " a commitment, a term or a `layer`)";
  }

  /**
   * A hint for a character the language has no use for, when it is a common one: the curly quotes
   * a word processor writes for {@code "} (a draft pasted from a treaty's text).
   */
  static String lexicalHelp(Token offending) {
    if (offending.getType() != ERROR_CHAR || offending.getText() == null) {
      return null;
    }
    if (CURLY_QUOTES.contains(offending.getText())) {
      return "strings are written between straight quotes `\"`; a word processor writes curly"
          + " ones (“ ”, « »): replace them";
    }
    if (offending.getText().equals("*")) {
      // `/* a /* b */ c */`: the language has no `*` but in comments
      return "comments do not nest: a `/*` comment ends at the first `*/`, so what follows it is"
          + " read as the draft; close the comment once, or use `//` comments";
    }
    String number = "_".equals(offending.getText()) ? following(offending, "0123456789_.") : "";
    if (!number.isEmpty() && Character.isDigit(number.charAt(0))) {
      // `_800`: a number that begins with `_` (the lexer reads it as `_` and then `800`)
      String digits = number.replace("_", "").replaceAll("\\.$", "");
      return "`_` may stand only between two digits of a number, as in `800_000`: write `"
          + digits + "`";
    }
    return null;
  }

  /**
   * The characters right after {@code token} in its text that are all among {@code allowed}, at
   * most 40 of them.
   */
  private static String following(Token token, String allowed) {
    CharStream in = token.getInputStream();
    if (in == null) {
      return "";
    }
    int from = token.getStopIndex() + 1;
    int to = Math.min(in.size(), from + 40);
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      String c = in.getText(Interval.of(i, i));
      if (c.length() != 1 || allowed.indexOf(c.charAt(0)) < 0) {
        break;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The quotes word processors write for {@code "}. */
  private static final Set<String> CURLY_QUOTES =
      Set.of("\u201C", "\u201D", "\u201E", "\u201F", "\u00AB", "\u00BB");

  /** Tokens that are errors by themselves, whatever the parser expected. */
  private static String lexicalProblem(Token offending) {
    switch (offending.getType()) {
      case UNTERMINATED_STRING:
        return "unterminated string: a string must end with `\"` on the line where it starts";
      case UNTERMINATED_COMMENT:
        return "unterminated comment: `/*` is never closed by `*/`";
      case ERROR_CHAR:
        return "unexpected character " + describe(offending);
      default:
        return null;
    }
  }

  /**
   * A number ending in {@code .} whose {@code .} ended {@code ended} (its statement), the words after
   * it read as a statement of their own ({@code 800000. personnel.}).
   */
  static String numberEndingInDot(String number, ParserRuleContext ended) {
    return "`" + shorten(number) + ".` is not a number: a number cannot end in `.`"
        + (ended == null ? "" : ", and this `.` ended " + statementName(ended)
            + " that starts at " + start(ended) + " before the rest of its line");
  }

  static String numberEndingInDotHelp(String number) {
    String digits = shorten(number);
    return digits.contains(".") ? "write `" + digits + "`"
        : "write `" + digits + "`, or a fraction with its digits after the `.`, as in `"
            + digits + ".5`";
  }

  /** A statement whose {@code .} is missing at the end of its line, a new statement after it. */
  static String missingDot(ParserRuleContext statement, Token next) {
    return "expected `.` to end " + statementName(statement) + " that starts at " + start(statement)
        + "; the next line begins a new statement with " + describe(next);
  }

  static String missingDotHelp(Token last) {
    return "end line " + last.getLine() + " with `.`";
  }

  /** A statement left open by a {@code ;} at the end of its line, a new statement after it. */
  static String openAtSemicolon(ParserRuleContext statement) {
    return "expected `.` to end " + statementName(statement) + " that starts at " + start(statement)
        + ", but its line ends in `;`, which leaves it open, and the next line begins a new"
        + " statement";
  }

  static String openAtSemicolonHelp(Token semicolon) {
    return "write `.` for the `;` at the end of line " + semicolon.getLine()
        + ", or add the qualifier the `;` announces";
  }

  /** A number written without its leading {@code 0} ({@code .5}). */
  static String leadingDotHelp(String digits) {
    return "a number begins with a digit: write `0." + digits + "`";
  }

  /** An arrangement's or a layer's title written without quotes ({@code arrangement Nordic {}). */
  static String unquotedTitle(ParserRuleContext block, String words) {
    return "the title of " + (block instanceof LayerContext ? "a layer" : "an arrangement")
        + " is written in quotes: `" + words + "` is read as its title";
  }

  /** The words between curly quotes, without them; null when they are not so quoted. */
  static String withoutCurlyQuotes(String words) {
    if (words.length() >= 2
        && CURLY_QUOTES.contains(words.substring(0, 1))
        && CURLY_QUOTES.contains(words.substring(words.length() - 1))) {
      return words.substring(1, words.length() - 1).strip();
    }
    return null;
  }

  /** A title between the curly quotes a word processor writes. */
  static String curlyTitle(ParserRuleContext block, String words) {
    return "the title of " + (block instanceof LayerContext ? "a layer" : "an arrangement")
        + " is written between straight quotes `\"`, not a word processor's curly ones: `"
        + words + "` is read as its title";
  }

  /** A title whose closing quote is missing: its string ran to the end of the line. */
  static String unclosedTitle(ParserRuleContext block, String words) {
    return "the title of " + (block instanceof LayerContext ? "a layer" : "an arrangement")
        + " lacks its closing `\"`: `" + words + "` is read as its title";
  }

  /** A title whose opening quote is missing ({@code arrangement Nordic Shield" {}). */
  static String unopenedTitle(ParserRuleContext block, String words) {
    return "the title of " + (block instanceof LayerContext ? "a layer" : "an arrangement")
        + " lacks its opening `\"`: `" + words + "` is read as its title";
  }

  /** An arrangement or a layer without a title ({@code arrangement {}). */
  static String missingTitle(ParserRuleContext block) {
    return (block instanceof LayerContext ? "a layer" : "an arrangement")
        + " needs a title in quotes before its `{`";
  }

  static String unquotedTitleHelp(ParserRuleContext block, String words) {
    return "write `" + block.getStart().getText() + " \"" + words + "\" {`";
  }

  /** An arrangement's or a layer's `{` left out, its statements following the title. */
  static String missingBrace(ParserRuleContext block, Token offending) {
    return "expected `{` after the title of " + statementName(block) + " that starts at "
        + start(block) + ", but found " + describe(offending) + "; its statements are read as"
        + " inside it";
  }

  static String unclosedBlock(ParserRuleContext block, Token next) {
    return "expected `}` to close " + statementName(block) + " that starts at " + start(block)
        + " before the next " + next.getText() + " (line " + next.getLine() + "); it is read as"
        + " ending here";
  }

  static String unclosedBlockHelp(ParserRuleContext block, Token last) {
    return "add `}` after line " + last.getLine();
  }

  static String missingBraceHelp(ParserRuleContext block, Token title) {
    return "write `" + block.getStart().getText() + " " + title.getText() + " {`, and `}` after"
        + " its last statement";
  }

  static String statementName(ParserRuleContext ctx) {
    if (ctx instanceof CommitmentContext) {
      return "the commitment";
    }
    if (ctx instanceof ArrangementContext) {
      return "the arrangement";
    }
    if (ctx instanceof LayerContext) {
      return "the layer";
    }
    Token first = ctx.getStart();
    String keyword = first == null ? "?" : first.getText();
    if (ctx instanceof DeclarationContext) {
      return "the `" + keyword + "` declaration";
    }
    return "the `" + keyword + "` statement";
  }

  private static String start(ParserRuleContext ctx) {
    Token first = ctx.getStart();
    return first == null ? "?" : first.getLine() + ":" + (first.getCharPositionInLine() + 1);
  }

  static String describe(Token token) {
    int type = token.getType();
    if (type == Token.EOF) {
      return "the end of the file";
    }
    String text = token.getText();
    if (type == ERROR_CHAR) {
      int cp = text.codePointAt(0);
      String shown = Character.isISOControl(cp) || Character.isWhitespace(cp) ? "" : "`" + text + "` ";
      return shown + String.format("(U+%04X)", cp);
    }
    if (type == STRING || type == UNTERMINATED_STRING) {
      return "string " + shorten(text);
    }
    if (type == NUMBER) {
      return "number `" + shorten(text) + "`";
    }
    if (type == DATE) {
      return "date `" + text + "`";
    }
    return "`" + shorten(text) + "`";
  }

  private static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_SHOWN) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN)) + "...";
  }

  /** The keywords a statement begins with, as the grammar spells them. */
  private static final Set<String> STATEMENT_KEYWORDS = spellings(INCLUDE, ARRANGEMENT,
      LAYER, KIND, STATUS, DATED, INSTRUMENT, BENEFICIARY, AGAINST, COVERS, MODELED, PARTY,
      ORGANISATION, COALITION, TRIGGER, REQUIRES, SUSTAIN, LIMIT, DURATION, WITHDRAWAL, CONDITION);

  /**
   * The statement keyword that {@code word}, read as a commitment's party, was likely meant to be
   * ({@code durration}, {@code beneficary}): a word in lower case (keywords are, ids by custom
   * are not), of four letters or more, near a keyword a statement begins with; null otherwise.
   */
  static String misspeltStatementKeyword(String word) {
    if (word.length() < 4 || !word.equals(word.toLowerCase(Locale.ROOT))
        || STATEMENT_KEYWORDS.contains(word)) {
      return null;
    }
    return Suggestions.closest(word, STATEMENT_KEYWORDS).orElse(null);
  }

  /** The keywords a declaration begins with. */
  private static final Set<String> DECLARATION_KEYWORDS =
      spellings(PARTY, ORGANISATION, COALITION, TRIGGER);

  private static Set<String> spellings(int... types) {
    Set<String> out = new HashSet<>();
    for (int type : types) {
      String literal = VOCABULARY.getLiteralName(type);
      out.add(literal.substring(1, literal.length() - 1));
    }
    return Set.copyOf(out);
  }

  /**
   * The keyword {@code word} is, written in another case ({@code Kind}, {@code PARTY}): keywords are
   * lower case, and a capitalised one reads as an id. Null when it is none.
   */
  static String miscasedKeyword(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals(word) && STATEMENT_KEYWORDS.contains(lower) ? lower : null;
  }

  /** Whether {@code word} is a declaration's keyword in another case ({@code Party}). */
  static boolean isMiscasedDeclaration(String word) {
    String keyword = miscasedKeyword(word);
    return keyword != null && DECLARATION_KEYWORDS.contains(keyword);
  }

  /** The keyword of an include. */
  private static final Set<String> INCLUDE_KEYWORD = spellings(INCLUDE);

  /** Whether {@code word} is {@code include} in another case ({@code Include}). */
  static boolean isMiscasedInclude(String word) {
    String keyword = miscasedKeyword(word);
    return keyword != null && INCLUDE_KEYWORD.contains(keyword);
  }

  /** The help for a keyword written in another case: {@code write `kind`}. */
  static String miscasedHelp(String word) {
    return "write `" + miscasedKeyword(word) + "`";
  }

  /** SUR001 for a keyword written in another case. */
  static String miscased(String word) {
    return "`" + word + "` is not a keyword: the language's keywords are written in lower case, `"
        + miscasedKeyword(word) + "`";
  }

  /**
   * The hint for an error at the start of a statement: a curly quote, a keyword's case, a layer
   * left open (a term or a header after its commitments: its {@code }} forgotten).
   */
  static String startHelp(ParserRuleContext body, Token offending) {
    String lexical = lexicalHelp(offending);
    if (lexical != null) {
      return lexical;
    }
    if (body instanceof LayerBodyContext && STATEMENT_KEYWORDS.contains(offending.getText())
        && body.getParent() != null) {
      return "if the layer that starts at " + start((ParserRuleContext) body.getParent())
          + " ends before this line, close it there with `}`";
    }
    if (offending.getType() == IDENT && miscasedKeyword(offending.getText()) != null) {
      return miscasedHelp(offending.getText());
    }
    String keyword = body instanceof FileBodyContext && offending.getType() == IDENT
        ? misspeltFileKeyword(offending.getText()) : null;
    return keyword == null ? null : "write `" + keyword + "`";
  }

  /** The keywords a statement at file level begins with. */
  private static final Set<String> FILE_KEYWORDS =
      spellings(INCLUDE, ARRANGEMENT, PARTY, ORGANISATION, COALITION, TRIGGER);

  /**
   * The file-level keyword that {@code word} misspells ({@code arangement}, {@code partty}), by the
   * rule of {@link #misspeltStatementKeyword}; null if none.
   */
  private static String misspeltFileKeyword(String word) {
    if (word.length() < 4 || !word.equals(word.toLowerCase(Locale.ROOT))
        || FILE_KEYWORDS.contains(word)) {
      return null;
    }
    return Suggestions.closest(word, FILE_KEYWORDS).orElse(null);
  }

  /** The keyword of an arrangement. */
  private static final Set<String> ARRANGEMENT_KEYWORD = spellings(ARRANGEMENT);

  /**
   * Whether {@code word}, at file level before a title and a {@code {}, is {@code arrangement}
   * misspelt ({@code arangement}, by {@link #misspeltFileKeyword}) or in another case ({@code
   * Arrangement}): the grammar then reads the block as an arrangement, and the compiler reports
   * the word with the message and help of {@link #unexpectedAtStatementStart} and {@link
   * #startHelp}.
   */
  static boolean meansArrangement(String word) {
    String keyword = misspeltFileKeyword(word);
    if (keyword == null) {
      keyword = miscasedKeyword(word);
    }
    return keyword != null && ARRANGEMENT_KEYWORD.contains(keyword);
  }

  static boolean isKeyword(int type) {
    return type >= INCLUDE && type <= CONDITION;
  }

  static String describe(IntervalSet expected) {
    List<String> parts = new ArrayList<>();
    boolean word = expected.contains(IDENT) && expected.contains(ON) && expected.contains(KIND);
    boolean qualifier =
        expected.contains(ON) && expected.contains(WITHIN) && expected.contains(IMMEDIATE);
    if (qualifier && !word) {
      return "a qualifier such as `on`, `within`, `immediate`, `requires` or `for`";
    }
    if (word) {
      parts.add("a word");
    }
    for (int type : expected.toArray()) {
      if (word && (type == IDENT || isKeyword(type))) {
        continue;
      }
      parts.add(describeType(type));
    }
    if (parts.size() > 6) {
      List<String> shown = new ArrayList<>(parts.subList(0, 5));
      shown.add("another keyword");
      parts = shown;
    }
    return join(parts);
  }

  private static String describeType(int type) {
    switch (type) {
      case Token.EOF:
        return "the end of the file";
      case IDENT:
        return "an identifier";
      case STRING:
        return "a string in quotes";
      case NUMBER:
        return "a number";
      case DATE:
        return "a date (YYYY-MM-DD)";
      default:
        String literal = VOCABULARY.getLiteralName(type);
        if (literal != null) {
          return "`" + literal.substring(1, literal.length() - 1) + "`";
        }
        return VOCABULARY.getDisplayName(type).toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static String join(List<String> parts) {
    if (parts.isEmpty()) {
      return "something else";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
  }
}

package dev.surety.dsl;

import dev.surety.core.diagnostic.RuleDescriptor;
import dev.surety.core.diagnostic.Severity;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules the compiler owns (RULES.md, "reading the files" and the two completeness rules about
 * ids): the single home of each code's name, default severity and documentation. Diagnostics take
 * their code, name and severity from here.
 */
public final class CompilerRules {

  public static final String SYNTAX_ERROR = "SUR001";
  public static final String INCLUDE_ERROR = "SUR002";
  public static final String LIMIT_EXCEEDED = "SUR003";
  public static final String INVALID_VALUE = "SUR005";
  public static final String HIDDEN_TEXT = "SUR006";
  public static final String UNDEFINED_REFERENCE = "SUR101";
  public static final String DUPLICATE_DECLARATION = "SUR102";

  /**
   * The errors that cannot be lowered, turned off or suppressed ({@link
   * RuleDescriptor#configurable()}): after each, the model lacks what the text says (a statement
   * not read, a file not included, an input beyond a limit not read in full, a value outside its
   * list dropped), so a draft compiled with one silenced would be another arrangement. (Before
   * {@link #ALL}, which reads it.)
   */
  private static final Set<String> ALWAYS_ERRORS =
      Set.of(SYNTAX_ERROR, INCLUDE_ERROR, LIMIT_EXCEEDED, INVALID_VALUE);

  private static final List<RuleDescriptor> ALL =
      List.of(
          rule(SYNTAX_ERROR, "syntax-error", Severity.ERROR,
              "The text does not follow the grammar.",
              "The message says in words what was expected (\"expected `.` to end the `party`"
                  + " statement that starts at 12:3\"), never a raw token dump. Parsing recovers at"
                  + " the end of each statement (`.`) and block (`}`), so every independent error in a"
                  + " file is reported, each once; and nothing that only follows from it: a statement"
                  + " with a syntax error or a value outside its list (SUR005) is not reported missing"
                  + " as well (SUR103, SUR104, SUR105, SUR107, SUR115, SUR116; a commitment's"
                  + " `within` or `on`: SUR113, SUR106), an arrangement with such a statement that"
                  + " names ids has no declaration reported unused (SUR114: the statement may be"
                  + " what uses it),"
                  + " and an id whose declaration it kept from being read is not reported undeclared"
                  + " (SUR101). The mistakes drafters make most get a help that names the fix: a `:`"
                  + " after a header's keyword (`kind: assurance.`), a keyword in capitals (`Kind`),"
                  + " curly quotes from a word processor, an id in quotes (`beneficiary \"UA\".`),"
                  + " a trigger's event where its id belongs (`on armed attack`). A commitment whose"
                  + " kind begins with declared parties (`FR DE military aid`) is one SUR001 for the"
                  + " `,` left out between them, and is read as meant (`FR, DE military aid`): not an"
                  + " unknown kind with `DE` never referred to. A number may have"
                  + " `_` only between two digits (`800_000`): `800_`, `8__00` and `_800` are syntax"
                  + " errors, with the number as it may be written; a number written with `,`"
                  + " (`800,000`, `3,5`) gets a help with `800000` or `800_000` (`3.5`).",
              "party US \"United States\" legislature Congress.\n",
              "party US \"United States\"; legislature Congress.\n"),
          rule(INCLUDE_ERROR, "include-error", Severity.ERROR,
              "An include is absolute, leaves the compilation root, is missing, unreadable, or"
                  + " closes a cycle.",
              "`include` paths are relative to the including file, use `/`, and must stay inside"
                  + " the compilation root (the directory or files given to the tool; for a single"
                  + " file, its directory). The message shows the chain of includes that led to the"
                  + " problem. A file included twice, even by different paths, is compiled once."
                  + " Once an include fails, no id is reported undeclared (SUR101) in the file that"
                  + " wrote it or in a file that includes that one: the file it names may declare"
                  + " it. The fixed example below needs `parties/europe.surety` beside it, declaring"
                  + " `UK` and `UA` (`party UK \"United Kingdom\".` and `party UA \"Ukraine\".`);"
                  + " without it, the include is reported missing.",
              """
              include "/home/drafts/parties/europe.surety".

              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                instrument agreement.
                beneficiary UA.
                UK military aid: air defence.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """,
              """
              include "parties/europe.surety".

              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                instrument agreement.
                beneficiary UA.
                UK military aid: air defence.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """),
          rule(LIMIT_EXCEEDED, "limit-exceeded", Severity.ERROR,
              "An input is beyond a resource limit.",
              "The compiler refuses inputs that would make it slow or exhaust memory: a file larger"
                  + " than 8 MiB, a list of more than 100,000 items, a line longer than 100,000"
                  + " characters, blocks nested too deep, includes chained too deep, a number too"
                  + " large for what it counts. The message names the limit; every limit is"
                  + " configurable (`[limits]` in `surety.toml`, `CompilerOptions.limits()`).",
              """
              // Linted with maxListItems = 2 ([limits] in surety.toml): a list of 3 items is over it.
              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                instrument agreement.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                UK military aid: air defence, aviation, training.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """,
              """
              // Linted with maxListItems = 3 ([limits] in surety.toml): a list of 3 items is within it.
              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                instrument agreement.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                UK military aid: air defence, aviation, training.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """),
          rule(INVALID_VALUE, "invalid-value", Severity.ERROR,
              "A value is not valid: a date that is not a calendar date, an unknown currency code or"
                  + " unit, a negative or zero size, length or amount, or a `kind`, `status`,"
                  + " `instrument` or `covers` value outside its list.",
              "Dates must be real calendar dates (`2026-02-30` is not); money uses ISO 4217 codes;"
                  + " durations use `hour`, `day`, `week`, `month` or `year`; `kind`, `status` and"
                  + " `instrument` take one of the values of LANGUAGE.md section 4, and `covers` its"
                  + " domains (`land`, `air`, `sea`, `cyber`, `space`, `energy`, `finance`). A near"
                  + " miss gets a did-you-mean; a domain within two edits of one is SUR111's instead"
                  + " (`covers lnad`: a warning, the domain kept as written), and domains joined with"
                  + " `and` get the list written with `,` (`covers land and air`: write `land, air`)."
                  + " Where a number is a size it must be more than 0: a coalition's"
                  + " `size`, every duration (`within`, `for`, `duration`, a withdrawal `notice`),"
                  + " an amount of money (`annually`, `total`) and a `sustain` force level; a `limit`"
                  + " of 0 is a ban (`limit UA nuclear weapons: 0 warheads.`) and stands. A negative"
                  + " number (`within -3 days`, `size -1`, a `limit` of -5) is never valid, and the"
                  + " help writes it without its sign. The faulty"
                  + " element is left out of the model.",
              """
              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                dated 2026-02-30.
                instrument agrement.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                UK military aid: air defence.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """,
              """
              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                dated 2026-02-28.
                instrument agreement.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                UK military aid: air defence.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """),
          rule(HIDDEN_TEXT, "hidden-text", Severity.WARNING,
              "A string, comment or phrase holds bidirectional control characters or invisible"
                  + " characters.",
              "Bidirectional controls (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069),"
                  + " invisible characters (what Unicode calls default ignorable: zero-width spaces"
                  + " and joiners, U+200B to U+200D, U+2060 to U+206F, U+FEFF; the soft hyphen"
                  + " U+00AD, which a text pasted from a treaty may hold inside a word:"
                  + " `air\\u00ADdefence` reads as `airdefence` and is two words; the Hangul fillers"
                  + " U+115F, U+1160, U+3164 and U+FFA0, which are letters, so that `US\\u3164` is"
                  + " an id other than `US` that looks the same; the variation selectors U+FE00 to"
                  + " U+FE0F and U+E0100 to U+E01EF, except one right after a character it varies,"
                  + " as in an emoji (U+1F6E1 U+FE0F, a shield) or a keycap (`1` U+FE0F U+20E3);"
                  + " the tag characters U+E0000 to U+E0FFF, which can carry a whole hidden"
                  + " sentence; and the others of U+034F, U+17B4, U+17B5, U+180B to U+180F, U+FFF0"
                  + " to U+FFF8, U+1BCA0 to U+1BCA3, U+1D173 to U+1D17A) and control characters"
                  + " other than tab and line ends (NUL, ESC, U+0000 to U+001F, U+007F to U+009F)"
                  + " can make a text read differently from what it says (\"Trojan Source\","
                  + " CVE-2021-42574). They are reported in strings, comments, between words and"
                  + " inside a word or an id. The message names the code points; delete them.",
              """
              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                instrument agreement.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                UK military aid: air defence.
                duration 10 years.
                withdrawal notice 12 months.
                condition "Supplied weapons are not used\u202E against RU".
              }
              """,
              """
              arrangement "UK-Ukraine Security Agreement" {
                kind assurance.
                instrument agreement.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                UK military aid: air defence.
                duration 10 years.
                withdrawal notice 12 months.
                condition "Supplied weapons are not used against RU".
              }
              """),
          rule(UNDEFINED_REFERENCE, "undefined-reference", Severity.ERROR,
              "An id is used but not declared.",
              "Every party, organisation, coalition or trigger named in a statement must be declared"
                  + " in the arrangement, at the level of its file, or in a file it includes. The"
                  + " message offers the closest declared id; an id that equals a declared one"
                  + " once both are in Unicode's composed form (NFC) is offered first, with the"
                  + " characters that differ (`é` as one character, or as `e` and a combining"
                  + " accent, look alike). Not reported in a file where an include"
                  + " failed (SUR002), its own or one of an included file's, nor for an id whose"
                  + " declaration has a syntax error (SUR001): that error is reported instead.",
              """
              arrangement "Security Guarantee for Ukraine" {
                kind guarantee.
                instrument treaty.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                trigger attack: armed attack.
                UK backstop: air defence; on atack; immediate.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """,
              """
              arrangement "Security Guarantee for Ukraine" {
                kind guarantee.
                instrument treaty.
                beneficiary UA.
                party UA "Ukraine".
                party UK "United Kingdom".
                trigger attack: armed attack.
                UK backstop: air defence; on attack; immediate.
                duration 10 years.
                withdrawal notice 12 months.
              }
              """),
          rule(DUPLICATE_DECLARATION, "duplicate-declaration", Severity.ERROR,
              "An id is declared twice in the same scope, an arrangement redeclares a file-level id,"
                  + " or a statement that may appear once is written twice.",
              "Parties, organisations and coalitions share one namespace of ids; triggers have"
                  + " their own (a trigger may have the id of a party: `on` names only triggers)."
                  + " An id declared at file level (or in an included file) cannot be declared again inside"
                  + " an arrangement. `kind`, `status`, `dated`, `instrument`, `modeled on`, `duration`"
                  + " and `withdrawal` may be written once in an arrangement, even when the second"
                  + " says the same (`duration 5 years.` then `duration 15 years.`; `withdrawal"
                  + " notice 12 months.` then `withdrawal at will.`); the first is kept. So may a"
                  + " coalition's `size` and a trigger's `against` in their declaration (`coalition"
                  + " CW \"C\": UK; size 1; size 3.`). A second `beneficiary` is SUR104's. A"
                  + " coalition's members or leaders, or an organisation's `veto` or `members`, that"
                  + " name one id twice (`coalition CoW \"C\": UK, UK; size 2.`) declare it once: the"
                  + " repetition is reported, and the id counts once (SUR109 counts the members"
                  + " named). Both places"
                  + " are shown.",
              "party US \"United States\".\nparty US \"United States of America\".\n",
              "party US \"United States\".\n"));


  private static final Map<String, RuleDescriptor> BY_CODE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(RuleDescriptor::code, Function.identity()));

  private CompilerRules() {}

  private static RuleDescriptor rule(
      String code, String name, Severity severity, String summary, String explanation,
      String failing, String passing) {
    return RuleDescriptor.builder()
        .code(code)
        .name(name)
        .defaultSeverity(severity)
        .summary(summary)
        .explanation(explanation)
        .failingExample(failing)
        .passingExample(passing)
        .configurable(!ALWAYS_ERRORS.contains(code))
        .build();
  }

  /** Every rule the compiler reports, sorted by code. */
  public static List<RuleDescriptor> all() {
    return ALL;
  }

  /**
   * Whether {@code code} is one of the errors that cannot be turned off, after which the model
   * lacks part of the text (a statement not read, a file not included, ...).
   */
  public static boolean isAlwaysError(String code) {
    return ALWAYS_ERRORS.contains(code);
  }

  /** The descriptor of one of this module's codes. */
  public static RuleDescriptor get(String code) {
    RuleDescriptor rule = BY_CODE.get(code);
    if (rule == null) {
      throw new NoSuchElementException("not a compiler rule: " + code);
    }
    return rule;
  }
}

/*
 * The Surety language, version 1 (LANGUAGE.md section 3).
 *
 * Keywords are contextual: they are tokens of their own so that the parser can tell where a
 * statement begins, but `word` accepts every keyword, so inside a phrase (`attack on shipping`,
 * `support by air`) they read as plain words. A phrase runs to `:`, `;`, `.` or `,`.
 *
 * Error recovery is done at statement boundaries by StatementErrorStrategy: the rules named
 * *Body hold the statement loops, and the statement rules (include, arrangement, layer, header,
 * declaration, commitment, forceLevel, term) are where an error is reported and skipped.
 * No rule is recursive, so the depth of the parse tree is bounded whatever the input.
 */
grammar Surety;

// every context extends SuretyContext: terminal nodes found by their class (see there); the
// parser extends SuretyParserBase: a hook at each rule's exit instead of a parse listener
options { contextSuperClass = SuretyContext; superClass = SuretyParserBase; }

@parser::members {
  /**
   * Whether the next token begins a line that begins a new statement (a statement's keyword, or a
   * commitment `US backstop:` no further right than the statement being read): there a phrase
   * ends, so that a forgotten `.` (`kind guarantee` then `status draft.` on the next line) is a
   * syntax error at the end of the line, not one long phrase. A commitment is looked for only
   * after a phrase that no `:` may follow (an item, a header's value), where reading on would
   * fail at its `:` anyway: a commitment's kind and a force level's force may run onto a line
   * of that shape in a valid draft (line breaks only separate tokens).
   */
  boolean atStatementStart() {
    ParserRuleContext phrase = _ctx;
    ParserRuleContext holder = phrase == null ? null : phrase.getParent();
    boolean colonMayFollow = !(phrase instanceof PhraseContext)
        || holder instanceof CommitmentContext
        || holder instanceof ForceLevelContext && ((ForceLevelContext) holder).phrase().size() < 2;
    return StatementKeywords.beginsStatementLine(_input, 1,
        colonMayFollow ? -1 : StatementKeywords.statementColumn(_ctx));
  }

  /**
   * Whether the next tokens are `arrangement` misspelt or in another case (`arangement`,
   * `Arrangement`: SyntaxMessages.meansArrangement decides), a title and `{`: the block is read
   * as an arrangement, its body compiled, and the compiler reports the word (SUR001). In a
   * valid draft no word stands there, so the prediction of a valid draft is unchanged.
   */
  boolean misspeltArrangement() {
    return _input.LA(1) == IDENT && _input.LA(2) == STRING && _input.LA(3) == LBRACE
        && SyntaxMessages.meansArrangement(_input.LT(1).getText());
  }
}

file            : fileBody EOF ;
fileBody        : ( include | declaration | arrangement )* ;
include         : INCLUDE STRING DOT ;
// `{misspeltArrangement()}? IDENT`: `arangement "T" {`, reported by the compiler, body read
arrangement     : ( ARRANGEMENT | {misspeltArrangement()}? IDENT ) STRING LBRACE arrangementBody RBRACE ;
arrangementBody : member* ;
member          : header | declaration | commitment | forceLevel | term | layer ;
layer           : LAYER STRING LBRACE layerBody RBRACE ;
layerBody       : ( commitment | forceLevel )* ;

header
  : KIND phrase DOT                                  # kindHeader
  | STATUS phrase DOT                                # statusHeader
  | DATED DATE DOT                                   # datedHeader
  | INSTRUMENT phrase DOT                            # instrumentHeader
  | BENEFICIARY ident DOT                            # beneficiaryHeader
  | AGAINST idList DOT                               # againstHeader
  | COVERS phraseList DOT                            # coversHeader
  | MODELED ON STRING DOT                            # modeledOnHeader
  ;

declaration
  : PARTY ident STRING ( SEMI partyClause )* DOT                          # partyDecl
  | ORGANISATION ident STRING ( SEMI organisationClause )* DOT            # organisationDecl
  | COALITION ident STRING ( COLON idList )? ( SEMI coalitionClause )* DOT  # coalitionDecl
  | TRIGGER ident COLON phrase ( SEMI triggerClause )* DOT                # triggerDecl
  ;

partyClause        : LEGISLATURE name ;
organisationClause : VETO idList # vetoClause | MEMBERS idList # membersClause ;
coalitionClause    : LED BY idList # ledByClause | SIZE NUMBER # sizeClause ;
triggerClause      : BY idList # triggerByClause | AGAINST ident # triggerAgainstClause ;

commitment : idList phrase ( COLON itemList )? ( SEMI qualifier )* DOT ;
itemList   : item ( COMMA item )* ;
item       : phrase | STRING ;

qualifier
  : ON idList                                        # onQualifier
  | WITHIN duration                                  # withinQualifier
  | IMMEDIATE                                        # immediateQualifier
  | AUTOMATIC                                        # automaticQualifier
  | AS DEEMED NECESSARY                              # deemedNecessaryQualifier
  | AFTER CONSULTATION                               # afterConsultationQualifier
  | AT DISCRETION                                    # atDiscretionQualifier
  | REQUIRES name act                                # requiresQualifier
  | REQUIRES act BY name                             # requiresByQualifier
  | THROUGH ident                                    # throughQualifier
  | TO ident                                         # toQualifier
  | FOR duration                                     # forQualifier
  | UNTIL ( DATE | STRING )                          # untilQualifier
  | BY DATE                                          # byQualifier
  | ANNUALLY money                                   # annuallyQualifier
  | TOTAL money                                      # totalQualifier
  | ONLY IN STRING                                   # onlyInQualifier
  | EXCLUDING STRING                                 # excludingQualifier
  ;

act : RATIFICATION | APPROVAL ;

forceLevel : ( SUSTAIN | LIMIT ) ident phrase COLON NUMBER phrase DOT ;

term
  : DURATION duration ( SEMI RENEWABLE )? DOT        # durationTerm
  | DURATION INDEFINITE DOT                          # indefiniteTerm
  | DURATION UNTIL ( DATE | STRING ) DOT             # durationUntilTerm
  | WITHDRAWAL NOTICE duration DOT                   # noticeTerm
  | WITHDRAWAL AT WILL DOT                           # atWillTerm
  | CONDITION STRING DOT                             # conditionTerm
  | REQUIRES name act DOT                            # requiresTerm
  ;

name       : ident | STRING ;
ident      : IDENT ;
idList     : ident ( COMMA ident )* ;
phraseList : phrase ( COMMA phrase )* ;
phrase     : word ( {!atStatementStart()}? word )* ;
duration   : NUMBER word ;
money      : word NUMBER word? ;

word
  : IDENT | INCLUDE | ARRANGEMENT | LAYER | KIND | STATUS | DATED | INSTRUMENT | BENEFICIARY
  | AGAINST | COVERS | MODELED | ON | PARTY | LEGISLATURE | ORGANISATION | VETO | MEMBERS
  | COALITION | LED | BY | SIZE | TRIGGER | WITHIN | IMMEDIATE | AUTOMATIC | AS | DEEMED
  | NECESSARY | AFTER | CONSULTATION | AT | DISCRETION | REQUIRES | RATIFICATION | APPROVAL
  | THROUGH | TO | FOR | UNTIL | ANNUALLY | TOTAL | ONLY | IN | EXCLUDING | SUSTAIN | LIMIT
  | DURATION | RENEWABLE | INDEFINITE | WITHDRAWAL | NOTICE | WILL | CONDITION
  ;

// ---- lexer ----------------------------------------------------------------------------------

INCLUDE      : 'include' ;
ARRANGEMENT  : 'arrangement' ;
LAYER        : 'layer' ;
KIND         : 'kind' ;
STATUS       : 'status' ;
DATED        : 'dated' ;
INSTRUMENT   : 'instrument' ;
BENEFICIARY  : 'beneficiary' ;
AGAINST      : 'against' ;
COVERS       : 'covers' ;
MODELED      : 'modeled' ;
ON           : 'on' ;
PARTY        : 'party' ;
LEGISLATURE  : 'legislature' ;
ORGANISATION : 'organisation' ;
VETO         : 'veto' ;
MEMBERS      : 'members' ;
COALITION    : 'coalition' ;
LED          : 'led' ;
BY           : 'by' ;
SIZE         : 'size' ;
TRIGGER      : 'trigger' ;
WITHIN       : 'within' ;
IMMEDIATE    : 'immediate' ;
AUTOMATIC    : 'automatic' ;
AS           : 'as' ;
DEEMED       : 'deemed' ;
NECESSARY    : 'necessary' ;
AFTER        : 'after' ;
CONSULTATION : 'consultation' ;
AT           : 'at' ;
DISCRETION   : 'discretion' ;
REQUIRES     : 'requires' ;
RATIFICATION : 'ratification' ;
APPROVAL     : 'approval' ;
THROUGH      : 'through' ;
TO           : 'to' ;
FOR          : 'for' ;
UNTIL        : 'until' ;
ANNUALLY     : 'annually' ;
TOTAL        : 'total' ;
ONLY         : 'only' ;
IN           : 'in' ;
EXCLUDING    : 'excluding' ;
SUSTAIN      : 'sustain' ;
LIMIT        : 'limit' ;
DURATION     : 'duration' ;
RENEWABLE    : 'renewable' ;
INDEFINITE   : 'indefinite' ;
WITHDRAWAL   : 'withdrawal' ;
NOTICE       : 'notice' ;
WILL         : 'will' ;
CONDITION    : 'condition' ;

DOT    : '.' ;
SEMI   : ';' ;
COMMA  : ',' ;
COLON  : ':' ;
LBRACE : '{' ;
RBRACE : '}' ;

DATE   : [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9] ;
/*
 * Two spellings that are no number are lexed as one, so that the compiler reports the number
 * (ModelBuilder.wellFormed) and reads the rest of the statement: a range (`1..5`), and a number
 * ending in `.` when a unit or a scale follows on its line (`USD 5. billion`, `within 3. days`),
 * where the `.` cannot be the end of a statement. Neither is ever part of a valid draft.
 */
NUMBER
  : SIGN? DIGITS ( '.' DIGITS )? ( '..' DIGITS ( '.' DIGITS )? )?
  | SIGN? DIGITS '.' { NumberWords.unitOrScaleFollows(_input) }?
  ;
fragment DIGITS : [0-9] [0-9_]* ;
/*
 * A `-` before the digits (`within -3 days`, `size -1`): lexed with the number so that the
 * compiler reports it as it reports a zero (SUR005, "must be a positive ..."), not as a stray
 * character. Only where no word or number runs into it: `long-range` and `air-3` stay one
 * identifier (IDENT is longer), and `2025-12-2` stays a number and two stray `-`.
 */
fragment SIGN   : '-' { NumberWords.signMayStart(_input, _tokenStartCharIndex) }? ;
IDENT  : [\p{L}] [\p{L}\p{M}\p{Nd}_-]* ;

/* Any escape is lexed; the compiler reports escapes other than \" and \\. */
STRING              : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '"' ;
UNTERMINATED_STRING : '"' ( ~["\\\r\n] | '\\' ~[\r\n] )* '\\'? ;

LINE_COMMENT          : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT         : '/*' .*? '*/' -> channel(HIDDEN) ;
/* Only when no star-slash follows: ANTLR prefers the longest match. */
UNTERMINATED_COMMENT  : '/*' ( ~[*] | '*'+ ~[*/] )* '*'* EOF ;
/*
 * Unicode's spaces (Zs: the no-break space of a text pasted from a treaty, the em space, ...), the
 * line and paragraph separators and NEL separate tokens like a space. Lines end at \n, \r\n and
 * a lone \r only (ANTLR, Positions and the language server's PositionMapper count those): the
 * others are not line breaks, as LSP's positions do not count them either.
 */
WS                    : [ \t\r\n\f\p{Zs}\u2028\u2029\u0085]+ -> channel(HIDDEN) ;
/*
 * Bidi controls and invisible characters outside strings: Unicode's Default_Ignorable_Code_Point
 * (a soft hyphen U+00AD, zero-width characters, variation selectors, tag characters U+E0000 to
 * U+E0FFF, ...; TokenScanner.isHidden lists the same): kept out of the way, reported SUR006. The
 * Hangul fillers are letters and the variation selectors marks, so inside a word IDENT takes them
 * (the longer match) and TokenScanner reports the word.
 */
HIDDEN_CHAR           : ( INVISIBLE | INVISIBLE_BEYOND_BMP )+ -> channel(HIDDEN) ;
fragment INVISIBLE
  : [\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E]
  | [\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF0-\uFFF8]
  ;
fragment INVISIBLE_BEYOND_BMP : [\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}] ;
/* Anything else is one token the parser rejects with a message in words: the lexer never fails. */
ERROR_CHAR            : . ;

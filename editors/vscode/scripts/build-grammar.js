#!/usr/bin/env node
// Writes syntaxes/surety.tmLanguage.json, the TextMate grammar of the Surety language
// (LANGUAGE.md sections 2 to 4). The grammar is written here, with named regular-expression
// pieces, because the same pieces (an identifier, a keyword boundary, a phrase) recur in every
// rule. Run `npm run grammar` after a change; test/grammar.test.js fails while the committed
// JSON differs from what this script writes.
//
// Scopes, so that any theme colours them:
//   keywords        keyword.control.include / storage.type.{arrangement,declaration} /
//                   keyword.other.{header,term,force-level,clause,qualifier}.surety
//   kinds           support.type.kind.surety (commitment kinds and their aliases),
//                   constant.language.{kind,status,instrument,domain,event}.surety (vocabularies)
//   ids             entity.name.type.surety (a declaration), entity.name.function.trigger.surety
//                   (a trigger's declaration), variable.other.party.surety and
//                   variable.other.trigger.surety (references)
//   literals        string.quoted.double.surety, constant.numeric.surety,
//                   constant.numeric.date.surety, meta.money.surety (support.constant.currency,
//                   constant.numeric, keyword.other.unit.scale), keyword.other.unit.surety (durations)
//   comments        comment.line.double-slash.surety, comment.block.surety, and in them
//                   keyword.other.directive.surety and constant.other.rule-code.surety for
//                   `surety:disable-next-line SUR107`
'use strict';

const fs = require('fs');
const path = require('path');

// ---- pieces -------------------------------------------------------------------------------

const IDCHAR = '[\\p{L}\\p{M}\\p{Nd}_-]';
const B0 = `(?<!${IDCHAR})`; // no identifier character before
const B1 = `(?!${IDCHAR})`; // no identifier character after
const ID = `[\\p{L}]${IDCHAR}*`;
const IDLIST = `${ID}(?:\\s*,\\s*${ID})*`;
const STRING = '"(?:[^"\\\\]|\\\\.)*"';
const NAME = `(?:${ID}|${STRING})`;
const WORD = ID;
const PHRASE = `${WORD}(?:[ \\t]+${WORD})*`;
const NUMBER = '[0-9][0-9_]*(?:\\.[0-9][0-9_]*)?';
/** Where a statement may begin: the start of a line, or right after `{`, `}`, `.` or a block comment. */
const START = '(?:^|(?<=[{}.]|\\*/))\\s*';
/**
 * Where a part of a statement may begin: after `;`, or at the start of a line, since a statement
 * longer than 100 columns breaks after a `;` (LANGUAGE.md section 6) and the next part then
 * starts a line of its own (`      led by UK, FR; size 30.`).
 */
const PART = '(?:(?<=;)|^)';
/** The end of a statement: `.`, or before a brace when the `.` is missing. */
const END = '(\\.)|(?=[{}])';

/** A word or phrase alternative with flexible inner whitespace: `air defence` -> air\s+defence. */
function words(list) {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return `${B0}(?:${sorted.map((w) => w.replace(/-/g, '\\-').split(' ').join('\\s+')).join('|')})${B1}`;
}

// LANGUAGE.md section 4.
const KIND_VALUES = ['guarantee', 'assurance', 'partnership', 'declaration'];
const STATUS_VALUES = ['draft', 'initialled', 'signed', 'ratified', 'in force', 'terminated'];
const INSTRUMENT_VALUES = [
  'treaty', 'agreement', 'executive agreement', 'memorandum', 'memorandum of understanding',
  'political declaration', 'joint statement', 'communique',
];
const DOMAINS = ['land', 'air', 'sea', 'cyber', 'space', 'energy', 'finance'];
const EVENTS = [
  'armed attack', 'aggression', 'resumption of hostilities', 'ceasefire violation',
  'nuclear threat', 'nuclear attack', 'hybrid attack', 'blockade',
];
const COMMITMENT_KINDS = [
  // military, response
  'mutual defence', 'mutual defense', 'collective defence', 'collective defense', 'defence',
  'defense', 'backstop', 'presence', 'troops', 'reassurance force', 'peacekeeping',
  // military, support
  'military aid', 'arms supply', 'weapons', 'intelligence sharing', 'training',
  'defence production', 'defense production', 'monitoring', 'basing',
  // economic
  'economic support', 'financial support', 'sanctions', 'reconstruction', 'accession',
  // political
  'consultation', 'diplomatic support', 'security council action', 'respect', 'non-aggression',
  'no coercion', 'no nuclear use', 'neutrality', 'non-accession',
  // vague
  'support', 'assistance', 'solidarity', 'cooperation', 'co-operation',
];
const UNITS = ['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'];
const SCALES = ['thousand', 'million', 'billion'];

const HEADER_KEYWORDS = ['kind', 'status', 'dated', 'instrument', 'beneficiary', 'against', 'covers', 'modeled on'];
const TERM_KEYWORDS = ['duration', 'withdrawal', 'condition', 'requires'];
const QUALIFIER_KEYWORDS = [
  'on', 'within', 'immediate', 'automatic', 'as deemed necessary', 'after consultation',
  'at discretion', 'requires', 'through', 'to', 'for', 'until', 'by', 'annually', 'total',
  'only in', 'excluding',
];

// ---- rules --------------------------------------------------------------------------------

const kw = (scope) => ({ name: `${scope}.surety` });
const idRefs = (scope) => ({
  patterns: [
    { match: ID, name: `${scope}.surety` },
    { match: ',', name: 'punctuation.separator.comma.surety' },
  ],
});

/**
 * In a declaration, a line that starts with ids followed by `,`, `;`, `.` or the line's end
 * continues an id list broken after a `,` (`      AT; led by UK.`, `      II; against UA.`).
 */
const idListContinued = {
  match: `^\\s*(${IDLIST})(?=\\s*(?:[,;.]|$))`,
  captures: { 1: idRefs('variable.other.party') },
};

function statement(name, begin, beginCaptures, patterns) {
  return {
    name: `meta.statement.${name}.surety`,
    begin,
    beginCaptures,
    end: END,
    endCaptures: { 1: { name: 'punctuation.terminator.statement.surety' } },
    patterns: [{ include: '#comments' }, ...patterns, { include: '#literals' }, { include: '#punctuation' }],
  };
}

const repository = {
  comments: {
    patterns: [
      {
        name: 'comment.block.surety',
        begin: '/\\*',
        end: '\\*/',
        beginCaptures: { 0: { name: 'punctuation.definition.comment.begin.surety' } },
        endCaptures: { 0: { name: 'punctuation.definition.comment.end.surety' } },
      },
      {
        name: 'comment.line.double-slash.surety',
        begin: '//',
        end: '$',
        beginCaptures: { 0: { name: 'punctuation.definition.comment.surety' } },
        patterns: [
          {
            // As the compiler reads a directive (TokenScanner): the directive, case-sensitive and
            // whole (`surety:disable-filex` is none), then codes separated by blanks or commas
            // (`SUR107, SUR115`), in any case.
            match: '\\G\\s*(surety:disable-(?:next-line|file))\\b((?:[\\s,]+[Ss][Uu][Rr][0-9]{3}\\b)*)',
            captures: {
              1: { name: 'keyword.other.directive.surety' },
              2: { patterns: [{ match: '[Ss][Uu][Rr][0-9]{3}', name: 'constant.other.rule-code.surety' }] },
            },
          },
        ],
      },
    ],
  },

  strings: {
    name: 'string.quoted.double.surety',
    begin: '"',
    end: '"|$',
    beginCaptures: { 0: { name: 'punctuation.definition.string.begin.surety' } },
    endCaptures: { 0: { name: 'punctuation.definition.string.end.surety' } },
    patterns: [
      { match: '\\\\["\\\\]', name: 'constant.character.escape.surety' },
      { match: '\\\\.?', name: 'invalid.illegal.escape.surety' },
    ],
  },

  literals: {
    patterns: [
      { include: '#strings' },
      { include: '#date' },
      { include: '#money' },
      { include: '#duration' },
      { include: '#number' },
    ],
  },

  date: {
    match: `${B0}[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])`,
    name: 'constant.numeric.date.surety',
  },

  money: {
    match: `${B0}([A-Z]{3})\\s+(${NUMBER})(?:\\s+(${words(SCALES)}))?${B1}`,
    name: 'meta.money.surety',
    captures: {
      1: { name: 'support.constant.currency.surety' },
      2: { name: 'constant.numeric.surety' },
      3: { name: 'keyword.other.unit.scale.surety' },
    },
  },

  duration: {
    match: `${B0}(${NUMBER})\\s+(${words(UNITS)})`,
    name: 'meta.duration.surety',
    captures: {
      1: { name: 'constant.numeric.surety' },
      2: { name: 'keyword.other.unit.surety' },
    },
  },

  number: {
    match: `${B0}${NUMBER}(?![0-9_])`,
    name: 'constant.numeric.surety',
  },

  punctuation: {
    patterns: [
      { match: ',', name: 'punctuation.separator.comma.surety' },
      { match: ';', name: 'punctuation.separator.part.surety' },
      { match: ':', name: 'punctuation.separator.particulars.surety' },
    ],
  },

  blocks: {
    patterns: [
      { match: '\\{', name: 'punctuation.section.block.begin.surety' },
      { match: '\\}', name: 'punctuation.section.block.end.surety' },
    ],
  },

  statements: {
    patterns: [
      { include: '#include' },
      { include: '#structure' },
      { include: '#headers' },
      { include: '#declarations' },
      { include: '#terms' },
      { include: '#force-level' },
      { include: '#commitment' },
    ],
  },

  include: statement('include', `${START}(include)${B1}`, { 1: kw('keyword.control.include') }, []),

  structure: {
    match: `${START}(arrangement|layer)${B1}`,
    captures: { 1: kw('storage.type') },
  },

  headers: {
    patterns: [
      statement('kind', `${START}(kind)${B1}`, { 1: kw('keyword.other.header') }, [
        { match: words(KIND_VALUES), name: 'constant.language.kind.surety' },
      ]),
      statement('status', `${START}(status)${B1}`, { 1: kw('keyword.other.header') }, [
        { match: words(STATUS_VALUES), name: 'constant.language.status.surety' },
      ]),
      statement('instrument', `${START}(instrument)${B1}`, { 1: kw('keyword.other.header') }, [
        { match: words(INSTRUMENT_VALUES), name: 'constant.language.instrument.surety' },
      ]),
      statement('covers', `${START}(covers)${B1}`, { 1: kw('keyword.other.header') }, [
        { match: words(DOMAINS), name: 'constant.language.domain.surety' },
      ]),
      statement('parties', `${START}(beneficiary|against)${B1}`, { 1: kw('keyword.other.header') }, [
        { match: ID, name: 'variable.other.party.surety' },
      ]),
      statement('dated', `${START}(dated)${B1}`, { 1: kw('keyword.other.header') }, []),
      statement('modeled-on', `${START}(modeled\\s+on)${B1}`, { 1: kw('keyword.other.header') }, []),
    ],
  },

  declarations: {
    patterns: [
      statement(
        'declaration',
        `${START}(party|organisation|coalition)${B1}(?:\\s+(${ID}))?`,
        { 1: kw('storage.type.declaration'), 2: kw('entity.name.type') },
        [
          {
            match: `${PART}\\s*(legislature)${B1}(?:\\s+(${ID})${B1})?`,
            captures: { 1: kw('keyword.other.clause'), 2: kw('variable.other.legislature') },
          },
          {
            match: `${PART}\\s*(${words(['veto', 'members', 'led by'])})(?:\\s+(${IDLIST}))?`,
            captures: { 1: kw('keyword.other.clause'), 2: idRefs('variable.other.party') },
          },
          {
            match: `${PART}\\s*(size)${B1}`,
            captures: { 1: kw('keyword.other.clause') },
          },
          {
            match: `(?<=:)\\s*(${IDLIST})`,
            captures: { 1: idRefs('variable.other.party') },
          },
          idListContinued,
        ]
      ),
      statement(
        'trigger',
        `${START}(trigger)${B1}(?:\\s+(${ID}))?`,
        { 1: kw('storage.type.declaration'), 2: kw('entity.name.function.trigger') },
        [
          {
            match: `${PART}\\s*(by|against)${B1}(?:\\s+(${IDLIST}))?`,
            captures: { 1: kw('keyword.other.clause'), 2: idRefs('variable.other.party') },
          },
          { match: words(EVENTS), name: 'constant.language.event.surety' },
          idListContinued,
        ]
      ),
    ],
  },

  terms: {
    patterns: [
      statement('duration', `${START}(duration)${B1}`, { 1: kw('keyword.other.term') }, [
        { match: words(['renewable', 'indefinite', 'until']), name: 'keyword.other.term.surety' },
      ]),
      statement('withdrawal', `${START}(withdrawal)${B1}`, { 1: kw('keyword.other.term') }, [
        { match: words(['notice', 'at will']), name: 'keyword.other.term.surety' },
      ]),
      statement('condition', `${START}(condition)${B1}`, { 1: kw('keyword.other.term') }, []),
      statement('requires', `${START}(requires)${B1}`, { 1: kw('keyword.other.term') }, [
        { include: '#requires-rest' },
      ]),
    ],
  },

  // `requires Congress ratification.` or `requires ratification by Congress.` (a string name is
  // one of the literals). The act and its `by` are one match, so that a name that ends in `by`
  // (`requires Derby approval.`) does not make the next word a name.
  'requires-rest': {
    patterns: [
      {
        match: `${B0}(ratification|approval)${B1}(?:\\s+(by)${B1}(?:\\s+(${ID}))?)?`,
        captures: {
          1: kw('keyword.other.qualifier'),
          2: kw('keyword.other.qualifier'),
          3: kw('variable.other.legislature'),
        },
      },
      { match: `${B0}${ID}`, name: 'variable.other.legislature.surety' },
    ],
  },

  'force-level': statement(
    'force-level',
    `${START}(sustain|limit)${B1}(?:\\s+(${ID}))?`,
    { 1: kw('keyword.other.force-level'), 2: kw('variable.other.party') },
    []
  ),

  commitment: {
    patterns: [
      // A known kind gets its own scope; an unknown one (a typo, say) stays plain.
      statement(
        'commitment',
        `${START}(${IDLIST})[ \\t]+(${words(COMMITMENT_KINDS)})(?=\\s*[:;.]|\\s*$)`,
        { 1: idRefs('variable.other.party'), 2: kw('support.type.kind') },
        [{ include: '#qualifiers' }]
      ),
      statement(
        'commitment',
        `${START}(${IDLIST})(?:[ \\t]+(${PHRASE}))?`,
        { 1: idRefs('variable.other.party'), 2: kw('meta.kind') },
        [{ include: '#qualifiers' }]
      ),
    ],
  },

  qualifiers: {
    patterns: [
      {
        match: `(?:(?<=;)|^)\\s*(on)${B1}(?:\\s+(${IDLIST}))?`,
        captures: { 1: kw('keyword.other.qualifier'), 2: idRefs('variable.other.trigger') },
      },
      {
        match: `(?:(?<=;)|^)\\s*(through|to)${B1}(?:\\s+(${ID}))?`,
        captures: { 1: kw('keyword.other.qualifier'), 2: kw('variable.other.party') },
      },
      {
        match: `(?:(?<=;)|^)\\s*(requires)\\s+(ratification|approval)${B1}(?:\\s+(by)${B1})?(?:\\s+(${NAME}))?`,
        captures: {
          1: kw('keyword.other.qualifier'),
          2: kw('keyword.other.qualifier'),
          3: kw('keyword.other.qualifier'),
          4: { patterns: [{ include: '#strings' }, { match: ID, name: 'variable.other.legislature.surety' }] },
        },
      },
      {
        match: `(?:(?<=;)|^)\\s*(requires)${B1}(?:\\s+(${NAME}))?(?:\\s+(ratification|approval)${B1})?`,
        captures: {
          1: kw('keyword.other.qualifier'),
          2: { patterns: [{ include: '#strings' }, { match: ID, name: 'variable.other.legislature.surety' }] },
          3: kw('keyword.other.qualifier'),
        },
      },
      {
        match: `(?:(?<=;)|^)\\s*(${words(QUALIFIER_KEYWORDS)})`,
        captures: { 1: kw('keyword.other.qualifier') },
      },
      {
        match: `${B0}(ratification|approval)\\s+(by)\\s+(${ID})${B1}`,
        captures: {
          1: kw('keyword.other.qualifier'),
          2: kw('keyword.other.qualifier'),
          3: kw('variable.other.legislature'),
        },
      },
    ],
  },
};

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Surety',
  scopeName: 'source.surety',
  fileTypes: ['surety'],
  comment: 'Generated by scripts/build-grammar.js from LANGUAGE.md sections 2 to 4: edit that script, not this file.',
  patterns: [
    { include: '#comments' },
    { include: '#strings' },
    { include: '#blocks' },
    { include: '#statements' },
    { include: '#literals' },
    { include: '#punctuation' },
    { match: '\\.', name: 'punctuation.terminator.statement.surety' },
  ],
  repository,
};

const out = path.join(__dirname, '..', 'syntaxes', 'surety.tmLanguage.json');
const text = JSON.stringify(grammar, null, 2) + '\n';

if (require.main === module) {
  fs.writeFileSync(out, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}

module.exports = { text, out };

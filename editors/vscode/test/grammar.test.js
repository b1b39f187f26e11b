// Tokenizes Surety lines with the extension's TextMate grammar through vscode-textmate and the
// Oniguruma build that VS Code uses (vscode-oniguruma), and asserts the scopes a theme colours.
// Run with `node --test test/` (npm test).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const ROOT = path.join(__dirname, '..');
const GRAMMAR = path.join(ROOT, 'syntaxes', 'surety.tmLanguage.json');

let grammarPromise;
function loadGrammar() {
  if (!grammarPromise) {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    const onigLib = oniguruma.loadWASM(wasm).then(() => ({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }));
    const registry = new vsctm.Registry({
      onigLib,
      loadGrammar: async (scopeName) =>
        scopeName === 'source.surety'
          ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR)
          : null,
    });
    grammarPromise = registry.loadGrammar('source.surety');
  }
  return grammarPromise;
}

/** Tokenizes the lines as one document; returns, per line, [{text, scopes}] with the text trimmed, without blank tokens. */
async function tokenize(...lines) {
  const grammar = await loadGrammar();
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens
      .map((t) => ({ text: line.substring(t.startIndex, t.endIndex).trim(), scopes: t.scopes }))
      .filter((t) => t.text !== '');
  });
}

/**
 * The scopes of the token whose text is `text` (the n-th such token, counting from 0) on a
 * tokenized line; fails, showing the whole line's tokens, when there is none.
 */
function scopesOf(tokens, text, n = 0) {
  const found = tokens.filter((t) => t.text === text);
  assert.ok(found.length > n, `no token ${JSON.stringify(text)} in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return found[n].scopes;
}

function assertScope(tokens, text, scope, n = 0) {
  const scopes = scopesOf(tokens, text, n);
  assert.ok(
    scopes.includes(scope),
    `${JSON.stringify(text)} should have scope ${scope}, has ${JSON.stringify(scopes)}`
  );
}

function assertNoScope(tokens, text, prefix, n = 0) {
  const scopes = scopesOf(tokens, text, n);
  assert.ok(
    !scopes.some((s) => s.startsWith(prefix)),
    `${JSON.stringify(text)} should have no ${prefix} scope, has ${JSON.stringify(scopes)}`
  );
}

test('the committed grammar is the one scripts/build-grammar.js writes', () => {
  const { text } = require('../scripts/build-grammar.js');
  assert.equal(fs.readFileSync(GRAMMAR, 'utf8'), text, 'run `npm run grammar` and commit the result');
});

test('the grammar is the one package.json contributes, for the .surety extension', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const [language] = pkg.contributes.languages;
  const [grammar] = pkg.contributes.grammars;
  assert.deepEqual(language.extensions, ['.surety']);
  assert.equal(grammar.language, language.id);
  assert.equal(grammar.scopeName, 'source.surety');
  assert.equal(path.resolve(ROOT, grammar.path), GRAMMAR);
});

test('every line of the language is in source.surety', async () => {
  const [tokens] = await tokenize('kind guarantee.');
  for (const t of tokens) assert.equal(t.scopes[0], 'source.surety');
});

test('the tone-setting line: ids, kind, items, qualifier with its legislature', async () => {
  const [line] = await tokenize('US backstop: air defence, intelligence; requires Congress ratification.');
  assertScope(line, 'US', 'variable.other.party.surety');
  assertScope(line, 'backstop', 'support.type.kind.surety');
  assertScope(line, ':', 'punctuation.separator.particulars.surety');
  assertNoScope(line, 'air defence', 'keyword');
  assertScope(line, 'requires', 'keyword.other.qualifier.surety');
  assertScope(line, 'Congress', 'variable.other.legislature.surety');
  assertScope(line, 'ratification', 'keyword.other.qualifier.surety');
  assertScope(line, '.', 'punctuation.terminator.statement.surety');
  assertScope(line, 'US', 'meta.statement.commitment.surety');
});

test('a commitment by several parties, with money and a multi-word kind', async () => {
  const [line] = await tokenize(
    '    UK, FR, DE military aid: air defence, long-range fires, training; annually EUR 3 billion.'
  );
  assertScope(line, 'UK', 'variable.other.party.surety');
  assertScope(line, 'FR', 'variable.other.party.surety');
  assertScope(line, 'DE', 'variable.other.party.surety');
  assertScope(line, 'military aid', 'support.type.kind.surety');
  assertScope(line, 'annually', 'keyword.other.qualifier.surety');
  assertScope(line, 'EUR', 'support.constant.currency.surety');
  assertScope(line, 'EUR', 'meta.money.surety');
  assertScope(line, '3', 'constant.numeric.surety');
  assertScope(line, 'billion', 'keyword.other.unit.scale.surety');
  // `training` is an item here, not a kind: items are plain.
  assertNoScope(line, 'training', 'support.type');
});

test('qualifiers: triggers, recipients, timing, modes, dates', async () => {
  const [line] = await tokenize(
    'CoW presence: land, air, sea; to CoW; on attack, nuclear-attack; within 72 hours; as deemed necessary; by 2030-01-01.'
  );
  assertScope(line, 'presence', 'support.type.kind.surety');
  assertScope(line, 'to', 'keyword.other.qualifier.surety');
  assertScope(line, 'CoW', 'variable.other.party.surety', 1);
  assertScope(line, 'on', 'keyword.other.qualifier.surety');
  assertScope(line, 'attack', 'variable.other.trigger.surety');
  assertScope(line, 'nuclear-attack', 'variable.other.trigger.surety');
  assertScope(line, 'within', 'keyword.other.qualifier.surety');
  assertScope(line, '72', 'constant.numeric.surety');
  assertScope(line, 'hours', 'keyword.other.unit.surety');
  assertScope(line, 'as deemed necessary', 'keyword.other.qualifier.surety');
  assertScope(line, 'by', 'keyword.other.qualifier.surety');
  assertScope(line, '2030-01-01', 'constant.numeric.date.surety');
});

test('requires ... by: the legislature after the act, a string as its name; money, limits, modes', async () => {
  const [line] = await tokenize(
    'US defence: air; through NATO; requires approval by "Verkhovna Rada"; only in "Kyiv"; excluding "Crimea"; after consultation.'
  );
  assertScope(line, 'defence', 'support.type.kind.surety');
  assertScope(line, 'through', 'keyword.other.qualifier.surety');
  assertScope(line, 'NATO', 'variable.other.party.surety');
  assertScope(line, 'requires', 'keyword.other.qualifier.surety');
  assertScope(line, 'approval', 'keyword.other.qualifier.surety');
  assertScope(line, 'by', 'keyword.other.qualifier.surety');
  assertScope(line, 'Verkhovna Rada', 'string.quoted.double.surety');
  assertScope(line, 'only in', 'keyword.other.qualifier.surety');
  assertScope(line, 'excluding', 'keyword.other.qualifier.surety');
  assertScope(line, 'after consultation', 'keyword.other.qualifier.surety');
  const [ratification] = await tokenize('UK training; requires ratification by Parliament.');
  assertScope(ratification, 'ratification', 'keyword.other.qualifier.surety');
  assertScope(ratification, 'Parliament', 'variable.other.legislature.surety');
});

test('an unknown kind is a commitment but not a known kind', async () => {
  const [line] = await tokenize('US militray aid: training.');
  assertScope(line, 'US', 'variable.other.party.surety');
  assertScope(line, 'militray aid', 'meta.kind.surety');
  assertNoScope(line, 'militray aid', 'support.type');
});

test('a qualifier continued on the next line, and a keyword used as a word in an item', async () => {
  const [first, second] = await tokenize(
    '    US backstop: support by air; on attack; as deemed necessary;',
    '      requires Congress ratification.'
  );
  assertNoScope(first, 'support by air', 'keyword');
  assertScope(first, 'on', 'keyword.other.qualifier.surety');
  assertScope(second, 'requires', 'keyword.other.qualifier.surety');
  assertScope(second, 'Congress', 'variable.other.legislature.surety');
  assertScope(second, '.', 'punctuation.terminator.statement.surety');
});

test('headers: keywords and their vocabularies', async () => {
  const lines = await tokenize(
    'arrangement "Ukraine Security Guarantees: Three-Layer Framework" {',
    '  kind guarantee.',
    '  status in force.',
    '  dated 2025-12-29.',
    '  instrument memorandum of understanding.',
    '  beneficiary UA.',
    '  against RU, BY.',
    '  covers land, air, cyber.',
    '  modeled on "NATO Article 5".',
    '}'
  );
  const [arrangement, kind, status, dated, instrument, beneficiary, against, covers, modeled, close] = lines;
  assertScope(arrangement, 'arrangement', 'storage.type.surety');
  assertScope(arrangement, 'Ukraine Security Guarantees: Three-Layer Framework', 'string.quoted.double.surety');
  assertScope(arrangement, '{', 'punctuation.section.block.begin.surety');
  assertScope(kind, 'kind', 'keyword.other.header.surety');
  assertScope(kind, 'guarantee', 'constant.language.kind.surety');
  assertScope(status, 'in force', 'constant.language.status.surety');
  assertScope(dated, 'dated', 'keyword.other.header.surety');
  assertScope(dated, '2025-12-29', 'constant.numeric.date.surety');
  assertScope(instrument, 'memorandum of understanding', 'constant.language.instrument.surety');
  assertScope(beneficiary, 'beneficiary', 'keyword.other.header.surety');
  assertScope(beneficiary, 'UA', 'variable.other.party.surety');
  assertScope(against, 'against', 'keyword.other.header.surety');
  assertScope(against, 'BY', 'variable.other.party.surety');
  assertScope(covers, 'cyber', 'constant.language.domain.surety');
  assertScope(modeled, 'modeled on', 'keyword.other.header.surety');
  assertScope(modeled, 'NATO Article 5', 'string.quoted.double.surety');
  assertScope(close, '}', 'punctuation.section.block.end.surety');
});

test('declarations: the declared id, clauses and references', async () => {
  const [party, org, coalition, trigger, us] = await tokenize(
    '  party UA "Ukraine"; legislature "Verkhovna Rada".',
    '  organisation UNSC "UN Security Council"; veto US, RU; members UA.',
    '  coalition CoW "Coalition of the Willing": UK, FR; led by UK; size 30.',
    '  trigger attack: armed attack; by RU; against UA.',
    '  party US "United States"; legislature Congress.'
  );
  assertScope(us, 'legislature', 'keyword.other.clause.surety');
  assertScope(us, 'Congress', 'variable.other.legislature.surety');
  assertScope(party, 'party', 'storage.type.declaration.surety');
  assertScope(party, 'UA', 'entity.name.type.surety');
  assertScope(party, 'Ukraine', 'string.quoted.double.surety');
  assertScope(party, 'legislature', 'keyword.other.clause.surety');
  assertScope(party, 'Verkhovna Rada', 'string.quoted.double.surety');
  assertScope(org, 'organisation', 'storage.type.declaration.surety');
  assertScope(org, 'UNSC', 'entity.name.type.surety');
  assertScope(org, 'veto', 'keyword.other.clause.surety');
  assertScope(org, 'RU', 'variable.other.party.surety');
  assertScope(org, 'members', 'keyword.other.clause.surety');
  assertScope(org, 'UA', 'variable.other.party.surety');
  assertScope(coalition, 'CoW', 'entity.name.type.surety');
  assertScope(coalition, 'FR', 'variable.other.party.surety');
  assertScope(coalition, 'led by', 'keyword.other.clause.surety');
  assertScope(coalition, 'UK', 'variable.other.party.surety', 1);
  assertScope(coalition, 'size', 'keyword.other.clause.surety');
  assertScope(coalition, '30', 'constant.numeric.surety');
  assertScope(trigger, 'trigger', 'storage.type.declaration.surety');
  assertScope(trigger, 'attack', 'entity.name.function.trigger.surety');
  assertScope(trigger, 'armed attack', 'constant.language.event.surety');
  assertScope(trigger, 'by', 'keyword.other.clause.surety');
  assertScope(trigger, 'RU', 'variable.other.party.surety');
  assertScope(trigger, 'UA', 'variable.other.party.surety');
});

test('declarations broken over lines as `surety fmt` breaks them: clauses and ids on the next line', async () => {
  // The canonical layout breaks a statement longer than 100 columns after a `;` or `,`
  // (LANGUAGE.md section 6); these lines are what `surety fmt` writes for such declarations.
  const lines = await tokenize(
    '  party UA "Ukraine"; legislature "Verkhovna Rada of Ukraine, the parliament";',
    '      legislature Parliament.',
    '  organisation EU "European Union of many states";',
    '      veto FR, DE, IT, PL, NL, DK, SE, FI, NO, ES, PT, BE; members UK, FR, DE.',
    '  coalition CoW "Coalition of the Willing": UK, FR, DE, IT, PL, NL, DK, SE, FI, NO, ES, PT, BE, LU,',
    '      AT; led by UK, FR; size 30.',
    '  trigger attack: armed attack;',
    '      by RU, BY, IR, KP, CN, XX, YY, ZZ, AA, BB, CC, DD, EE, FF, GG, HH, II; against UA.'
  );
  const [, legislature, , veto, , members, , by] = lines;
  assertScope(legislature, 'legislature', 'keyword.other.clause.surety');
  assertScope(legislature, 'Parliament', 'variable.other.legislature.surety');
  assertScope(veto, 'veto', 'keyword.other.clause.surety');
  assertScope(veto, 'FR', 'variable.other.party.surety');
  assertScope(veto, 'members', 'keyword.other.clause.surety');
  assertScope(members, 'AT', 'variable.other.party.surety');
  assertScope(members, 'led by', 'keyword.other.clause.surety');
  assertScope(members, 'size', 'keyword.other.clause.surety');
  assertScope(by, 'by', 'keyword.other.clause.surety');
  assertScope(by, 'RU', 'variable.other.party.surety');
  assertScope(by, 'against', 'keyword.other.clause.surety');
  for (const [i, tokens] of lines.entries()) {
    for (const t of tokens) {
      assert.ok(t.scopes.some((s) => s.startsWith('meta.statement.')), `line ${i + 1}: ${JSON.stringify(t)} is outside its statement`);
    }
  }
});

test('terms and force levels', async () => {
  const [duration, withdrawal, condition, requires, sustain] = await tokenize(
    '  duration 15 years; renewable.',
    '  withdrawal notice 12 months.',
    '  condition "Supplied weapons are not used against \\"RU\\"".',
    '  requires Congress ratification.',
    '    sustain UA armed forces: 800_000 personnel.'
  );
  assertScope(duration, 'duration', 'keyword.other.term.surety');
  assertScope(duration, '15', 'constant.numeric.surety');
  assertScope(duration, 'years', 'keyword.other.unit.surety');
  assertScope(duration, 'renewable', 'keyword.other.term.surety');
  assertScope(withdrawal, 'notice', 'keyword.other.term.surety');
  assertScope(withdrawal, 'months', 'keyword.other.unit.surety');
  assertScope(condition, 'condition', 'keyword.other.term.surety');
  assertScope(condition, '\\"', 'constant.character.escape.surety');
  assertScope(requires, 'requires', 'keyword.other.term.surety');
  assertScope(requires, 'Congress', 'variable.other.legislature.surety');
  assertScope(requires, 'ratification', 'keyword.other.qualifier.surety');
  assertScope(sustain, 'sustain', 'keyword.other.force-level.surety');
  assertScope(sustain, 'UA', 'variable.other.party.surety');
  assertScope(sustain, '800_000', 'constant.numeric.surety');
});

test('the arrangement-wide requires, in both orders; a legislature whose name ends in "by"', async () => {
  const [derby, byName, byString, stringFirst] = await tokenize(
    '  requires Derby approval.',
    '  requires ratification by Congress.',
    '  requires approval by "Verkhovna Rada".',
    '  requires "Verkhovna Rada" ratification.'
  );
  assertScope(derby, 'Derby', 'variable.other.legislature.surety');
  assertScope(derby, 'approval', 'keyword.other.qualifier.surety');
  assertNoScope(derby, 'approval', 'variable');
  assertScope(byName, 'ratification', 'keyword.other.qualifier.surety');
  assertScope(byName, 'by', 'keyword.other.qualifier.surety');
  assertScope(byName, 'Congress', 'variable.other.legislature.surety');
  assertScope(byString, 'by', 'keyword.other.qualifier.surety');
  assertScope(byString, 'Verkhovna Rada', 'string.quoted.double.surety');
  assertScope(stringFirst, 'Verkhovna Rada', 'string.quoted.double.surety');
  assertScope(stringFirst, 'ratification', 'keyword.other.qualifier.surety');
});

test('include, layer and Unicode identifiers', async () => {
  const [include, layer, party] = await tokenize(
    'include "parties/europe.surety".',
    '  layer "European Union membership" {',
    '  party Україна "Україна".'
  );
  assertScope(include, 'include', 'keyword.control.include.surety');
  assertScope(include, 'parties/europe.surety', 'string.quoted.double.surety');
  assertScope(layer, 'layer', 'storage.type.surety');
  assertScope(party, 'Україна', 'entity.name.type.surety');
});

test('numbers with a fraction and separators, and an unknown escape', async () => {
  const [line] = await tokenize('US military aid: "a\\q"; total USD 3.8 billion.');
  assertScope(line, 'USD', 'support.constant.currency.surety');
  assertScope(line, '3.8', 'constant.numeric.surety');
  assertScope(line, '\\q', 'invalid.illegal.escape.surety');
});

test('comments, suppression directives, and comments that span lines', async () => {
  const [lineComment, directive, open, inside, close] = await tokenize(
    '// Three-layer framework, as outlined by Ukraine in late 2025.',
    '// surety:disable-next-line SUR107 SUR115 -- duration is negotiated separately',
    '/* a block comment: kind guarantee.',
    '   US backstop: air defence.',
    '*/ kind guarantee.'
  );
  assertScope(lineComment, 'Three-layer framework, as outlined by Ukraine in late 2025.', 'comment.line.double-slash.surety');
  assertScope(directive, 'surety:disable-next-line', 'keyword.other.directive.surety');
  assertScope(directive, 'SUR107', 'constant.other.rule-code.surety');
  assertScope(directive, 'SUR115', 'constant.other.rule-code.surety');
  assertScope(directive, 'SUR107', 'comment.line.double-slash.surety');
  for (const t of [...open, ...inside]) assert.ok(t.scopes.includes('comment.block.surety'), JSON.stringify(t));
  assertScope(close, '*/', 'comment.block.surety');
  assertScope(close, 'kind', 'keyword.other.header.surety');
  assertScope(close, 'guarantee', 'constant.language.kind.surety');
});

test('suppression directives as the compiler reads them: codes after commas, in any case; the directive whole', async () => {
  const [commas, lower, glued, longer, miscased] = await tokenize(
    '// surety:disable-next-line SUR107, SUR115 -- negotiated separately',
    '// surety:disable-file SUR107,sur115',
    '//surety:disable-file SUR114',
    '// surety:disable-filex SUR114',
    '// SURETY:disable-file SUR114'
  );
  assertScope(commas, 'surety:disable-next-line', 'keyword.other.directive.surety');
  assertScope(commas, 'SUR107', 'constant.other.rule-code.surety');
  assertScope(commas, 'SUR115', 'constant.other.rule-code.surety');
  assertScope(lower, 'SUR107', 'constant.other.rule-code.surety');
  assertScope(lower, 'sur115', 'constant.other.rule-code.surety');
  assertScope(glued, 'surety:disable-file', 'keyword.other.directive.surety');
  assertScope(glued, 'SUR114', 'constant.other.rule-code.surety');
  // Not directives (the compiler reports them as SUR004): plain comment text.
  for (const t of [...longer, ...miscased]) {
    assert.ok(!t.scopes.some((s) => s.startsWith('keyword') || s.startsWith('constant')), JSON.stringify(t));
  }
});

test('a comment at the end of a statement, and a statement after a statement on one line', async () => {
  const [line] = await tokenize('  kind guarantee. status draft. // what the drafters claim');
  assertScope(line, 'kind', 'keyword.other.header.surety');
  assertScope(line, 'status', 'keyword.other.header.surety');
  assertScope(line, 'draft', 'constant.language.status.surety');
  assertScope(line, 'what the drafters claim', 'comment.line.double-slash.surety');
});

test('every line of the example drafts tokenizes, and no statement keyword is left unscoped', async () => {
  const drafts = path.join(ROOT, '..', '..', 'examples', 'drafts');
  const files = fs.readdirSync(drafts).filter((f) => f.endsWith('.surety'));
  assert.ok(files.length > 0, `no drafts in ${drafts}`);
  for (const file of files) {
    const lines = fs.readFileSync(path.join(drafts, file), 'utf8').split(/\r?\n/);
    const tokenized = await tokenize(...lines);
    tokenized.forEach((tokens, i) => {
      const first = tokens[0];
      if (!first) return;
      const keyword = /^(kind|status|dated|instrument|beneficiary|against|covers|party|organisation|coalition|trigger|duration|withdrawal|condition|include|arrangement|layer|sustain|limit)$/;
      if (keyword.test(first.text) && !first.scopes.some((s) => s.startsWith('comment') || s.startsWith('string'))) {
        assert.ok(
          first.scopes.some((s) => /^(keyword|storage)\./.test(s)),
          `${file}:${i + 1}: ${JSON.stringify(first)}`
        );
      }
    });
  }
});

#!/usr/bin/env node
// Asserts what Vim's quickfix list shows (the JSON that vim-quickfix.vim wrote) against the
// draft's `.expected` file: every expected finding is an entry at the right file, line and
// column, with its severity, message and code, and `:clist` lists it as `FILE:LINE col COL`;
// with the `:compiler surety` plugin of docs/cli.md and :make, each entry also has its type.
// The same with a copy of the draft whose name has spaces and a colon (SPACED): :make with the
// compiler plugin and with the ftplugin's makeprg of docs/editors.md, and its :cexpr.
// Usage: check-quickfix.js QF_JSON DRAFT EXPECTED SPACED. Exit status 1 on the first mismatch.
'use strict';

const fs = require('fs');
const assert = require('assert/strict');

const [qfJson, draft, expectedFile, spaced] = process.argv.slice(2);
const result = JSON.parse(fs.readFileSync(qfJson, 'utf8'));

function fail(message) {
  console.error(`vim-quickfix: FAIL: ${message}`);
  process.exit(1);
}

if (result.exception) fail(`Vim raised ${result.exception}`);

// `LINE:COL CODE SEVERITY MESSAGE`, optionally after the file for findings in another file.
const expected = fs
  .readFileSync(expectedFile, 'utf8')
  .split('\n')
  .map((line) => /^(?:(\S+\.surety) )?(\d+):(\d+) (SUR\d{3}) (error|warning|info) (.*)$/.exec(line))
  .filter(Boolean)
  .map(([, file, lnum, col, code, severity, message]) => ({
    file: file || draft,
    lnum: Number(lnum),
    col: Number(col),
    code,
    severity,
    message,
  }));
if (!expected.some((e) => e.severity === 'error')) fail(`${expectedFile} lists no error: pick a draft with a known error`);

const key = (e) => `${e.file}:${e.lnum}:${e.col} ${e.code} ${e.severity} ${e.message}`;

let checks = 0;
for (const source of ['cexpr', 'cfile']) {
  const entries = result[source];
  if (!Array.isArray(entries)) fail(`no quickfix list from :${source === 'cexpr' ? 'cgetexpr' : 'cgetfile'}`);
  const invalid = entries.filter((e) => !e.valid);
  if (invalid.length) {
    fail(`:${source}: ${invalid.length} line(s) the default errorformat did not parse: ${JSON.stringify(invalid)}`);
  }
  // The default errorformat's `%f:%l:%c:%m` keeps the severity in the text: " error: MESSAGE [CODE]".
  const shown = entries.map((e) => {
    const m = /^\s*(error|warning|info): (.*) \[(SUR\d{3})\]$/.exec(e.text);
    if (!m) fail(`:${source}: text not "SEVERITY: MESSAGE [CODE]": ${JSON.stringify(e)}`);
    return { file: e.file, lnum: e.lnum, col: e.col, code: m[3], severity: m[1], message: m[2] };
  });
  try {
    assert.deepEqual(shown.map(key).sort(), expected.map(key).sort());
  } catch (error) {
    fail(`:${source}: the quickfix list differs from ${expectedFile}\n${error.message}`);
  }
  // :clist, what the user reads: " N FILE:LINE col COL:  SEVERITY: MESSAGE [CODE]".
  const clist = result[`${source}_clist`];
  shown.forEach((e, i) => {
    const line = clist[i] || '';
    const want = `${i + 1} ${e.file}:${e.lnum} col ${e.col}:`;
    if (!line.trim().startsWith(want) || !line.endsWith(`[${e.code}]`)) {
      fail(`:clist line ${i + 1} is ${JSON.stringify(line)}, expected it to start with ${JSON.stringify(want)} and end with [${e.code}]`);
    }
  });
  checks += shown.length;
}

// :compiler surety (docs/cli.md) and :make: the same entries, each with its type (e, w, i) and
// the message and code as its text.
if (!Array.isArray(result.make)) fail(`no quickfix list from :make with :compiler surety (${result.makeprg})`);
{
  const shown = result.make.map((e) => {
    if (!e.valid) fail(`:make: a line the compiler plugin's errorformat did not parse: ${JSON.stringify(e)}`);
    const m = /^(.*) \[(SUR\d{3})\]$/.exec(e.text);
    if (!m) fail(`:make: text not "MESSAGE [CODE]": ${JSON.stringify(e)}`);
    const severity = { e: 'error', w: 'warning', i: 'info' }[e.type] || `type ${JSON.stringify(e.type)}`;
    return { file: e.file, lnum: e.lnum, col: e.col, code: m[2], severity, message: m[1] };
  });
  try {
    assert.deepEqual(shown.map(key).sort(), expected.map(key).sort());
  } catch (error) {
    fail(`:make with :compiler surety: the quickfix list differs from ${expectedFile}\n${error.message}`);
  }
}

// A draft whose name has spaces and a colon: every finding in it, in that file, with the three
// ways of filling the quickfix list that the docs give.
if (spaced) {
  const spacedName = result.spaced_bufname;
  const want = expected.map((e) => key({ ...e, file: e.file === draft ? spacedName : e.file })).sort();
  for (const [source, what, typed] of [
    ['make_spaced', ':make with :compiler surety', true],
    ['ftplugin_spaced', `:make with the ftplugin's ${result.ftplugin_makeprg}`, false],
    ['cexpr_spaced', ":cexpr system('surety lint --format gcc ' . shellescape(expand('%')))", false],
  ]) {
    const entries = result[source];
    if (!Array.isArray(entries)) fail(`no quickfix list from ${what} on ${spaced}`);
    const shown = entries.map((e) => {
      if (!e.valid) fail(`${what} on ${JSON.stringify(spaced)}: a line not parsed as a finding: ${JSON.stringify(e)}`);
      const m = typed
        ? /^(.*) \[(SUR\d{3})\]$/.exec(e.text)
        : /^\s*(error|warning|info): (.*) \[(SUR\d{3})\]$/.exec(e.text);
      if (!m) fail(`${what}: unexpected text ${JSON.stringify(e)}`);
      return typed
        ? { file: e.file, lnum: e.lnum, col: e.col, code: m[2], severity: { e: 'error', w: 'warning', i: 'info' }[e.type], message: m[1] }
        : { file: e.file, lnum: e.lnum, col: e.col, code: m[3], severity: m[1], message: m[2] };
    });
    try {
      assert.deepEqual(shown.map(key).sort(), want);
    } catch (error) {
      fail(`${what} on ${JSON.stringify(spaced)}: the quickfix list differs from ${expectedFile}\n${error.message}`);
    }
  }
}

// :cfirst jumps to the first finding's file, line and column.
const first = [...expected].sort((a, b) => a.lnum - b.lnum || a.col - b.col)[0];
const jump = result.jump || {};
if (jump.file !== first.file || jump.lnum !== first.lnum || jump.col !== first.col) {
  fail(`:cfirst landed at ${JSON.stringify(jump)}, expected ${first.file}:${first.lnum}:${first.col}`);
}

const error = expected.find((e) => e.severity === 'error');
console.log(
  `vim-quickfix: ok: ${checks / 2} findings at the right file, line and column with :cgetexpr and :cgetfile ` +
    `(e.g. ${error.file}:${error.lnum} col ${error.col} ${error.code}), :cfirst jumps to ${first.lnum}:${first.col}; ` +
    `:compiler surety and :make give the same entries with their types` +
    (spaced ? `; so do :make and :cexpr on ${JSON.stringify(spaced)}` : '')
);

// The client, extension.js, with `vscode` and `vscode-languageclient/node` replaced by stand-ins
// (the real ones need a running VS Code): it starts `<surety.path> <surety.args...> lsp` over
// stdio for surety documents, restarts on a change of `surety.path`, and stops on deactivate.
// Run with `node --test test/` (npm test).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const Module = require('module');
const path = require('path');

function loadExtension(settings) {
  const clients = [];
  const listeners = [];
  const commands = {};
  const errors = [];
  const vscode = {
    workspace: {
      workspaceFolders: [{ uri: { scheme: 'file', fsPath: '/work/drafts' } }],
      getConfiguration: (section) => {
        assert.equal(section, 'surety');
        return { get: (key) => settings[key] };
      },
      createFileSystemWatcher: (glob) => ({ glob }),
      onDidChangeConfiguration: (listener) => {
        listeners.push(listener);
        return { dispose() {} };
      },
    },
    window: { showErrorMessage: (message) => errors.push(message) },
    commands: {
      registerCommand: (name, fn) => {
        commands[name] = fn;
        return { dispose() {} };
      },
    },
  };
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, stopped: 0 });
      clients.push(this);
    }
    async start() {
      this.started++;
      if (settings.startError) throw new Error(settings.startError);
    }
    async stop() {
      this.stopped++;
    }
  }
  const languageclient = { LanguageClient, TransportKind: { stdio: 0, ipc: 1 } };

  const file = path.join(__dirname, '..', 'extension.js');
  delete require.cache[file];
  const originalLoad = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return languageclient;
    return originalLoad.call(this, request, parent, isMain);
  };
  try {
    return { extension: require(file), clients, listeners, commands, errors };
  } finally {
    Module._load = originalLoad;
  }
}

test('activate starts `surety lsp` over stdio for surety documents, from surety.path', async () => {
  const { extension, clients, errors } = loadExtension({ path: '/opt/surety/surety', args: ['--debug'] });
  await extension.activate({ subscriptions: [] });
  assert.equal(clients.length, 1);
  const [client] = clients;
  assert.equal(client.started, 1);
  assert.equal(client.serverOptions.command, '/opt/surety/surety');
  assert.deepEqual(client.serverOptions.args, ['--debug', 'lsp']);
  assert.equal(client.serverOptions.transport, 0);
  assert.equal(client.serverOptions.options.cwd, '/work/drafts');
  assert.deepEqual(
    client.clientOptions.documentSelector.map((s) => s.language),
    ['surety', 'surety']
  );
  assert.deepEqual(errors, []);
});

test('without surety.path the command is `surety` on the PATH', async () => {
  const { extension, clients } = loadExtension({});
  await extension.activate({ subscriptions: [] });
  assert.equal(clients[0].serverOptions.command, 'surety');
  assert.deepEqual(clients[0].serverOptions.args, ['lsp']);
});

test('a change of surety.path restarts the server with the new command; deactivate stops it', async () => {
  const settings = { path: 'surety' };
  const { extension, clients, listeners, commands } = loadExtension(settings);
  await extension.activate({ subscriptions: [] });
  assert.ok(commands['surety.restartServer'], 'the restart command is registered');
  settings.path = '/new/surety';
  listeners.forEach((l) => l({ affectsConfiguration: (key) => key === 'surety.path' }));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(clients.length, 2);
  assert.equal(clients[0].stopped, 1);
  assert.equal(clients[1].serverOptions.command, '/new/surety');
  assert.equal(clients[1].started, 1);
  await extension.deactivate();
  assert.equal(clients[1].stopped, 1);
});

test('a server that cannot be started is named, as it was started, in the error message', async () => {
  const { extension, errors } = loadExtension({ path: '', args: ['--debug'], startError: 'spawn surety ENOENT' });
  await extension.activate({ subscriptions: [] });
  assert.equal(errors.length, 1);
  assert.match(errors[0], /could not start "surety --debug lsp" \(spawn surety ENOENT\)/);
  assert.match(errors[0], /surety\.path/);
});

test('an unrelated setting does not restart the server', async () => {
  const { extension, clients, listeners } = loadExtension({});
  await extension.activate({ subscriptions: [] });
  listeners.forEach((l) => l({ affectsConfiguration: (key) => key === 'editor.tabSize' }));
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(clients.length, 1);
});

test('package.json declares what the client reads and the bundle it is built into', () => {
  const pkg = require('../package.json');
  const props = pkg.contributes.configuration.properties;
  assert.equal(props['surety.path'].default, 'surety');
  assert.deepEqual(props['surety.args'].default, []);
  assert.ok(pkg.activationEvents.includes('onLanguage:surety'));
  assert.equal(pkg.main, './dist/extension.js');
  assert.match(pkg.scripts.bundle, /esbuild \.\/extension\.js --bundle --outfile=dist\/extension\.js --external:vscode/);
  assert.ok(pkg.contributes.commands.some((c) => c.command === 'surety.restartServer'));
});

test('the $surety problem matcher reads `surety lint --format gcc` lines', () => {
  const pkg = require('../package.json');
  const [matcher] = pkg.contributes.problemMatchers;
  assert.equal(matcher.name, 'surety');
  const { pattern } = matcher;
  const re = new RegExp(pattern.regexp);
  const line =
    'examples/drafts/us-ukraine-guarantee-2026.surety:27:3: error: arrangement "US-Ukraine: draft" claims to be a guarantee [SUR205]';
  const m = re.exec(line);
  assert.ok(m, 'the line matches');
  assert.equal(m[pattern.file], 'examples/drafts/us-ukraine-guarantee-2026.surety');
  assert.equal(m[pattern.line], '27');
  assert.equal(m[pattern.column], '3');
  assert.equal(m[pattern.severity], 'error');
  assert.equal(m[pattern.message], 'arrangement "US-Ukraine: draft" claims to be a guarantee');
  assert.equal(m[pattern.code], 'SUR205');
  const info = re.exec('a.surety:7:1: info: arrangement "X" has no withdrawal terms [SUR115]');
  assert.equal(info[pattern.severity], 'info');
  assert.equal(info[pattern.code], 'SUR115');
  assert.equal(re.exec('7 errors, 2 warnings, 1 infos in 1 files'), null);
  // gcc lines name a file outside the working directory by its absolute path: VS Code takes a
  // name as absolute when it is, else as relative to the workspace
  assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
  const absolute = re.exec('/home/me/drafts/a.surety:3:1: warning: x [SUR107]');
  assert.equal(absolute[pattern.file], '/home/me/drafts/a.surety');
});

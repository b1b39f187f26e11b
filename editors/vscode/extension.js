// The Surety extension: the language (grammar and configuration come from package.json) and a
// client that starts the Surety language server, `surety lsp`, over stdio.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function serverOptions() {
  const config = vscode.workspace.getConfiguration('surety');
  const command = config.get('path') || 'surety';
  const args = [...(config.get('args') || []), 'lsp'];
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  // A relative working directory lets `.surety.json` or `surety.toml` be found from the workspace upward.
  const options = folder && folder.uri.scheme === 'file' ? { cwd: folder.uri.fsPath } : {};
  return { command, args, transport: TransportKind.stdio, options };
}

function clientOptions() {
  return {
    documentSelector: [
      { scheme: 'file', language: 'surety' },
      { scheme: 'untitled', language: 'surety' },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.surety,.surety.json,surety.toml}'),
    },
    outputChannelName: 'Surety',
  };
}

async function startClient() {
  const server = serverOptions();
  client = new LanguageClient('surety', 'Surety', server, clientOptions());
  try {
    await client.start();
  } catch (error) {
    // The command as it was started: with an empty `surety.path` that is `surety`, not "".
    const command = [server.command, ...server.args].join(' ');
    vscode.window.showErrorMessage(
      `Surety: could not start "${command}" (${error && error.message ? error.message : error}). ` +
        'Set "surety.path" to the surety command.'
    );
  }
}

async function restartClient() {
  if (client) {
    const old = client;
    client = undefined;
    try {
      await old.stop();
    } catch (_) {
      // A server that never started cannot be stopped; start a new one all the same.
    }
  }
  await startClient();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('surety.restartServer', restartClient),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('surety.path') || event.affectsConfiguration('surety.args')) {
        restartClient();
      }
    })
  );
  await startClient();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };

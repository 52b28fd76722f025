import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Documents the server looks at: JSON/YAML files (and the explorer's read-only configuration documents). */
export const DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'untitled', language: 'json' },
  { scheme: 'untitled', language: 'yaml' },
  { scheme: 'cognito-lens', language: 'json' },
  { scheme: 'file', pattern: '**/*.template' },
];

/**
 * V8 flags for the server: a small young generation (V8 reserves up to 3 × 16 MB for it by default, most of the
 * server's memory with a large template open); the server sets its old generation's growth itself (server.ts).
 * test/bench/lsp-client.ts starts the server with the same flags.
 */
const SERVER_EXEC_ARGV = ['--max-semi-space-size=2'];

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: log,
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{json,yaml,yml,template}'),
    },
    diagnosticCollectionName: 'cognito',
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        latest.set(uri.toString(), diagnostics);
        next(uri, lintEnabled() ? diagnostics : []);
      },
    },
  };
  const client = new LanguageClient('cognitoLens', 'Cognito Lens', serverOptions, clientOptions);
  // `cognitoLens.lint.enabled` hides and restores what the server last published, without a round trip.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      const collection = client.diagnostics;
      if (!e.affectsConfiguration('cognitoLens.lint.enabled') || !collection) return;
      if (!lintEnabled()) collection.clear();
      else for (const [uri, diagnostics] of latest) collection.set(vscode.Uri.parse(uri), diagnostics);
    }),
  );
  return client;
}

/** The server's latest diagnostics per document, kept so that re-enabling linting shows them at once. */
const latest = new Map<string, vscode.Diagnostic[]>();

function lintEnabled(): boolean {
  return vscode.workspace.getConfiguration('cognitoLens').get<boolean>('lint.enabled', true);
}

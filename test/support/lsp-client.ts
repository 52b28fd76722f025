import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const SERVER_JS = resolve(__dirname, '../../dist/server.js');

/** Fails with a clear message when the bundle is missing: `npm test` builds it before the integration tests. */
export function requireBuiltServer(): string {
  if (!existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run \`npm run build\` first (\`npm test\` does it).`);
  return SERVER_JS;
}

/**
 * A plain JSON-RPC client over the stdio of `node dist/server.js --stdio`: what any LSP client does, with no
 * editor behind it. Diagnostics are kept per URI and can be awaited by predicate (no sleeps).
 */
export class LspSession {
  readonly connection: MessageConnection;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; test: (d: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void }[] = [];
  readonly stderr: string[] = [];

  private constructor(readonly process: ChildProcess) {
    this.connection = createMessageConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.latest.set(p.uri, p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.test(p.diagnostics)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p.diagnostics);
        }
      }
    });
    // The server asks for configuration/registrations on some clients; answer politely.
    this.connection.onRequest(() => null);
    process.stderr!.on('data', (b: Buffer) => this.stderr.push(b.toString()));
    this.connection.listen();
  }

  static start(args: string[] = ['--stdio']): LspSession {
    const child = spawn(process.execPath, [requireBuiltServer(), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    return new LspSession(child);
  }

  /** Resolves with the first published diagnostics of `uri` that pass `test` (also ones already received). */
  diagnostics(uri: string, test: (d: Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const seen = this.latest.get(uri);
    if (seen && test(seen.diagnostics)) return Promise.resolve(seen.diagnostics);
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; last: ${JSON.stringify(this.latest.get(uri)?.diagnostics.map((d) => d.code))}; stderr: ${this.stderr.join('')}`));
      }, timeoutMs);
      this.waiters.push({ uri, test, resolve: (d) => { clearTimeout(timer); resolvePromise(d); } });
    });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.sendNotification('exit').catch(() => undefined);
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null) {
        await new Promise<void>((r) => {
          const timer = setTimeout(() => { this.process.kill(); r(); }, 2000);
          this.process.once('exit', () => { clearTimeout(timer); r(); });
        });
      }
    }
  }
}

// ---- The small workspace both LSP client tests (plain JSON-RPC and Neovim) open.

export const RESOURCE_SERVER = `UserPoolId: us-east-1_Lens1234
Identifier: orders
Name: Orders API
Scopes:
  - ScopeName: read
    ScopeDescription: Read orders
`;

// A client_credentials client without a secret, with one declared and one undeclared custom scope.
export const CLIENT = `{
  "UserPoolId": "us-east-1_Lens1234",
  "ClientName": "m2m",
  "AllowedOAuthFlowsUserPoolClient": true,
  "AllowedOAuthFlows": ["client_credentials"],
  "AllowedOAuthScopes": ["orders/read", "orders/write"]
}
`;

/** Where to complete: inside the scope list, right after its opening `[`. */
export function scopeListPosition(text: string): { line: number; character: number } {
  const offset = text.indexOf('"AllowedOAuthScopes": [') + '"AllowedOAuthScopes": ['.length;
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle) + delta;
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

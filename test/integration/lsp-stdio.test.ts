import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { CLIENT, LspSession, positionOf, RESOURCE_SERVER, scopeListPosition } from '../support/lsp-client';

/**
 * Drives the bundled server (`node dist/server.js --stdio`) with a plain JSON-RPC client, as a second LSP client
 * next to VS Code: workspace indexing, diagnostics with codes and doc links, completion, hover, quick fixes from
 * diagnostic data, and cross-file updates.
 */
const codes = (d: Diagnostic[]) => d.map((x) => String(x.code));

describe('language server over stdio', () => {
  let dir: string;
  let session: LspSession;
  let clientUri: string;
  let rsUri: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cognito-lens-lsp-'));
    writeFileSync(join(dir, 'orders-resource-server.yaml'), RESOURCE_SERVER);
    writeFileSync(join(dir, 'm2m-client.json'), CLIENT);
    clientUri = pathToFileURL(join(dir, 'm2m-client.json')).toString();
    rsUri = pathToFileURL(join(dir, 'orders-resource-server.yaml')).toString();
    session = LspSession.start();
    const init = await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(dir).toString(),
      workspaceFolders: [{ uri: pathToFileURL(dir).toString(), name: 'ws' }],
      capabilities: { textDocument: { publishDiagnostics: { codeDescriptionSupport: true, dataSupport: true } } },
    }) as { capabilities: { completionProvider?: unknown; hoverProvider?: unknown; codeActionProvider?: unknown } };
    assert.ok(init.capabilities.completionProvider && init.capabilities.hoverProvider && init.capabilities.codeActionProvider, JSON.stringify(init));
    await session.connection.sendNotification('initialized', {});
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: clientUri, languageId: 'json', version: 1, text: CLIENT } });
  });

  after(async () => {
    await session?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes cognito diagnostics with codes and documentation links, using the indexed resource server', async () => {
    // The undeclared scope is only reported once the workspace resource server is indexed; `orders/read` must not be.
    const diags = await session.diagnostics(clientUri, (d) => codes(d).includes('cognito/client-credentials-requires-secret') && codes(d).includes('cognito/custom-scope-not-defined'));
    const secret = diags.find((d) => d.code === 'cognito/client-credentials-requires-secret')!;
    assert.equal(secret.source, 'cognito');
    assert.match(secret.codeDescription?.href ?? '', /client-credentials-requires-secret/);
    const undefinedScopes = diags.filter((d) => d.code === 'cognito/custom-scope-not-defined');
    assert.equal(undefinedScopes.length, 1, JSON.stringify(undefinedScopes));
    assert.equal(undefinedScopes[0].range.start.line, 5);
    assert.ok(undefinedScopes[0].message.includes('orders/write'), undefinedScopes[0].message);
  });

  it('completes workspace scopes in the scope list (custom only for a client_credentials client)', async () => {
    const result = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: clientUri }, position: scopeListPosition(CLIENT) }) as CompletionItem[] | CompletionList;
    const items = Array.isArray(result) ? result : result.items;
    const labels = items.map((i) => i.label);
    // orders/read and orders/write are already listed; nothing else is declared; standard scopes are left out.
    assert.deepEqual(labels, []);
    const empty = CLIENT.replace('["orders/read", "orders/write"]', '[]');
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: clientUri, version: 2 }, contentChanges: [{ text: empty }] });
    const again = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri: clientUri }, position: scopeListPosition(empty) }) as CompletionItem[] | CompletionList;
    const item = (Array.isArray(again) ? again : again.items).find((i) => i.label === 'orders/read');
    assert.ok(item, 'orders/read offered');
    assert.equal((item.textEdit as TextEdit).newText, '"orders/read"');
    assert.ok(!(Array.isArray(again) ? again : again.items).some((i) => i.label === 'openid'));
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: clientUri, version: 3 }, contentChanges: [{ text: CLIENT }] });
  });

  it('hovers property names with markdown from the schemas', async () => {
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri: clientUri }, position: positionOf(CLIENT, 'AllowedOAuthFlowsUserPoolClient', 3) }) as Hover;
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    assert.match(contents.value, /\*\*AllowedOAuthFlowsUserPoolClient\*\*/);
    assert.match(contents.value, /invalid_grant/);
  });

  it('returns the quick fix carried in the diagnostic data', async () => {
    const diags = await session.diagnostics(clientUri, (d) => codes(d).includes('cognito/client-credentials-requires-secret'));
    const diagnostic = diags.find((d) => d.code === 'cognito/client-credentials-requires-secret')!;
    const actions = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: clientUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    }) as CodeAction[];
    const fix = actions.find((a) => a.title === 'Set GenerateSecret: true');
    assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
    const edits = fix.edit?.changes?.[clientUri] ?? [];
    assert.ok(edits.some((e) => e.newText.includes('"GenerateSecret": true')), JSON.stringify(edits));
  });

  it('re-checks the client when the resource server changes', async () => {
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: rsUri, languageId: 'yaml', version: 1, text: RESOURCE_SERVER } });
    const withWrite = `${RESOURCE_SERVER}  - ScopeName: write\n    ScopeDescription: Write orders\n`;
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: rsUri, version: 2 }, contentChanges: [{ text: withWrite }] });
    const fixed = await session.diagnostics(clientUri, (d) => !codes(d).includes('cognito/custom-scope-not-defined'));
    assert.ok(codes(fixed).includes('cognito/client-credentials-requires-secret'));
    // And back: removing the scope again brings the finding back.
    await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: rsUri, version: 3 }, contentChanges: [{ text: RESOURCE_SERVER }] });
    await session.diagnostics(clientUri, (d) => codes(d).includes('cognito/custom-scope-not-defined'));
  });
});

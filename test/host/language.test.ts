import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, eventually, openDocument, positionAfter, waitForDiagnostics, workspaceFile } from './helpers';

const TEMPLATE = ['infra', 'orders-auth.yaml'];

describe('language client', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('publishes cognito/… diagnostics for a template with mistakes', async () => {
    const uri = workspaceFile(...TEMPLATE);
    const editor = await openDocument(uri);
    const expected = ['cognito/client-credentials-requires-secret', 'cognito/custom-scope-not-defined', 'cognito/client-credentials-custom-scopes-only', 'cognito/callback-url-insecure-http'];
    const ds = await waitForDiagnostics(uri, (d) => expected.every((c) => d.some((x) => codeOf(x) === c)), expected.join(', '));
    const secret = ds.find((d) => codeOf(d) === 'cognito/client-credentials-requires-secret')!;
    assert.equal(editor.document.getText(secret.range), 'false', 'the diagnostic marks GenerateSecret: false');
    assert.equal(secret.severity, vscode.DiagnosticSeverity.Error);
  });

  it('offers a quick fix that removes the diagnostic', async () => {
    const uri = workspaceFile(...TEMPLATE);
    await openDocument(uri);
    const ds = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'cognito/client-credentials-requires-secret'), 'client-credentials-requires-secret');
    const target = ds.find((d) => codeOf(d) === 'cognito/client-credentials-requires-secret')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => /GenerateSecret/.test(a.title));
    assert.ok(fix, `no GenerateSecret quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(fix.edit, `the quick fix "${fix.title}" carries no edit`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'cognito/client-credentials-requires-secret'), 'the fixed diagnostic to go');
  });

  it('completes the custom scopes the workspace declares inside AllowedOAuthScopes', async () => {
    const uri = workspaceFile(...TEMPLATE);
    const editor = await openDocument(uri);
    const after = positionAfter(editor.document, '- orders-api/write');
    const indent = ' '.repeat(editor.document.lineAt(after.line).firstNonWhitespaceCharacterIndex);
    assert.ok(await editor.edit((e) => e.insert(after, `\n${indent}- `)));
    const caret = new vscode.Position(after.line + 1, indent.length + 2);
    const labels = await eventually(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, caret);
      const ls = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      return ls.includes('orders-api/refunds') ? ls : undefined;
    }, 'orders-api/refunds among the completions');
    assert.ok(labels.includes('orders-api/refunds'));
  });
});

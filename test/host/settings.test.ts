import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, eventually, openDocument, positionAfter, waitForDiagnostics, workspaceFile } from './helpers';

const config = () => vscode.workspace.getConfiguration('cognitoLens');

describe('settings', () => {
  afterEach(async () => {
    await config().update('lint.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('hover.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('cognitoLens.lint.enabled: false clears the diagnostics, true brings them back', async () => {
    const uri = workspaceFile('infra', 'orders-auth.yaml');
    await openDocument(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x).startsWith('cognito/')), 'initial diagnostics');
    await config().update('lint.enabled', false, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'diagnostics to clear after lint.enabled=false');
    await config().update('lint.enabled', true, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'diagnostics to come back after lint.enabled=true');
  });

  it('cognitoLens.hover.enabled: false turns the JWT hover off', async () => {
    const uri = workspaceFile('.env');
    const editor = await openDocument(uri);
    const at = positionAfter(editor.document, 'ORDERS_ACCESS_TOKEN=eyJ');
    const hoverText = async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    };
    const on = await eventually(async () => {
      const text = await hoverText();
      return text.includes('Cognito Lens') ? text : undefined;
    }, 'the JWT hover');
    assert.match(on, /orders\\?-api\/read/, 'the hover lists the token\'s scopes');
    await config().update('hover.enabled', false, vscode.ConfigurationTarget.Workspace);
    const off = await eventually(async () => {
      const text = await hoverText();
      return text.includes('Cognito Lens') ? undefined : text;
    }, 'the JWT hover to go');
    assert.doesNotMatch(off, /Cognito Lens/);
  });
});

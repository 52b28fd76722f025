import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, openDocument, positionAfter, workspaceFile } from './helpers';

async function hoverMarkdown(uri: vscode.Uri, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

/** The decoded summary of the JWT at `at`, once the hover provider answers with it. */
function jwtHover(uri: vscode.Uri, at: vscode.Position): Promise<string> {
  return eventually(async () => {
    const text = await hoverMarkdown(uri, at);
    return text.includes('Open in Cognito Lens') ? text : undefined;
  }, `the JWT hover in ${uri.path}`);
}

function decoderTabOpen(): boolean {
  return vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview && t.label === 'Cognito Lens: Token'));
}

describe('JWT hover in any file, and the panel from its link', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  const cases: { name: string; open: () => Promise<vscode.TextEditor>; after: string }[] = [
    { name: '.env', open: () => openDocument(workspaceFile('.env')), after: 'ORDERS_ACCESS_TOKEN=eyJ' },
    { name: '.http (REST Client)', open: () => openDocument(workspaceFile('requests', 'orders.http')), after: 'Authorization: Bearer eyJ' },
    {
      name: 'JSON (untitled)',
      open: async () => {
        const env = await vscode.workspace.openTextDocument(workspaceFile('.env'));
        const token = /ORDERS_ACCESS_TOKEN=(\S+)/.exec(env.getText())![1];
        const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify({ access_token: token, token_type: 'Bearer' }, null, 2) });
        return vscode.window.showTextDocument(doc);
      },
      after: '"access_token": "eyJ',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: decoded summary with the Cognito kind, scopes and a link that opens the panel`, async () => {
      const editor = await c.open();
      const at = positionAfter(editor.document, c.after);
      const markdown = await jwtHover(editor.document.uri, at);
      assert.match(markdown, /access token/i, 'the hover names the token kind');
      assert.match(markdown, /orders\\?-api\/read/, "the hover lists the token's scopes");
      const link = /\(command:cognitoLens\.openDecoder\?([^ )]+)/.exec(markdown);
      assert.ok(link, 'the hover carries the Open in Cognito Lens command link');
      const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
      assert.equal(decoderTabOpen(), false);
      await vscode.commands.executeCommand('cognitoLens.openDecoder', ...args);
      await eventually(async () => (decoderTabOpen() ? true : undefined), 'the decoder panel to open from the hover link');
    });
  }
});

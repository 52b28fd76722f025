import * as vscode from 'vscode';
import { decodeJwt, type DecodedJwt } from './decode';
import { findTokenAt, findTokens } from './find-tokens';
import { registerTokenHover } from './hover';
import { JwtPanel, type PanelDeps } from './panel';
import type { DecoderSettings, DecoderTarget } from './panel-model';
import { JwksCache } from './verify';

/** Expected values to verify against (from the explorer's token request) and where the token came from. */
export type { DecoderTarget } from './panel-model';

export interface DecoderApi {
  openToken(token: string, target?: DecoderTarget): Promise<void>;
}

function readSettings(): DecoderSettings {
  const c = vscode.workspace.getConfiguration('cognitoLens');
  return {
    jwksUrl: c.get<string>('jwksUrl', '').trim(),
    expectedIssuer: c.get<string>('expectedIssuer', '').trim(),
    fetchJwksAutomatically: c.get<boolean>('verify.fetchJwksAutomatically', false),
    clockToleranceSeconds: Math.max(0, c.get<number>('verify.clockToleranceSeconds', 60)),
  };
}

/** Registers the JWT hover, the decode commands and the decoder panel (with its reload serializer). */
export function registerDecoder(context: vscode.ExtensionContext, deps: { log: vscode.LogOutputChannel }): DecoderApi {
  const cache = new JwksCache();
  const open = (jwt: DecodedJwt, target: DecoderTarget): void => {
    JwtPanel.createOrShow(panelDeps).show(jwt, target);
  };
  const openToken = async (token: string, target: DecoderTarget = {}): Promise<void> => {
    const decoded = decodeJwt(token);
    // The reason never quotes the token: it may be a live credential.
    if (!decoded.ok) {
      void vscode.window.showErrorMessage(`Cognito Lens: not a JWT: ${decoded.reason}`);
      return;
    }
    open(decoded.jwt, target);
  };
  const promptForToken = async (): Promise<void> => {
    const input = await vscode.window.showInputBox({
      title: 'Cognito Lens: Decode JWT',
      prompt: 'Paste a JWT ("Bearer ", quotes and line breaks are ignored). It is decoded locally and not stored.',
      password: true,
      ignoreFocusOut: true,
      validateInput: (value) => {
        if (value.trim() === '') return undefined;
        const r = decodeJwt(value);
        return r.ok ? undefined : `Not a JWT: ${r.reason}`;
      },
    });
    if (input !== undefined && input.trim() !== '') await openToken(input, { source: 'pasted token' });
  };
  const panelDeps: PanelDeps = { extensionUri: context.extensionUri, log: deps.log, cache, settings: readSettings, promptForToken };

  const decodeSelection = async (): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return promptForToken();
    const { document, selection } = editor;
    const source = `selection in ${vscode.workspace.asRelativePath(document.uri)}`;
    if (selection.isEmpty) {
      const found = findTokenAt(document.lineAt(selection.active.line).text, selection.active.character);
      if (found) return open(found.jwt, { source });
      void vscode.window.showInformationMessage('Cognito Lens: select a JWT (or put the cursor on one) to decode it.');
      return;
    }
    const text = document.getText(selection);
    const decoded = decodeJwt(text);
    if (decoded.ok) return open(decoded.jwt, { source });
    const [first] = findTokens(text);
    if (first) return open(first.jwt, { source });
    void vscode.window.showErrorMessage(`Cognito Lens: the selection is not a JWT: ${decoded.reason}`);
  };

  context.subscriptions.push(
    registerTokenHover(),
    vscode.commands.registerCommand('cognitoLens.decodeToken', promptForToken),
    vscode.commands.registerCommand('cognitoLens.decodeSelection', decodeSelection),
    vscode.commands.registerCommand('cognitoLens.openDecoder', (token?: unknown) =>
      typeof token === 'string' ? openToken(token, { source: 'hover' }) : promptForToken(),
    ),
    vscode.window.registerWebviewPanelSerializer(JwtPanel.viewType, {
      // Webview state is never used: it is written to disk, and the token must not be.
      deserializeWebviewPanel: async (panel) => {
        JwtPanel.revive(panel, panelDeps);
      },
    }),
  );
  return { openToken };
}

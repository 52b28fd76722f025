import * as vscode from 'vscode';
import { findTokenAt } from './find-tokens';
import { hoverMarkdown, OPEN_DECODER_COMMAND } from './hover-text';

/** Lines longer than this are not searched (minified bundles); a Cognito token is a few KB at most. */
const MAX_LINE = 200_000;

/** Hover for JWTs in any file. Decodes locally: nothing leaves the machine on hover. */
export function registerTokenHover(): vscode.Disposable {
  return vscode.languages.registerHoverProvider([{ scheme: 'file' }, { scheme: 'untitled' }], {
    provideHover(document, position) {
      if (!vscode.workspace.getConfiguration('cognitoLens').get<boolean>('hover.enabled', true)) return undefined;
      const line = document.lineAt(position.line).text;
      if (line.length > MAX_LINE || !line.includes('eyJ')) return undefined;
      const found = findTokenAt(line, position.character);
      if (!found) return undefined;
      const markdown = new vscode.MarkdownString(hoverMarkdown(found.jwt, Date.now()));
      // Only our own command may run from the hover; claim text is escaped so it cannot add links.
      markdown.isTrusted = { enabledCommands: [OPEN_DECODER_COMMAND] };
      const range = new vscode.Range(position.line, found.offset, position.line, found.offset + found.length);
      return new vscode.Hover(markdown, range);
    },
  });
}

import * as vscode from 'vscode';
import { docsUrl } from '../../../server/src/rules/catalog';
import type { Problem } from '../../../server/src/rules/types';
import { LineMap } from '../../../server/src/cli/output';

export const SCHEME = 'cognito-lens';

/**
 * Read-only documents in the `cognito-lens:` scheme: describe outputs and compare sides. The text lives in memory
 * only (secrets are redacted before it gets here); the language client's selector includes the scheme, so the
 * server lints them like files.
 */
export class ConfigDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '// This document is no longer available: open it again from the Cognito Lens explorer.\n';
  }

  set(uri: vscode.Uri, text: string): void {
    const key = uri.toString();
    if (this.texts.get(key) === text) return;
    const known = this.texts.has(key);
    this.texts.set(key, text);
    if (known) this.emitter.fire(uri);
  }

  async show(uri: vscode.Uri, text: string, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
    this.set(uri, text);
    let doc = await vscode.workspace.openTextDocument(uri);
    if (doc.languageId !== 'json') doc = await vscode.languages.setTextDocumentLanguage(doc, 'json');
    return vscode.window.showTextDocument(doc, { preview: true, ...options });
  }

  dispose(): void {
    this.emitter.dispose();
    this.texts.clear();
  }
}

/** `cognito-lens://<region>/<poolId>/<path>` for a live document. */
export function liveDocumentUri(region: string, poolId: string, path: string): vscode.Uri {
  return vscode.Uri.from({ scheme: SCHEME, authority: region, path: `/${poolId}/${path}` });
}

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/** Problems of a text as diagnostics shaped like the language server's (source `cognito`, code linking the docs). */
export function toDiagnostics(text: string, problems: Problem[]): vscode.Diagnostic[] {
  const lines = new LineMap(text);
  return problems.map((p) => {
    const start = lines.position(p.offset);
    const end = lines.position(p.offset + p.length);
    const d = new vscode.Diagnostic(new vscode.Range(start.line, start.character, end.line, end.character), p.message, SEVERITY[p.severity]);
    d.source = 'cognito';
    d.code = { value: p.ruleId, target: vscode.Uri.parse(docsUrl(p.ruleId)) };
    return d;
  });
}

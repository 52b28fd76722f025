import * as vscode from 'vscode';

export const EXTENSION_ID = 'cognito-lens.cognito-lens';

/** Figures the suite measured; written into the results file next to the test outcomes. */
export const metrics: Record<string, number | string | boolean> = {};

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  return ext;
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs the sample workspace open');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code ?? '');
}

export function cognitoDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'cognito');
}

/** Resolves once `check` holds, re-checking on every diagnostics change; rejects with `what` after `timeoutMs`. */
export function waitForDiagnostics(uri: vscode.Uri, check: (ds: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const test = () => {
      const ds = cognitoDiagnostics(uri);
      if (!check(ds)) return false;
      done();
      resolve(ds);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) test();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; have: ${cognitoDiagnostics(uri).map(codeOf).join(', ') || 'none'}`));
    }, timeoutMs);
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
    };
    test();
  });
}

/** Polls `probe` (for things with no change event, like providers answering) until it returns a value. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export async function openDocument(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Position just after the first occurrence of `text` (after its `nth` occurrence when given). */
export function positionAfter(doc: vscode.TextDocument, text: string, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(text, at + 1);
    if (at < 0) throw new Error(`${text} not found in ${doc.uri.path}`);
  }
  return doc.positionAt(at + text.length);
}

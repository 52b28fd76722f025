import {
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Range,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLanguageService } from './language-service';
import { toDiagnostic, toLspRange, type DiagnosticData } from './lsp/convert';
import { findConfigFiles, mayBeCognito, readConfigText } from './workspace/scan';
import { isIncomplete, type Completion } from './completion';
import type { Span } from './parse/types';
import type { ExternalScopes } from './model/workspace-index';

// Every keystroke replaces the document's text (for a 20k-line template, most of a megabyte): let the old generation
// grow to 2.5x what was live after the last full collection, not up to 4x, or a typing burst's garbage alone takes
// the server past 150 MB. Set here rather than on the command line: an engine without the flag ignores it here,
// where an unknown command-line flag would stop the server from starting.
setFlagsFromString('--heap-growing-percent=150');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService({
  onRuleError: (ruleId, error) => connection.console.error(`rule ${ruleId} failed: ${error instanceof Error ? error.stack : String(error)}`),
});
let workspaceRoots: string[] = [];

connection.onInitialize((params) => {
  workspaceRoots = (params.workspaceFolders ?? []).map((f) => f.uri).concat(!params.workspaceFolders && params.rootUri ? [params.rootUri] : []);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['"', ' ', '/', '-', ':', '[', ','] },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'cognito-lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  void indexWorkspace();
});

/** Reads every config file of the workspace folders into the index so cross-file scopes and pools are known. */
async function indexWorkspace(): Promise<void> {
  for (const root of workspaceRoots) {
    if (!root.startsWith('file:')) continue;
    let files: string[];
    try {
      files = await findConfigFiles(fileURLToPath(root));
    } catch {
      continue;
    }
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      if (documents.get(uri)) continue;
      try {
        const text = await readConfigText(file);
        if (text !== undefined && mayBeCognito(text)) service.update(uri, text);
      } catch (e) {
        connection.console.warn(`could not index ${file}: ${String(e)}`);
      }
    }
  }
  for (const doc of documents.all()) schedule(doc.uri);
}

// Parsing and validation run on the next turn of the event loop, so a burst of change events for one document
// costs one parse and one check. Requests that need the document's tree (completion, hover) parse it first.
const pending = new Set<string>();
const stale = new Set<string>();
let flushQueued = false;

function schedule(uri: string): void {
  pending.add(uri);
  if (flushQueued) return;
  flushQueued = true;
  setImmediate(flush);
}

function flush(): void {
  flushQueued = false;
  for (const uri of [...stale]) refresh(uri);
  const uris = [...pending];
  pending.clear();
  for (const uri of uris) validate(uri);
}

function validate(uri: string): void {
  const doc = documents.get(uri);
  if (!doc) return;
  let diagnostics: Diagnostic[] = [];
  try {
    diagnostics = service.validate(uri).map((p) => toDiagnostic(doc, p));
  } catch (e) {
    connection.console.error(`validation of ${uri} failed: ${e instanceof Error ? e.stack : String(e)}`);
  }
  void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
}

/** Re-parses a changed document (only what the edit touched) and schedules it and the files that depend on it. */
function refresh(uri: string): void {
  stale.delete(uri);
  const doc = documents.get(uri);
  if (!doc) return;
  try {
    service.update(uri, doc.getText(), doc.languageId);
  } catch (e) {
    connection.console.error(`parsing ${uri} failed: ${String(e)}`);
  }
  schedule(uri);
  for (const other of service.dependents(uri)) if (documents.get(other)) schedule(other);
}

function markChanged(uri: string): void {
  stale.add(uri);
  schedule(uri);
}

/** Brings a document's tree up to date before a request reads it. */
function ensureFresh(uri: string): void {
  if (stale.has(uri)) refresh(uri);
}

documents.onDidOpen((e) => markChanged(e.document.uri));
documents.onDidChangeContent((e) => markChanged(e.document.uri));
documents.onDidClose(async (e) => {
  stale.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // A closed file stays in the index as it is on disk.
  try {
    const path = e.document.uri.startsWith('file:') ? fileURLToPath(e.document.uri) : undefined;
    const text = path ? await readConfigText(path) : undefined;
    if (text !== undefined) service.update(e.document.uri, text);
    else service.remove(e.document.uri);
  } catch {
    service.remove(e.document.uri);
  }
});

connection.onDidChangeWatchedFiles(async (params) => {
  for (const change of params.changes) {
    if (documents.get(change.uri) || !change.uri.startsWith('file:')) continue;
    try {
      const text = change.type === 3 ? undefined : await readConfigText(fileURLToPath(change.uri));
      if (text !== undefined && mayBeCognito(text)) service.update(change.uri, text);
      else service.remove(change.uri);
    } catch {
      service.remove(change.uri);
    }
    for (const other of service.dependents(change.uri)) if (documents.get(other)) schedule(other);
  }
  for (const doc of documents.all()) schedule(doc.uri);
});

const COMPLETION_KIND: Record<Completion['kind'], CompletionItemKind> = {
  value: CompletionItemKind.Value,
  property: CompletionItemKind.Property,
  scope: CompletionItemKind.EnumMember,
  enum: CompletionItemKind.EnumMember,
};

connection.onCompletion((params): CompletionItem[] | CompletionList => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return [];
  ensureFresh(doc.uri);
  try {
    const completions = service.complete(doc.uri, doc.offsetAt(params.position));
    // Items usually share one replaced span: convert it once.
    const ranges = new Map<Span, Range>();
    const rangeOf = (span: Span): Range => {
      let range = ranges.get(span);
      if (!range) ranges.set(span, (range = toLspRange(doc, span.offset, span.length)));
      return range;
    };
    const items = completions.map((c): CompletionItem => ({
      label: c.label,
      kind: COMPLETION_KIND[c.kind],
      detail: c.detail,
      documentation: c.documentation ? { kind: 'markdown', value: c.documentation } : undefined,
      sortText: c.sortText,
      filterText: c.filterText,
      insertTextFormat: InsertTextFormat.PlainText,
      ...(c.replace
        ? { textEdit: { range: rangeOf(c.replace), newText: c.insertText ?? c.label } }
        : { insertText: c.insertText ?? c.label }),
    }));
    // A narrowed list: the client asks again as the user types instead of filtering this one.
    return isIncomplete(completions) ? { isIncomplete: true, items } : items;
  } catch (e) {
    connection.console.error(`completion failed: ${String(e)}`);
    return [];
  }
});

connection.onHover((params) => {
  const doc = documents.get(params.textDocument.uri);
  if (!doc) return null;
  ensureFresh(doc.uri);
  try {
    const hover = service.hover(doc.uri, doc.offsetAt(params.position));
    return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: toLspRange(doc, hover.offset, hover.length) } : null;
  } catch (e) {
    connection.console.error(`hover failed: ${String(e)}`);
    return null;
  }
});

connection.onCodeAction((params): CodeAction[] => {
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== 'cognito') continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    for (const fix of data?.fixes ?? []) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: data!.fixes.length === 1,
        edit: { changes: { [fix.uri ?? params.textDocument.uri]: fix.edits } },
      });
    }
  }
  return actions;
});

/** The explorer shares the scopes of live pools, so completions and scope checks know them too. */
connection.onNotification('cognitoLens/externalScopes', (scopes: ExternalScopes) => {
  service.index.setExternal(scopes);
  for (const doc of documents.all()) schedule(doc.uri);
});

documents.listen(connection);
connection.listen();

import { createLanguageService, type LanguageService } from '../../../server/src/language-service';
import type { Format } from '../../../server/src/model/types';
import type { ExternalScopes } from '../../../server/src/model/workspace-index';

export interface CaretFile {
  uri: string;
  json?: string;
  yaml?: string;
  format?: Format;
}

export interface CaretDoc {
  json?: string;
  yaml?: string;
  uri?: string;
  format?: Format;
  files?: CaretFile[];
  /** Live scopes the explorer would share. */
  external?: ExternalScopes;
}

/** Loads the workspace files and the document (with its `|` caret removed); returns the service, uri and offset. */
export function openAtCaret(c: CaretDoc): { service: LanguageService; uri: string; offset: number; text: string } {
  const source = c.json ?? c.yaml;
  if (source === undefined) throw new Error('a case needs json or yaml');
  const offset = source.indexOf('|');
  if (offset < 0) throw new Error(`no | caret in ${JSON.stringify(source)}`);
  const text = source.slice(0, offset) + source.slice(offset + 1);
  const syntax = c.json !== undefined ? 'json' : 'yaml';
  const service = createLanguageService();
  if (c.external) service.index.setExternal(c.external);
  for (const f of c.files ?? []) service.update(f.uri, f.json ?? f.yaml ?? '', f.json !== undefined ? 'json' : 'yaml', { format: f.format });
  const uri = c.uri ?? `file:///work/doc.${syntax}`;
  service.update(uri, text, syntax, { format: c.format });
  return { service, uri, offset, text };
}

/** Applies a completion's edit to the text, as an editor would. */
export function applyCompletion(text: string, offset: number, item: { label: string; insertText?: string; replace?: { offset: number; length: number } }): string {
  const r = item.replace ?? { offset, length: 0 };
  return text.slice(0, r.offset) + (item.insertText ?? item.label) + text.slice(r.offset + r.length);
}

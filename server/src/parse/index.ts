import { parseJson } from './json';
import { parseYaml } from './yaml';
import { reparseYaml } from './incremental';
import type { ParsedText, Syntax } from './types';

export * from './types';
export { parseJson } from './json';
export { parseYaml } from './yaml';
export { takeReplaced, type ReplacedEntry } from './incremental';

/**
 * Decides between JSON and YAML from the language id or file extension, falling back to content: a document
 * whose first significant character is `{` or `[` is JSON. A BOM is replaced by a space so offsets stay put.
 */
export function guessSyntax(text: string, hint?: string): Syntax {
  const h = (hint ?? '').toLowerCase();
  if (h === 'json' || h === 'jsonc' || h.endsWith('.json')) return 'json';
  if (h === 'yaml' || h.endsWith('.yaml') || h.endsWith('.yml')) return 'yaml';
  const m = /^[\uFEFF\s]*(?:(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*([^\s])/.exec(text.slice(0, 4096));
  return m && (m[1] === '{' || m[1] === '[') ? 'json' : 'yaml';
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

export function parseText(text: string, hint?: string): ParsedText {
  const clean = withoutBom(text);
  return guessSyntax(clean, hint) === 'json' ? parseJson(clean) : parseYaml(clean);
}

/**
 * Parses `text`, re-using `previous` (the parse of `previousText`, which this call may modify) when the edit between
 * them stays inside one YAML entry. The result is always what `parseText(text, hint)` would return.
 */
export function reparseText(previous: ParsedText | undefined, previousText: string | undefined, text: string, hint?: string): ParsedText {
  const clean = withoutBom(text);
  if (previous && previousText !== undefined && previous.syntax === 'yaml' && guessSyntax(clean, hint) === 'yaml') {
    const reparsed = reparseYaml(previous, withoutBom(previousText), clean);
    if (reparsed) return reparsed;
  }
  return parseText(text, hint);
}

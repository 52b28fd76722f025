import { getLocation } from 'jsonc-parser';
import type { MapNode, Span } from '../parse/types';
import type { CognitoDocument, Resource } from '../model/types';
import { getFieldSchema, type FieldPath } from '../schemas';

/** Where the cursor is, relative to one resource's properties. */
export interface CursorContext {
  resource: Resource;
  /** `key`: a property name is being typed; `value`: a value of the field at `path`. */
  position: 'key' | 'value';
  /**
   * For `value`: the field being filled (`['AllowedOAuthScopes', n]` for a list item, `n` the item index or -1).
   * For `key`: the object whose property names are wanted (`[]` = the resource's own properties).
   */
  path: FieldPath;
  /** The text the completion replaces: the partial word or JSON string under the cursor (may be empty). */
  replace: Span;
  /** JSON only: the replaced text is a string token, so values go in quoted. */
  inString: boolean;
  /** YAML only: inside a flow list `[a, b]`, where `,[]{}` would need quoting. */
  flow: boolean;
  /** A `:` already follows the key being typed, so only the name is inserted. */
  colonFollows: boolean;
}

/** Where a resource's text starts and which keys lead from there to its properties. */
export function resourceBase(r: Resource): { node: MapNode; prefix: string[] } | undefined {
  if (r.format === 'cfn') return r.resourceMap ? { node: r.resourceMap, prefix: ['Properties'] } : undefined;
  if (r.wrapper) {
    const key = r.wrapper.pairs.find((p) => p.value === r.props)?.key;
    return key ? { node: r.wrapper, prefix: [key] } : undefined;
  }
  return r.props ? { node: r.props, prefix: [] } : undefined;
}

interface ResourceSpan {
  start: number;
  end: number;
  /** The largest end of this span and the ones before it: no earlier span reaches past it. */
  reach: number;
  resource: Resource;
}

/** Per document version (its resources array): the resources' text spans by start, built on the first request. */
const spansByDoc = new WeakMap<Resource[], ResourceSpan[]>();

function resourceSpans(resources: Resource[]): ResourceSpan[] {
  let spans = spansByDoc.get(resources);
  if (!spans) {
    spans = [];
    for (const resource of resources) {
      const node = resource.format === 'cfn' ? resource.resourceMap : (resource.wrapper ?? resource.props);
      if (node) spans.push({ start: node.offset, end: node.offset + node.length, reach: 0, resource });
    }
    // Stable: of resources starting at the same offset, the first in text order stays first.
    spans.sort((a, b) => a.start - b.start);
    let reach = 0;
    for (const span of spans) span.reach = reach = Math.max(reach, span.end);
    spansByDoc.set(resources, spans);
  }
  return spans;
}

/**
 * The resource the cursor is in: the last one starting at or before it (the first of those starting at the same
 * offset), found by binary search. YAML block maps end before trailing blank lines, so the end is only checked for
 * JSON; the YAML scan checks the structure itself.
 */
export function resourceAt(doc: CognitoDocument, offset: number): { resource: Resource; node: MapNode; prefix: string[] } | undefined {
  const spans = resourceSpans(doc.resources);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best: ResourceSpan | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const span = spans[i];
    if (best && span.start < best.start) break;
    if (doc.syntax === 'json' && offset > span.end) {
      if (offset > span.reach) break;
      continue;
    }
    best = span;
  }
  const base = best && resourceBase(best.resource);
  return best && base ? { resource: best.resource, ...base } : undefined;
}

export function getCursorContext(doc: CognitoDocument, offset: number): CursorContext | undefined {
  const at = resourceAt(doc, offset);
  if (!at) return undefined;
  const raw = doc.syntax === 'json' ? jsonContext(doc.text, offset, at.node) : yamlContext(doc.text, offset, at.node, at.resource);
  if (!raw) return undefined;
  const { prefix } = at;
  if (raw.path.length < prefix.length || prefix.some((k, i) => raw.path[i] !== k)) return undefined;
  return { ...raw, resource: at.resource, path: raw.path.slice(prefix.length) };
}

type RawContext = Omit<CursorContext, 'resource'>;

// ---- JSON: jsonc-parser's scanner reads the resource's text up to the end of the cursor's line, which copes with
// half-typed input (`["`, a dangling comma) and keeps the cost proportional to the resource, not the file.

function jsonContext(text: string, offset: number, base: MapNode): RawContext | undefined {
  const lineEnd = endOfLine(text, offset);
  const slice = text.slice(base.offset, lineEnd);
  const loc = getLocation(slice, offset - base.offset);
  const prev = loc.previousNode;
  const start = prev ? prev.offset + base.offset : -1;
  const end = prev ? start + prev.length : -1;
  const unterminated = !!prev && (prev.length === 1 || text[end - 1] !== '"');
  const inString = !!prev && (prev.type === 'string' || prev.type === 'property') && start < offset && (offset < end || (unterminated && offset <= end));
  // Outside a string, a bare word being typed (`tr`, `EN`) is what gets replaced.
  const word = /[\w.-]*$/.exec(text.slice(Math.max(base.offset, offset - 256), offset))?.[0] ?? '';
  const replace = inString ? { offset: start, length: end - start } : { offset: offset - word.length, length: word.length };
  if (loc.isAtPropertyKey) {
    const after = text.slice(inString ? end : offset, lineEnd);
    return { position: 'key', path: loc.path.slice(0, -1), replace, inString, flow: false, colonFollows: /^\s*:/.test(after) };
  }
  return { position: 'value', path: loc.path, replace, inString, flow: false, colonFollows: false };
}

// ---- YAML: block structure is read from indentation, line by line upwards from the cursor, stopping at the
// resource's first line; the parsed nodes of a half-typed YAML file are too unreliable for this.

interface YamlLine {
  /** Columns of the `- ` indicators on the line, left to right. */
  dashes: number[];
  /** Column where the content after the dashes starts. */
  col: number;
  key?: string;
  /** The text after `key:` (trimmed), when the line is `key: value`. */
  value?: string;
  content: string;
}

const KEY = /^(["']?)([^"'#]*?)\1\s*:(?:[ \t]+(.*)|\s*)$/;

function readLine(line: string): YamlLine {
  const m = /^( *)((?:-[ \t]+)*)([^]*)$/.exec(line)!;
  const dashes: number[] = [];
  let col = m[1].length;
  for (const d of m[2].match(/-[ \t]+/g) ?? []) {
    dashes.push(col);
    col += d.length;
  }
  const content = m[3];
  const k = KEY.exec(content.replace(/\s+#.*$/, ''));
  return k && !k[2].startsWith('#') ? { dashes, col, key: k[2], value: (k[3] ?? '').trim(), content } : { dashes, col, content };
}

type Elem = { kind: 'key' | 'item'; col: number };

/** Keys (and -1 for list items) leading to the element at `cur`, read from the lines above `lineStart`. */
function yamlAncestors(text: string, lineStart: number, stop: number, cur: Elem): FieldPath | undefined {
  const path: FieldPath = [];
  let end = lineStart;
  while (end > stop && !(cur.kind === 'key' && cur.col === 0)) {
    const start = text.lastIndexOf('\n', end - 2) + 1;
    const raw = text.slice(start, end).replace(/\r?\n$/, '');
    end = start;
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const line = readLine(raw);
    const elems: (Elem & { key?: string; open?: boolean })[] = line.dashes.map((col) => ({ kind: 'item' as const, col }));
    if (line.key !== undefined) elems.push({ kind: 'key', col: line.col, key: line.key, open: line.value === '' });
    else if (line.dashes.length === 0) elems.push({ kind: 'key', col: line.col, open: false });
    for (let i = elems.length - 1; i >= 0; i--) {
      const e = elems[i];
      if (e.kind === 'key' && (e.col < cur.col || (cur.kind === 'item' && e.col === cur.col))) {
        if (!e.open || e.key === undefined) return undefined;
        path.unshift(e.key);
        cur = e;
      } else if (e.kind === 'item' && e.col < cur.col) {
        path.unshift(-1);
        cur = e;
      }
    }
  }
  return path;
}

function yamlContext(text: string, offset: number, base: MapNode, resource: Resource): RawContext | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const stop = text.lastIndexOf('\n', base.offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (/#/.test(before.replace(/"[^"]*"|'[^']*'/g, ''))) return undefined; // in a comment
  const line = readLine(before);
  const after = text.slice(offset, endOfLine(text, offset));
  const wordEnd = offset + (/^[^\s,\]}#]*/.exec(after)?.[0].length ?? 0);
  const lastDash = line.dashes[line.dashes.length - 1];
  const parent = (cur: Elem) => yamlAncestors(text, lineStart, stop, cur);

  if (line.key !== undefined) {
    // `Key: partial` — a value; `Key: [a, b, partial` — an item of a flow list.
    const value = line.value ?? '';
    if (value.startsWith('!') || value.startsWith('{') || value.startsWith('|') || value.startsWith('>')) return undefined;
    const up = lastDash !== undefined ? parent({ kind: 'item', col: lastDash }) : parent({ kind: 'key', col: line.col });
    if (!up) return undefined;
    const keyPath = lastDash !== undefined ? [...up, -1, line.key] : [...up, line.key];
    const flow = value.startsWith('[');
    if (flow && value.includes(']')) return undefined;
    const partial = flow ? value.slice(Math.max(value.lastIndexOf(','), 0) + 1).trimStart() : value;
    const replace = { offset: offset - partial.length, length: wordEnd - offset + partial.length };
    return { position: 'value', path: flow ? [...keyPath, -1] : keyPath, replace, inString: false, flow, colonFollows: false };
  }

  const word = line.content;
  // `:` only inside a word (`https://api…` being typed); `word:` at the end was read as a key above.
  if (!/^["']?[^\s"'[\]{},#]*$/.test(word)) return undefined;
  const replace = { offset: offset - word.length, length: wordEnd - offset + word.length };
  const colonFollows = /^[^\s:]*\s*:/.test(after);
  if (lastDash !== undefined) {
    // `- partial`: an item of a list of strings, or the first key of a map item (`- ScopeName: …`).
    const up = parent({ kind: 'item', col: lastDash });
    if (!up) return undefined;
    const items = getFieldSchema(resource.kind, stripPrefix(up, resource))?.items;
    const position = items?.type === 'object' ? 'key' : 'value';
    return { position, path: [...up, -1], replace, inString: false, flow: false, colonFollows };
  }
  const up = parent({ kind: 'key', col: line.col });
  return up ? { position: 'key', path: up, replace, inString: false, flow: false, colonFollows } : undefined;
}

/** The schema path of a raw (prefixed) path: `Properties`/wrapper keys dropped. */
function stripPrefix(path: FieldPath, resource: Resource): FieldPath {
  const base = resourceBase(resource);
  return base ? path.slice(base.prefix.length) : path;
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl;
}

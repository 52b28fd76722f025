import { shiftPair } from './shift';
import type { MapNode, Node, Pair, ParsedText } from './types';
import { isFastParsed } from './yaml';
import { UNSUPPORTED_CHARS, parseYamlPairAt, skipTriviaAt } from './yaml-fast';

/** The part of the old text an edit replaced: old [start, oldEnd) became new [start, newEnd). */
export interface TextChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

const BLOCK = 2048;

/** The smallest change that turns `before` into `after` (common prefix and suffix removed). */
export function diffText(before: string, after: string): TextChange {
  const max = Math.min(before.length, after.length);
  // Compare in blocks first: string equality of slices runs natively, far faster than a loop over characters.
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  const maxSuffix = max - start;
  const b = before.length;
  const a = after.length;
  while (suffix + BLOCK <= maxSuffix && before.slice(b - suffix - BLOCK, b - suffix) === after.slice(a - suffix - BLOCK, a - suffix)) suffix += BLOCK;
  while (suffix < maxSuffix && before.charCodeAt(b - 1 - suffix) === after.charCodeAt(a - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, newEnd: after.length - suffix };
}

/**
 * The one block-map entry an incremental re-parse replaced: the keys from the first root down (the last one the
 * entry's new key), the entry's index in its map and its old key. Everything else is the very same nodes, shifted.
 */
export interface ReplacedEntry {
  keys: string[];
  index: number;
  previousKey: string;
}

const replacedEntries = new WeakMap<ParsedText, ReplacedEntry>();

/** What the last re-parse of `parsed` replaced, once: the next reader takes it (a later full parse is a new tree). */
export function takeReplaced(parsed: ParsedText): ReplacedEntry | undefined {
  const replaced = replacedEntries.get(parsed);
  replacedEntries.delete(parsed);
  return replaced;
}

/** Map pairs no deeper than this are re-parsed on their own: top-level keys, then template resources. */
const MAX_DEPTH = 2;

/**
 * Re-parses only the block-map entry (a template resource, or a top-level key) that an edit falls inside, and
 * shifts everything after it. Returns undefined whenever that would not give exactly what a full parse gives
 * (the edit touches an entry's first column or its end, the entry's extent changes, the old result did not come
 * from the fast parser...): the caller then parses the whole text. Mutates and returns `old`.
 */
export function reparseYaml(old: ParsedText, before: string, after: string): ParsedText | undefined {
  if (!isFastParsed(old) || old.roots.length !== 1) return undefined;
  const change = diffText(before, after);
  if (UNSUPPORTED_CHARS.test(after.slice(change.start, change.newEnd))) return undefined;
  const delta = change.newEnd - change.oldEnd;
  // The chain of block maps and the index of the entry holding the edit at each level.
  const path: { map: MapNode; index: number }[] = [];
  let node: Node | undefined = old.roots[0];
  while (path.length < MAX_DEPTH && node?.kind === 'map' && !node.flow && node.pairs.length > 0) {
    const index = entryAt(node.pairs, change.start);
    const p = node.pairs[index];
    if (!(p?.value && isBlock(p.value) && p.keySpan.offset < change.start && change.oldEnd < end(p.value))) break;
    path.push({ map: node, index });
    node = node.pairs[index].value;
  }
  if (path.length === 0) return undefined;
  const { map, index } = path[path.length - 1];
  const oldPair = map.pairs[index];
  const oldValue = oldPair.value!;
  const indent = oldPair.keySpan.offset - (before.lastIndexOf('\n', oldPair.keySpan.offset - 1) + 1);
  const oldNext = skipTriviaAt(before, end(oldValue));
  let reparsed: ReturnType<typeof parseYamlPairAt>;
  try {
    reparsed = parseYamlPairAt(after, oldPair.keySpan.offset, indent);
  } catch {
    return undefined;
  }
  const value = reparsed.pair.value;
  if (!value || !isBlock(value) || end(value) !== end(oldValue) + delta) return undefined;
  if (reparsed.end !== oldNext.pos + delta || reparsed.nextIndent !== oldNext.indent) return undefined;

  map.pairs[index] = reparsed.pair;
  for (let level = path.length - 1; level >= 0; level--) {
    const { map: m, index: i } = path[level];
    for (let j = i + 1; j < m.pairs.length; j++) shiftPair(m.pairs[j], delta, false);
    m.length += delta;
    if (level > 0) {
      const parentPair = path[level - 1].map.pairs[path[level - 1].index];
      parentPair.span.length += delta;
    }
  }
  replacedEntries.set(old, { keys: path.map(({ map: m, index: i }) => m.pairs[i].key), index, previousKey: oldPair.key });
  return old;
}

/** The last pair whose key starts before `offset` (pairs are in document order): a binary search, not a scan. */
function entryAt(pairs: readonly Pair[], offset: number): number {
  let lo = 0;
  let hi = pairs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pairs[mid].keySpan.offset < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isBlock(n: Node): boolean {
  return (n.kind === 'map' || n.kind === 'seq') && !n.flow;
}

function end(n: Node): number {
  return n.offset + n.length;
}


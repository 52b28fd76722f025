import { shiftPair } from './shift';
import type { MapNode, Pair, ParsedText } from './types';

type ParseSlice = (text: string) => ParsedText;

/**
 * A YAML error in one place should not hide the rest of a template. When the `yaml` library rejects a single-document
 * file (CloudFormation accepts some indentation `yaml` does not, and a broken Parameters section is common), this
 * parses every top-level entry, and every entry of `Resources`, on its own and keeps those that parse cleanly.
 * The original errors are kept; undefined when there is nothing to recover.
 */
export function recoverYaml(text: string, failed: ParsedText, parseSlice: ParseSlice): ParsedText | undefined {
  // Several documents or directives: the entries cannot be told apart by indentation alone.
  if (failed.errors.length === 0 || failed.roots.length > 1 || /^(%|---.*\n[\s\S]*^---)/m.test(text)) return undefined;
  const pairs: Pair[] = [];
  const tops = entryStarts(text, 0, text.length, 0);
  tops.forEach((start, i) => {
    const end = tops[i + 1] ?? text.length;
    const whole = parseEntry(text, start, end, parseSlice);
    if (whole) {
      pairs.push(whole);
      return;
    }
    if (!/^Resources\s*:/.test(text.slice(start, start + 20))) return;
    const resources = recoverResources(text, start, end, parseSlice);
    if (resources) pairs.push(resources);
  });
  if (pairs.length === 0) return undefined;
  const offset = pairs[0].span.offset;
  const root: MapNode = { kind: 'map', pairs, flow: false, offset, length: lastEnd(pairs) - offset };
  return { syntax: 'yaml', roots: [root], docOffsets: [0], errors: failed.errors };
}

function recoverResources(text: string, start: number, end: number, parseSlice: ParseSlice): Pair | undefined {
  const lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0 || lineEnd >= end) return undefined;
  const first = /^( +)[^\s#-]/m.exec(text.slice(lineEnd + 1, end));
  if (!first) return undefined;
  const indent = first[1].length;
  const children: Pair[] = [];
  const starts = entryStarts(text, lineEnd + 1, end, indent);
  starts.forEach((s, i) => {
    const pair = parseEntry(text, s, starts[i + 1] ?? end, parseSlice);
    if (pair) children.push(pair);
  });
  if (children.length === 0) return undefined;
  const offset = children[0].span.offset;
  const value: MapNode = { kind: 'map', pairs: children, flow: false, offset, length: lastEnd(children) - offset };
  const keyLength = 'Resources'.length;
  return { key: 'Resources', keySpan: { offset: start, length: keyLength }, value, span: { offset: start, length: value.offset + value.length - start } };
}

/** Offsets of the lines in [from, to) that start a mapping entry at exactly `indent` spaces. */
function entryStarts(text: string, from: number, to: number, indent: number): number[] {
  const starts: number[] = [];
  const pattern = new RegExp(`^ {${indent}}(?![\\s#-])[^\\n]*?:(?:[ \\t]|$)`, 'gm');
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    if (m.index === 0 || text[m.index - 1] === '\n') starts.push(m.index);
    if (pattern.lastIndex === m.index) pattern.lastIndex++;
  }
  return starts;
}

/** One entry parsed on its own: its single pair, moved to where it stands in the whole text, or undefined. */
function parseEntry(text: string, start: number, end: number, parseSlice: ParseSlice): Pair | undefined {
  const parsed = parseSlice(text.slice(start, end));
  const root = parsed.roots[0];
  if (parsed.errors.length > 0 || parsed.roots.length !== 1 || root?.kind !== 'map' || root.pairs.length !== 1) return undefined;
  const pair = root.pairs[0];
  shiftPair(pair, start);
  return pair;
}

function lastEnd(pairs: Pair[]): number {
  const last = pairs[pairs.length - 1].span;
  return last.offset + last.length;
}

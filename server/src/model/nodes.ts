import type { IntrinsicNode, MapNode, Node, Pair, ScalarNode, SeqNode, Span } from '../parse/types';

/** Small, total accessors over parsed nodes: every one answers `undefined` rather than throwing. */

export function getPair(map: MapNode | undefined, key: string): Pair | undefined {
  if (!map) return undefined;
  // Last one wins, as in YAML loaders and JSON.parse.
  for (let i = map.pairs.length - 1; i >= 0; i--) if (map.pairs[i].key === key) return map.pairs[i];
  return undefined;
}

export function getValue(map: MapNode | undefined, key: string): Node | undefined {
  return getPair(map, key)?.value;
}

export function asMap(node: Node | undefined): MapNode | undefined {
  return node?.kind === 'map' ? node : undefined;
}

export function asSeq(node: Node | undefined): SeqNode | undefined {
  return node?.kind === 'seq' ? node : undefined;
}

export function asIntrinsic(node: Node | undefined, fn?: string): IntrinsicNode | undefined {
  return node?.kind === 'intrinsic' && (fn === undefined || node.fn === fn) ? node : undefined;
}

export function isLiteral(node: Node | undefined): node is ScalarNode {
  return node?.kind === 'scalar';
}

/** The literal string of a scalar; numbers and booleans as their text (a YAML `ClientName: 123`). Null → undefined. */
export function literalString(node: Node | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** true/false, also as the strings "true"/"false" that CloudFormation accepts. */
export function literalBool(node: Node | undefined): boolean | undefined {
  if (node?.kind !== 'scalar') return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value === 'string') {
    const v = node.value.trim().toLowerCase();
    if (v === 'true') return true;
    if (v === 'false') return false;
  }
  return undefined;
}

/** A number, also written as a numeric string ("3600"). */
export function literalNumber(node: Node | undefined): number | undefined {
  if (node?.kind !== 'scalar') return undefined;
  if (typeof node.value === 'number') return node.value;
  if (typeof node.value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(node.value)) return Number(node.value);
  return undefined;
}

export interface LiteralItem {
  node: ScalarNode;
  value: string;
  index: number;
}

/** The literal string items of a list; intrinsic items (`!Ref`, `Fn::If`…) are left out. */
export function stringItems(node: Node | undefined): LiteralItem[] {
  const seq = asSeq(node);
  if (!seq) return [];
  const out: LiteralItem[] = [];
  seq.items.forEach((item, index) => {
    const value = literalString(item);
    if (value !== undefined && item.kind === 'scalar') out.push({ node: item, value, index });
  });
  return out;
}

/**
 * What a list property holds, as far as the text tells: `known` when it is a literal list whose items are all
 * literals, `partial` when some items are intrinsics, `unknown` when the list itself is an intrinsic (`!If`, `!Ref`).
 */
export type ListState = { state: 'absent' } | { state: 'unknown' } | { state: 'partial' | 'known'; values: string[]; seq: SeqNode };

export function listState(map: MapNode | undefined, key: string): ListState {
  const pair = getPair(map, key);
  if (!pair) return { state: 'absent' };
  const v = pair.value;
  if (v === undefined || (v.kind === 'scalar' && v.value === null)) return { state: 'absent' };
  if (v.kind !== 'seq') {
    // `AWS::NoValue` removes the property.
    if (v.kind === 'intrinsic' && v.fn === 'Ref' && literalString(v.arg) === 'AWS::NoValue') return { state: 'absent' };
    return { state: 'unknown' };
  }
  const values = stringItems(v).map((i) => i.value);
  return { state: values.length === v.items.length ? 'known' : 'partial', values, seq: v };
}

export function spanOf(node: Span): Span {
  return { offset: node.offset, length: node.length };
}

/** Ref target name of `!Ref X` / `{"Ref": "X"}`. */
export function refTarget(node: Node | undefined): string | undefined {
  const i = asIntrinsic(node, 'Ref');
  return i ? literalString(i.arg) : undefined;
}

/** Logical id of `!GetAtt X.Attr` / `Fn::GetAtt: [X, Attr]`. */
export function getAttTarget(node: Node | undefined): { id: string; attribute?: string } | undefined {
  const i = asIntrinsic(node, 'Fn::GetAtt');
  if (!i) return undefined;
  const s = literalString(i.arg);
  if (s !== undefined) {
    const dot = s.indexOf('.');
    return dot < 0 ? { id: s } : { id: s.slice(0, dot), attribute: s.slice(dot + 1) };
  }
  const seq = asSeq(i.arg);
  const id = literalString(seq?.items[0]);
  return id ? { id, attribute: literalString(seq?.items[1]) } : undefined;
}

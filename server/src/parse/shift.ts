import type { Node, Pair } from './types';

/** Moves a pair (key, span and value) by `by` characters: for trees parsed from a slice or kept across an edit. */
export function shiftPair(pair: Pair, by: number): void {
  pair.keySpan.offset += by;
  pair.span.offset += by;
  if (pair.value) shiftNode(pair.value, by);
}

/** Moves every node below `node` once (iteratively: deep documents; a seen-set: aliases share nodes). */
export function shiftNode(node: Node, by: number): void {
  const stack: Node[] = [node];
  const seen = new Set<Node>();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    n.offset += by;
    if (n.kind === 'map') {
      for (const p of n.pairs) {
        p.keySpan.offset += by;
        p.span.offset += by;
        if (p.value) stack.push(p.value);
      }
    } else if (n.kind === 'seq') {
      for (const item of n.items) stack.push(item);
    } else if (n.kind === 'intrinsic' && n.arg) stack.push(n.arg);
  }
}

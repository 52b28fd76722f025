import type { Node, Pair } from './types';

/**
 * Moves a pair (key, span and value) by `by` characters: for trees parsed from a slice or kept across an edit.
 * `shared`: the tree may hold one node in several places (YAML aliases); trees of the fast parser never do.
 */
export function shiftPair(pair: Pair, by: number, shared = true): void {
  pair.keySpan.offset += by;
  pair.span.offset += by;
  if (pair.value) {
    if (shared) shiftNode(pair.value, by);
    else shiftTree(pair.value, by);
  }
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

/**
 * `shiftNode` for a tree without shared nodes: no seen-set (a keystroke shifts every entry after the edit).
 * Recursive for speed; a deep tree goes to the iterative walk.
 */
function shiftTree(node: Node, by: number, depth = 0): void {
  if (depth > 500) return shiftNode(node, by);
  node.offset += by;
  if (node.kind === 'map') {
    const pairs = node.pairs;
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i];
      p.keySpan.offset += by;
      p.span.offset += by;
      if (p.value) shiftTree(p.value, by, depth + 1);
    }
  } else if (node.kind === 'seq') {
    const items = node.items;
    for (let i = 0; i < items.length; i++) shiftTree(items[i], by, depth + 1);
  } else if (node.kind === 'intrinsic' && node.arg) shiftTree(node.arg, by, depth + 1);
}

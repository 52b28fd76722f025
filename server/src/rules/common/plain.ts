import type { Node } from '../../parse/types';

/**
 * The plain value a node stands for, as JSON would hold it: intrinsics become their one-key map form
 * (`{"Ref": "X"}`), so two expressions written in different syntaxes compare equal.
 */
export function toPlain(node: Node | undefined): unknown {
  if (!node) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'intrinsic':
      return { [node.fn]: toPlain(node.arg) };
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const p of node.pairs) out[p.key] = toPlain(p.value);
      return out;
    }
  }
}

/** Structural equality of two nodes' plain values (positions and syntax ignored). */
export function sameValue(a: Node | undefined, b: Node | undefined): boolean {
  return JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
}

/** A span without trailing whitespace: block YAML collections run to the start of the next line. */
export function trimmedSpan(text: string, span: { offset: number; length: number }): { offset: number; length: number } {
  return { offset: span.offset, length: text.slice(span.offset, span.offset + span.length).trimEnd().length };
}

/**
 * The span of a node including a YAML short tag in front of it (`!Ref X`): intrinsic nodes written as tags start
 * at their argument, so edits replacing the whole value and underlines of it need the tag too.
 */
export function spanWithTag(text: string, node: Node): { offset: number; length: number } {
  if (node.kind !== 'intrinsic') return { offset: node.offset, length: node.length };
  const m = /!(?:Fn::)?[A-Za-z]+[ \t]+$/.exec(text.slice(Math.max(0, node.offset - 40), node.offset));
  if (!m) return { offset: node.offset, length: node.length };
  return { offset: node.offset - m[0].length, length: node.length + m[0].length };
}

import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import { isIntrinsicKey } from './intrinsics';
import type { MapNode, Node, Pair, ParseError, ParsedText, SeqNode } from './types';

interface OpenMap { node: MapNode; pendingKey?: { key: string; offset: number; length: number } }
type Open = OpenMap | { node: SeqNode };

/**
 * Parses JSON with comments and trailing commas into positioned nodes in one pass (jsonc-parser's visitor),
 * turning one-key `{"Ref": …}` / `{"Fn::…": …}` maps into intrinsic nodes. Never throws.
 */
export function parseJson(text: string): ParsedText {
  const errors: ParseError[] = [];
  const stack: Open[] = [];
  let root: Node | undefined;

  const attach = (value: Node) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root ??= value;
      return;
    }
    if (top.node.kind === 'seq') {
      top.node.items.push(value);
      return;
    }
    const open = top as OpenMap;
    const key = open.pendingKey;
    if (!key) return;
    open.node.pairs.push({
      key: key.key,
      keySpan: { offset: key.offset, length: key.length },
      value,
      span: { offset: key.offset, length: value.offset + value.length - key.offset },
    });
    open.pendingKey = undefined;
  };

  const flushPendingKey = (open: OpenMap) => {
    const key = open.pendingKey;
    if (!key) return;
    open.node.pairs.push({ key: key.key, keySpan: { offset: key.offset, length: key.length }, value: undefined, span: { offset: key.offset, length: key.length } });
    open.pendingKey = undefined;
  };

  try {
    visitText(text, stack, errors, attach, flushPendingKey);
  } catch (e) {
    // jsonc-parser recurses per nesting level: absurd nesting overflows the stack. Keep what was read so far.
    if (!(e instanceof RangeError)) throw e;
    errors.push({ message: 'JSON: nesting too deep', offset: stack[stack.length - 1]?.node.offset ?? 0, length: 0 });
  }

  // Close what a truncated document left open, so a half-typed file still yields its nodes.
  while (stack.length > 0) {
    const open = stack.pop()!;
    open.node.length = text.length - open.node.offset;
    if (open.node.kind === 'map') flushPendingKey(open as OpenMap);
    attach(open.node.kind === 'map' ? (asIntrinsic(open.node) ?? open.node) : open.node);
  }
  return { syntax: 'json', roots: [root], docOffsets: [0], errors };
}

function visitText(
  text: string,
  stack: Open[],
  errors: ParseError[],
  attach: (value: Node) => void,
  flushPendingKey: (open: OpenMap) => void,
): void {
  visit(
    text,
    {
      onObjectBegin: (offset) => {
        stack.push({ node: { kind: 'map', pairs: [], flow: true, offset, length: 0 } });
      },
      onObjectProperty: (key, offset, length) => {
        const top = stack[stack.length - 1] as OpenMap | undefined;
        if (!top || top.node.kind !== 'map') return;
        flushPendingKey(top);
        top.pendingKey = { key, offset, length };
      },
      onObjectEnd: (offset, length) => {
        const open = stack.pop() as OpenMap;
        flushPendingKey(open);
        const map = open.node;
        map.length = offset + length - map.offset;
        attach(asIntrinsic(map) ?? map);
      },
      onArrayBegin: (offset) => {
        stack.push({ node: { kind: 'seq', items: [], flow: true, offset, length: 0 } });
      },
      onArrayEnd: (offset, length) => {
        const seq = stack.pop()!.node as SeqNode;
        seq.length = offset + length - seq.offset;
        attach(seq);
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const v = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
        attach({ kind: 'scalar', value: v, offset, length });
      },
      onError: (error: ParseErrorCode, offset, length) => {
        errors.push({ message: `JSON: ${printParseErrorCode(error)}`, offset, length });
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true },
  );
}

function asIntrinsic(map: MapNode): Node | undefined {
  if (map.pairs.length !== 1) return undefined;
  const pair: Pair = map.pairs[0];
  if (!isIntrinsicKey(pair.key)) return undefined;
  return { kind: 'intrinsic', fn: pair.key, arg: pair.value, offset: map.offset, length: map.length };
}

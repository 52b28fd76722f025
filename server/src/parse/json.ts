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
  // Most files are well-formed: a direct scan builds the same nodes about three times faster. Anything it does not
  // expect (an error, a BOM, unusual whitespace) goes to the visitor, which recovers and reports the errors.
  const root = parseWellFormed(text);
  return root ? { syntax: 'json', roots: [root], docOffsets: [0], errors: [] } : parseWithVisitor(text);
}

/** Any text, errors recovered and reported as jsonc-parser does. */
export function parseWithVisitor(text: string): ParsedText {
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

// ---- Well-formed JSON (with comments and trailing commas), scanned directly. Builds exactly the nodes the visitor
// above builds (same shapes, offsets and values), or returns undefined at the first thing it does not handle.

const MAX_DEPTH = 512;

class Bail extends Error {}
const BAIL = new Bail();

export function parseWellFormed(text: string): Node | undefined {
  const scanner = new Scanner(text);
  try {
    scanner.skip();
    if (scanner.pos >= text.length) return undefined;
    const root = scanner.value(0);
    scanner.skip();
    return scanner.pos === text.length ? root : undefined;
  } catch (e) {
    if (e === BAIL) return undefined;
    throw e;
  }
}

class Scanner {
  pos = 0;
  constructor(private readonly text: string) {}

  /** Skips spaces, tabs, line breaks and comments. */
  skip(): void {
    const text = this.text;
    let pos = this.pos;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 10 || c === 13 || c === 9) pos++;
      else if (c === 47) {
        const next = text.charCodeAt(pos + 1);
        if (next === 47) {
          pos += 2;
          while (pos < text.length && !isLineBreak(text.charCodeAt(pos))) pos++;
        } else if (next === 42) {
          const end = text.indexOf('*/', pos + 2);
          if (end < 0) throw BAIL;
          pos = end + 2;
        } else throw BAIL;
      } else break;
    }
    this.pos = pos;
  }

  value(depth: number): Node {
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.object(depth + 1);
    if (c === 91) return this.array(depth + 1);
    const offset = this.pos;
    if (c === 34) {
      const value = this.string();
      return { kind: 'scalar', value, offset, length: this.pos - offset };
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const value = this.number();
      return { kind: 'scalar', value, offset, length: this.pos - offset };
    }
    const value = c === 116 ? this.word('true', true) : c === 102 ? this.word('false', false) : c === 110 ? this.word('null', null) : bail();
    return { kind: 'scalar', value, offset, length: this.pos - offset };
  }

  private object(depth: number): Node {
    if (depth > MAX_DEPTH) throw BAIL;
    const map: MapNode = { kind: 'map', pairs: [], flow: true, offset: this.pos, length: 0 };
    const text = this.text;
    this.pos++;
    this.skip();
    while (text.charCodeAt(this.pos) !== 125) {
      if (text.charCodeAt(this.pos) !== 34) throw BAIL;
      const keyOffset = this.pos;
      const key = this.string();
      const keyLength = this.pos - keyOffset;
      this.skip();
      if (text.charCodeAt(this.pos) !== 58) throw BAIL;
      this.pos++;
      this.skip();
      const value = this.value(depth);
      map.pairs.push({
        key,
        keySpan: { offset: keyOffset, length: keyLength },
        value,
        span: { offset: keyOffset, length: value.offset + value.length - keyOffset },
      });
      this.skip();
      const c = text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skip();
      } else if (c !== 125) throw BAIL;
    }
    this.pos++;
    map.length = this.pos - map.offset;
    return asIntrinsic(map) ?? map;
  }

  private array(depth: number): Node {
    if (depth > MAX_DEPTH) throw BAIL;
    const seq: SeqNode = { kind: 'seq', items: [], flow: true, offset: this.pos, length: 0 };
    const text = this.text;
    this.pos++;
    this.skip();
    while (text.charCodeAt(this.pos) !== 93) {
      seq.items.push(this.value(depth));
      this.skip();
      const c = text.charCodeAt(this.pos);
      if (c === 44) {
        this.pos++;
        this.skip();
      } else if (c !== 93) throw BAIL;
    }
    this.pos++;
    seq.length = this.pos - seq.offset;
    return seq;
  }

  /** A string token at `pos` (on its opening quote): its value; `pos` ends after the closing quote. */
  private string(): string {
    const text = this.text;
    let pos = this.pos + 1;
    let start = pos;
    let out = '';
    for (;;) {
      if (pos >= text.length) throw BAIL;
      const c = text.charCodeAt(pos);
      if (c === 34) break;
      if (c < 32) throw BAIL;
      if (c !== 92) {
        pos++;
        continue;
      }
      out += text.slice(start, pos);
      const e = text.charCodeAt(pos + 1);
      pos += 2;
      if (e === 34) out += '"';
      else if (e === 92) out += '\\';
      else if (e === 47) out += '/';
      else if (e === 98) out += '\b';
      else if (e === 102) out += '\f';
      else if (e === 110) out += '\n';
      else if (e === 114) out += '\r';
      else if (e === 116) out += '\t';
      else if (e === 117) {
        const hex = text.slice(pos, pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw BAIL;
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 4;
      } else throw BAIL;
      start = pos;
    }
    this.pos = pos + 1;
    return out + text.slice(start, pos);
  }

  /** JSON's number grammar (as jsonc-parser scans it); its value by Number(). */
  private number(): number {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    if (text.charCodeAt(pos) === 45) pos++;
    const first = text.charCodeAt(pos);
    if (first === 48) pos++;
    else if (first >= 49 && first <= 57) pos = digits(text, pos);
    else throw BAIL;
    if (text.charCodeAt(pos) === 46) {
      const end = digits(text, pos + 1);
      if (end === pos + 1) throw BAIL;
      pos = end;
    }
    const e = text.charCodeAt(pos);
    if (e === 69 || e === 101) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 43 || sign === 45) pos++;
      const end = digits(text, pos);
      if (end === pos) throw BAIL;
      pos = end;
    }
    if (!endsToken(text.charCodeAt(pos))) throw BAIL;
    this.pos = pos;
    return Number(text.slice(start, pos));
  }

  private word<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos) || !endsToken(this.text.charCodeAt(this.pos + word.length))) throw BAIL;
    this.pos += word.length;
    return value;
  }
}

function bail(): never {
  throw BAIL;
}

function digits(text: string, pos: number): number {
  let c = text.charCodeAt(pos);
  while (c >= 48 && c <= 57) c = text.charCodeAt(++pos);
  return pos;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** After a number or a keyword: the end, a separator, a comment or plain whitespace (else it is not one token). */
function endsToken(c: number): boolean {
  return Number.isNaN(c) || c === 44 || c === 93 || c === 125 || c === 58 || c === 34 || c === 47 || c === 32 || c === 10 || c === 13 || c === 9 || c === 123 || c === 91;
}

import { isIntrinsicKey, longNameOfTag } from './intrinsics';
import type { MapNode, Node, Pair, SeqNode } from './types';

/**
 * A fast parser for the plain subset of YAML that configuration files are written in: block maps and sequences,
 * one-line flow collections, plain and one-line quoted scalars, comments and local tags (`!Ref`). It produces
 * exactly the nodes the `yaml`-based parser produces (same values, same ranges; a differential test holds it to
 * that) and gives up — `Bail` — on anything else: anchors, aliases, block scalars, multi-line scalars, complex keys,
 * directives, several documents, tabs, CR, errors. The caller then parses with the `yaml` library.
 */
export class Bail extends Error {}

const MAX_DEPTH = 400;
const MAX_KEY = 1000;
// Anything that may need the full YAML grammar (control characters, BOM, NEL, line/paragraph separators, tabs, CR).
export const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

const NUL = 0, NL = 10, SP = 32, HASH = 35, DASH = 45, COLON = 58, COMMA = 44, QUOTE = 34, APOS = 39, BANG = 33;
const PIPE = 124, GT = 62;
const LBRACK = 91, RBRACK = 93, LBRACE = 123, RBRACE = 125, BACKSLASH = 92;
// Characters a plain scalar may not start with (`-`, `?`, `:` are handled separately).
const NOT_PLAIN_START = new Set(',[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));

/** Parses `text` as one YAML document; returns its root, or throws `Bail`. `root` is undefined for an empty text. */
export function parseYamlFast(text: string): Node | undefined {
  if (UNSUPPORTED_CHARS.test(text)) throw new Bail();
  const p = new FastParser(text);
  const indent = p.skipTrivia();
  if (indent < 0) throw new Bail();
  const root = p.blockNode(indent, 0);
  if (p.nextIndent !== -1) throw new Bail();
  return root;
}

/** Re-parses one block-map pair whose key starts at `offset` (column `indent`); returns it and where it ends. */
export function parseYamlPairAt(text: string, offset: number, indent: number): { pair: Pair; end: number; nextIndent: number } {
  const p = new FastParser(text, true);
  p.pos = offset;
  const pair = p.pair(indent, 1);
  return { pair, end: p.pos, nextIndent: p.nextIndent };
}

/** Where the next content line after `pos` (a line start) begins, and its indent (-1 at the end). */
export function skipTriviaAt(text: string, pos: number): { pos: number; indent: number } {
  const p = new FastParser(text);
  p.pos = pos;
  const indent = p.skipTrivia();
  return { pos: p.pos, indent };
}

class FastParser {
  pos = 0;
  /** Indent of the content line at `pos` after `skipTrivia`; -1 at the end of the text. */
  nextIndent = -1;
  /** End of the last node including the rest of its line (yaml's `range[2]`). */
  lastEnd = 0;
  /** Whether the last `skipTrivia` passed a comment line. */
  sawComment = false;

  /**
   * @param copyStrings make keys and plain values their own strings instead of slices of `text`: an entry
   * re-parsed after an edit must not keep that version of the whole document alive next to the next version.
   */
  constructor(
    private readonly text: string,
    private readonly copyStrings = false,
  ) {}

  private own(s: string): string {
    return this.copyStrings && s.length >= 13 ? (JSON.parse(JSON.stringify(s)) as string) : s;
  }

  private code(i: number): number {
    return i < this.text.length ? this.text.charCodeAt(i) : NUL;
  }

  /** From a line start, skips blank and comment lines; leaves `pos` at the first content character. */
  skipTrivia(): number {
    const t = this.text;
    let commentIndent = -1;
    this.sawComment = false;
    for (;;) {
      const lineStart = this.pos;
      let i = lineStart;
      while (this.code(i) === SP) i++;
      if (i >= t.length) {
        // Comments indented at the end of the text belong to nodes in ways this parser does not model.
        if (commentIndent > 0) throw new Bail();
        this.pos = t.length;
        return (this.nextIndent = -1);
      }
      const c = t.charCodeAt(i);
      if (c === NL || c === HASH) {
        if (c === HASH) {
          commentIndent = Math.max(commentIndent, i - lineStart);
          this.sawComment = true;
        }
        const nl = t.indexOf('\n', i);
        this.pos = nl < 0 ? t.length : nl + 1;
        continue;
      }
      const indent = i - lineStart;
      if (commentIndent > indent) throw new Bail();
      if (indent === 0 && (t.startsWith('---', i) || t.startsWith('...', i))) throw new Bail();
      this.pos = i;
      return (this.nextIndent = indent);
    }
  }

  /** A block map or sequence whose first line's content starts at `pos`, column `indent`. */
  blockNode(indent: number, depth: number): Node {
    if (depth > MAX_DEPTH) throw new Bail();
    return this.isSeqItem(this.pos) ? this.blockSeq(indent, depth) : this.blockMap(indent, depth);
  }

  private isSeqItem(i: number): boolean {
    if (this.code(i) !== DASH) return false;
    const n = this.code(i + 1);
    return n === SP || n === NL || n === NUL;
  }

  private blockMap(indent: number, depth: number): Node {
    if (depth > MAX_DEPTH) throw new Bail();
    const map: MapNode = { kind: 'map', pairs: [], flow: false, offset: this.pos, length: 0 };
    for (;;) {
      map.pairs.push(this.pair(indent, depth));
      if (this.nextIndent !== indent || this.isSeqItem(this.pos)) break;
    }
    if (this.nextIndent > indent) throw new Bail();
    map.length = this.lastEnd - map.offset;
    return oneKeyIntrinsic(map) ?? map;
  }

  /** `key: value` at `pos`; on return `pos`/`nextIndent` describe the next content line. */
  pair(indent: number, depth: number): Pair {
    const keySpan = { offset: this.pos, length: 0 };
    const key = this.key(keySpan);
    const value = this.valueAfterIndicator(indent, depth, true);
    const end = value.offset + value.length;
    return { key, keySpan, value, span: { offset: keySpan.offset, length: end - keySpan.offset } };
  }

  private key(span: { offset: number; length: number }): string {
    const t = this.text;
    const c = this.code(this.pos);
    let key: string;
    if (c === QUOTE || c === APOS) {
      key = this.quoted();
      span.length = this.pos - span.offset;
      while (this.code(this.pos) === SP) this.pos++;
      if (this.code(this.pos) !== COLON) throw new Bail();
      this.pos++;
    } else {
      if (!this.canStartPlain(this.pos)) throw new Bail();
      let i = this.pos;
      for (;;) {
        const nl = i < t.length ? t.charCodeAt(i) : NL;
        if (nl === NL) throw new Bail();
        if (nl === COLON) {
          const n = this.code(i + 1);
          if (n === SP || n === NL || n === NUL) break;
        } else if (nl === HASH && t.charCodeAt(i - 1) === SP) throw new Bail();
        i++;
      }
      let end = i;
      while (t.charCodeAt(end - 1) === SP) end--;
      const raw = t.slice(this.pos, end);
      span.length = end - this.pos;
      key = this.own(String(resolvePlain(raw)));
      this.pos = i + 1;
    }
    if (span.length > MAX_KEY) throw new Bail();
    const n = this.code(this.pos);
    if (n !== SP && n !== NL && n !== NUL) throw new Bail();
    return key;
  }

  /**
   * The value after `key:` or `-`: inline on this line, or a block on the following lines, or an empty (null)
   * scalar. `compactSeq`: a map value may be a sequence at the map's own indentation.
   */
  private valueAfterIndicator(indent: number, depth: number, compactSeq: boolean): Node {
    const t = this.text;
    while (this.code(this.pos) === SP) this.pos++;
    let tag: string | undefined;
    if (this.code(this.pos) === BANG) {
      const start = this.pos;
      while (this.pos < t.length && t.charCodeAt(this.pos) !== SP && t.charCodeAt(this.pos) !== NL) this.pos++;
      tag = t.slice(start, this.pos);
      if (!/^![A-Za-z][A-Za-z0-9]*$/.test(tag)) throw new Bail();
      while (this.code(this.pos) === SP) this.pos++;
    }
    let c = this.code(this.pos);
    const commented = c === HASH;
    if (commented) {
      if (this.text.charCodeAt(this.pos - 1) !== SP) throw new Bail();
      const nl = t.indexOf('\n', this.pos);
      this.pos = nl < 0 ? t.length : nl;
      c = this.code(this.pos);
    }
    if (c === NL || c === NUL) {
      const eol = this.pos;
      this.pos = c === NL ? eol + 1 : eol;
      const next = this.skipTrivia();
      let node: Node;
      if (next > indent || (compactSeq && next === indent && this.isSeqItem(this.pos))) {
        node = this.blockNode(next, depth + 1);
      } else {
        // Where `yaml` ends an empty value followed by comments is not modelled here.
        if (tag || commented || this.sawComment) throw new Bail();
        node = { kind: 'scalar', value: null, offset: eol, length: 0 };
        this.lastEnd = eol;
      }
      return this.withTag(node, tag);
    }
    if (this.isSeqItem(this.pos)) {
      // `- - x`: a sequence nested on the item's line.
      if (compactSeq || tag) throw new Bail();
      return this.blockSeq(this.column(this.pos), depth + 1);
    }
    if (!tag && !compactSeq && this.looksLikeKey()) return this.blockMap(this.column(this.pos), depth + 1);
    if (c === PIPE || c === GT) {
      const node = this.blockScalar(indent);
      if (this.skipTrivia() > indent) throw new Bail();
      return this.withTag(node, tag);
    }
    const node = this.inline(depth);
    this.endOfLine();
    // A deeper line after an inline value is a continuation or an error.
    if (this.skipTrivia() > indent) throw new Bail();
    return this.withTag(node, tag);
  }

  private column(i: number): number {
    return i - (this.text.lastIndexOf('\n', i - 1) + 1);
  }

  /** Whether the rest of this line starts with `key:` (a compact map in a sequence item). */
  private looksLikeKey(): boolean {
    const t = this.text;
    const c = this.code(this.pos);
    if (c === QUOTE || c === APOS) {
      const close = t.indexOf(String.fromCharCode(c), this.pos + 1);
      const nl = t.indexOf('\n', this.pos);
      if (close < 0 || (nl >= 0 && close > nl)) throw new Bail();
      let i = close + 1;
      while (this.code(i) === SP) i++;
      return this.code(i) === COLON;
    }
    if (c === LBRACK || c === LBRACE) return false;
    const nl = t.indexOf('\n', this.pos);
    const line = t.slice(this.pos, nl < 0 ? t.length : nl);
    return /:(?: |$)/.test(line.replace(/ #.*$/, ''));
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `pos`, inside a block at column `indent`.
   * Explicit indentation, comments on the header, leading or whitespace-only lines and more-indented folded lines
   * are left to `yaml`.
   */
  private blockScalar(indent: number): Node {
    const t = this.text;
    const offset = this.pos;
    const folded = t.charCodeAt(offset) === GT;
    const lineEnd = t.indexOf('\n', offset);
    const header = /^[|>]([+-]?) *(?:\n|$)/.exec(t.slice(offset, lineEnd < 0 ? t.length : lineEnd + 1));
    if (!header) throw new Bail();
    const chomp = header[1];
    let i = offset + header[0].length;
    if (i >= t.length) throw new Bail();
    const lines: string[] = [];
    let contentIndent = -1;
    let end = i;
    let keepEnd = i;
    while (i < t.length) {
      const nl = t.indexOf('\n', i);
      const lineEnd = nl < 0 ? t.length : nl;
      const next = nl < 0 ? t.length : nl + 1;
      let j = i;
      while (j < lineEnd && t.charCodeAt(j) === SP) j++;
      if (j === lineEnd) {
        if (j > i || lines.length === 0) throw new Bail();
        lines.push('');
        keepEnd = next;
        i = next;
        continue;
      }
      if (contentIndent < 0) {
        if (j - i <= indent) throw new Bail();
        contentIndent = j - i;
      }
      if (j - i < contentIndent) break;
      if (folded && j - i > contentIndent) throw new Bail();
      lines.push(t.slice(i + contentIndent, lineEnd));
      end = keepEnd = next;
      i = next;
    }
    let trailing = 0;
    while (lines.length > trailing && lines[lines.length - 1 - trailing] === '') trailing++;
    const body = lines.slice(0, lines.length - trailing);
    let value = folded ? fold(body) : body.join('\n');
    if (chomp === '') value += '\n';
    else if (chomp === '+') value += '\n'.repeat(trailing + 1);
    if (chomp === '+') end = keepEnd;
    this.pos = this.lastEnd = end;
    return { kind: 'scalar', value, offset, length: end - offset };
  }

  /** After an inline value: optional spaces and comment, then the end of the line. */
  private endOfLine(): void {
    const t = this.text;
    while (this.code(this.pos) === SP) this.pos++;
    const c = this.code(this.pos);
    if (c === HASH) {
      if (t.charCodeAt(this.pos - 1) !== SP) throw new Bail();
    } else if (c !== NL && c !== NUL) throw new Bail();
    const nl = t.indexOf('\n', this.pos);
    this.pos = this.lastEnd = nl < 0 ? t.length : nl + 1;
  }

  private blockSeq(indent: number, depth: number): Node {
    if (depth > MAX_DEPTH) throw new Bail();
    const seq: SeqNode = { kind: 'seq', items: [], flow: false, offset: this.pos, length: 0 };
    for (;;) {
      this.pos++;
      seq.items.push(this.valueAfterIndicator(indent, depth, false));
      if (this.nextIndent !== indent || !this.isSeqItem(this.pos)) break;
    }
    if (this.nextIndent > indent) throw new Bail();
    seq.length = this.lastEnd - seq.offset;
    return seq;
  }

  /** A scalar or flow collection on the current line. */
  private inline(depth: number): Node {
    if (depth > MAX_DEPTH) throw new Bail();
    const c = this.code(this.pos);
    if (c === LBRACK || c === LBRACE) return this.flow(c, depth + 1);
    const offset = this.pos;
    if (c === QUOTE || c === APOS) {
      const value = this.quoted();
      return { kind: 'scalar', value, offset, length: this.pos - offset };
    }
    return this.plain(false, false);
  }

  private plain(inFlow: boolean, isKey: boolean): Node {
    const t = this.text;
    const offset = this.pos;
    if (!this.canStartPlain(offset)) throw new Bail();
    let i = offset;
    for (; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === NL) break;
      if (c === HASH && t.charCodeAt(i - 1) === SP) break;
      if (c === COLON) {
        const n = this.code(i + 1);
        if (n === SP || n === NL || n === NUL || (inFlow && (n === COMMA || n === RBRACK || n === RBRACE))) {
          if (isKey) break;
          throw new Bail();
        }
      }
      if (inFlow && (c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE)) break;
    }
    let end = i;
    while (end > offset && t.charCodeAt(end - 1) === SP) end--;
    this.pos = end;
    const value = resolvePlain(t.slice(offset, end));
    return { kind: 'scalar', value: typeof value === 'string' ? this.own(value) : value, offset, length: end - offset };
  }

  private canStartPlain(i: number): boolean {
    const c = this.code(i);
    if (c === NL || c === NUL || c === SP || NOT_PLAIN_START.has(c)) return false;
    if (c === DASH || c === COLON || c === 63 /* ? */) {
      const n = this.code(i + 1);
      return !(n === SP || n === NL || n === NUL || n === COMMA || n === RBRACK || n === RBRACE || n === LBRACK || n === LBRACE);
    }
    return true;
  }

  /** A one-line single- or double-quoted scalar at `pos`; leaves `pos` after the closing quote. */
  private quoted(): string {
    const t = this.text;
    const q = t.charCodeAt(this.pos);
    let out = '';
    let i = this.pos + 1;
    for (;;) {
      const c = this.code(i);
      if (c === NL || c === NUL) throw new Bail();
      if (c === q) {
        if (q === APOS && this.code(i + 1) === APOS) {
          out += "'";
          i += 2;
          continue;
        }
        break;
      }
      if (q === QUOTE && c === BACKSLASH) {
        const [s, len] = escape(t, i);
        out += s;
        i += len;
        continue;
      }
      out += t[i];
      i++;
    }
    this.pos = i + 1;
    return out;
  }

  private flow(open: number, depth: number): Node {
    const offset = this.pos;
    const isMap = open === LBRACE;
    const close = isMap ? RBRACE : RBRACK;
    const pairs: Pair[] = [];
    const items: Node[] = [];
    this.pos++;
    this.flowSpace();
    if (this.code(this.pos) === close) {
      this.pos++;
    } else {
      for (;;) {
        if (isMap) {
          const keySpan = { offset: this.pos, length: 0 };
          const c = this.code(this.pos);
          let key: string;
          if (c === QUOTE || c === APOS) key = this.quoted();
          else {
            const k = this.plain(true, true);
            key = String((k as { value: unknown }).value);
            if (this.code(this.pos) !== COLON) throw new Bail();
          }
          keySpan.length = this.pos - keySpan.offset;
          if (keySpan.length === 0 || this.code(this.pos) !== COLON || this.code(this.pos + 1) !== SP) throw new Bail();
          this.pos += 2;
          this.flowSpace();
          const value = this.flowItem(depth);
          pairs.push({ key, keySpan, value, span: { offset: keySpan.offset, length: value.offset + value.length - keySpan.offset } });
        } else {
          items.push(this.flowItem(depth));
        }
        this.flowSpace();
        const c = this.code(this.pos);
        if (c === close) {
          this.pos++;
          break;
        }
        if (c !== COMMA) throw new Bail();
        this.pos++;
        this.flowSpace();
        if (this.code(this.pos) === close) throw new Bail();
      }
    }
    const length = this.pos - offset;
    if (!isMap) return { kind: 'seq', items, flow: true, offset, length };
    const map: MapNode = { kind: 'map', pairs, flow: true, offset, length };
    return oneKeyIntrinsic(map) ?? map;
  }

  private flowSpace(): void {
    while (this.code(this.pos) === SP) this.pos++;
  }

  private flowItem(depth: number): Node {
    let tag: string | undefined;
    if (this.code(this.pos) === BANG) {
      const start = this.pos;
      while (this.pos < this.text.length && /[A-Za-z0-9!]/.test(this.text[this.pos])) this.pos++;
      tag = this.text.slice(start, this.pos);
      if (!/^![A-Za-z][A-Za-z0-9]*$/.test(tag) || this.code(this.pos) !== SP) throw new Bail();
      this.flowSpace();
    }
    const c = this.code(this.pos);
    let node: Node;
    if (c === LBRACK || c === LBRACE) node = this.flow(c, depth + 1);
    else if (c === QUOTE || c === APOS) {
      const offset = this.pos;
      const value = this.quoted();
      node = { kind: 'scalar', value, offset, length: this.pos - offset };
    } else node = this.plain(true, false);
    if (this.code(this.pos) === COLON) throw new Bail();
    return this.withTag(node, tag);
  }

  /** A CloudFormation short tag turns its node into an intrinsic; a tagged plain scalar is its source text. */
  private withTag(node: Node, tag: string | undefined): Node {
    if (!tag) return node;
    // `!Tag {Fn::X: …}` keeps the one-key map as a map under the tag: rare enough to leave to `yaml`.
    if (node.kind === 'intrinsic') throw new Bail();
    if (node.kind === 'scalar') {
      const c = this.code(node.offset);
      if (c !== QUOTE && c !== APOS && c !== PIPE && c !== GT) node.value = this.text.slice(node.offset, node.offset + node.length);
    }
    const fn = longNameOfTag(tag);
    return fn ? { kind: 'intrinsic', fn, arg: node, offset: node.offset, length: node.length } : node;
  }
}

/** Folds the lines of a `>` scalar: lines join with a space, each empty line between them is a newline. */
function fold(lines: string[]): string {
  let out = '';
  let empties = 0;
  for (let k = 0; k < lines.length; k++) {
    if (lines[k] === '') {
      empties++;
      continue;
    }
    if (k > 0) out += empties > 0 ? '\n'.repeat(empties) : ' ';
    empties = 0;
    out += lines[k];
  }
  return out;
}

function oneKeyIntrinsic(map: MapNode): Node | undefined {
  if (map.pairs.length !== 1 || !isIntrinsicKey(map.pairs[0].key)) return undefined;
  return { kind: 'intrinsic', fn: map.pairs[0].key, arg: map.pairs[0].value, offset: map.offset, length: map.length };
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0' };

function escape(t: string, i: number): [string, number] {
  const c = t[i + 1];
  if (c !== undefined && c in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[c], 2];
  const hex = c === 'x' ? 2 : c === 'u' ? 4 : 0;
  if (hex === 0) throw new Bail();
  const digits = t.slice(i + 2, i + 2 + hex);
  if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) throw new Bail();
  const code = parseInt(digits, 16);
  if (code >= 0xd800 && code <= 0xdfff) throw new Bail();
  return [String.fromCharCode(code), 2 + hex];
}

// The YAML 1.2 core schema, in the order the `yaml` library tries its tags.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of an untagged plain scalar, as the `yaml` library's core schema resolves it. */
export function resolvePlain(s: string): string | number | boolean | null {
  const c = s.charCodeAt(0);
  // Most scalars start with a letter that no number, null or bool starts with: skip the regexes for them.
  if (s.length > 0 && c > 57 && c !== 126 && c !== 70 && c !== 78 && c !== 84 && c !== 102 && c !== 110 && c !== 116) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return s[0] === 't' || s[0] === 'T';
  if (OCT_RE.test(s)) return parseInt(s.substring(2), 8);
  if (INT_RE.test(s)) return parseInt(s, 10);
  if (HEX_RE.test(s)) return parseInt(s.substring(2), 16);
  if (NAN_RE.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity;
  if (EXP_RE.test(s) || FLOAT_RE.test(s)) return parseFloat(s);
  return s;
}

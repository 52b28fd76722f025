import type { MapNode, Node, SeqNode, Span, Syntax } from '../parse/types';
import type { TextEdit } from './types';

const PLAIN_YAML = /^[A-Za-z0-9_./:@+-][A-Za-z0-9_ ./:@+=,-]*$/;
const YAML_RESERVED = /^(true|false|yes|no|on|off|null|~|y|n|-?\d+(\.\d+)?)$/i;

/**
 * Text edits that read like what a person would have typed in this document: JSON stays JSON, block YAML gets
 * a new line at the indentation of its siblings, flow collections get `, value`.
 */
export class EditBuilder {
  constructor(
    private readonly text: string,
    private readonly syntax: Syntax,
  ) {}

  /** Serialises a value for this document; lists become flow sequences in YAML. */
  format(value: unknown): string {
    if (this.syntax === 'json') return JSON.stringify(value);
    if (Array.isArray(value)) return `[${value.map((v) => this.format(v)).join(', ')}]`;
    if (typeof value === 'string') return PLAIN_YAML.test(value) && !YAML_RESERVED.test(value) && !value.includes(': ') ? value : JSON.stringify(value);
    if (value !== null && typeof value === 'object') {
      return `{${Object.entries(value).map(([k, v]) => `${this.format(k)}: ${this.format(v)}`).join(', ')}}`;
    }
    return JSON.stringify(value);
  }

  replace(span: Span, value: unknown): TextEdit {
    return { offset: span.offset, length: span.length, newText: this.format(value) };
  }

  replaceText(span: Span, newText: string): TextEdit {
    return { offset: span.offset, length: span.length, newText };
  }

  /** Sets `key` to `value`: replaces the existing value, or inserts the member after the last one. */
  setProperty(map: MapNode, key: string, value: unknown): TextEdit {
    for (let i = map.pairs.length - 1; i >= 0; i--) {
      const pair = map.pairs[i];
      if (pair.key !== key) continue;
      if (pair.value) return this.replace(pair.value, value);
      return { offset: pair.keySpan.offset + pair.keySpan.length, length: this.colonLength(pair.keySpan), newText: `: ${this.format(value)}` };
    }
    return this.insertProperty(map, key, value);
  }

  insertProperty(map: MapNode, key: string, value: unknown): TextEdit {
    const k = this.syntax === 'json' ? JSON.stringify(key) : key;
    const member = `${k}: ${this.format(value)}`;
    const last = map.pairs[map.pairs.length - 1];
    if (!last) return { offset: this.afterOpen(map), length: 0, newText: map.flow ? member : `${member}` };
    if (map.flow) {
      const indent = this.indentOfLineIfFirst(last.keySpan.offset);
      const sep = indent !== undefined ? `,\n${indent}` : ', ';
      return { offset: last.span.offset + last.span.length, length: 0, newText: `${sep}${member}` };
    }
    const indent = this.columnText(last.keySpan.offset);
    // A nested block value's span runs past its last line's newline; insert after its last non-blank character.
    return { offset: this.endOfLine(this.trimEnd(last.span.offset + last.span.length)), length: 0, newText: `\n${indent}${member}` };
  }

  removeProperty(map: MapNode, key: string): TextEdit | undefined {
    const index = map.pairs.findIndex((p) => p.key === key);
    if (index < 0) return undefined;
    const pair = map.pairs[index];
    if (map.flow) return this.removeFlowElement(map.pairs.map((p) => p.span), index, map);
    const start = this.startOfLine(pair.keySpan.offset);
    const end = this.nextLineStart(pair.span.offset + pair.span.length);
    return { offset: start, length: end - start, newText: '' };
  }

  appendItem(seq: SeqNode, value: unknown): TextEdit {
    const item = this.format(value);
    const last = seq.items[seq.items.length - 1];
    if (!last) return { offset: this.afterOpen(seq), length: 0, newText: item };
    if (seq.flow) {
      const indent = this.indentOfLineIfFirst(last.offset);
      const sep = indent !== undefined && seq.items.length > 0 && this.lineOf(seq.items[0].offset) !== this.lineOf(seq.offset) ? `,\n${indent}` : ', ';
      return { offset: last.offset + last.length, length: 0, newText: `${sep}${item}` };
    }
    const dash = this.text.lastIndexOf('-', last.offset);
    const indent = this.columnText(dash < 0 ? last.offset : dash);
    return { offset: this.endOfLine(last.offset + last.length), length: 0, newText: `\n${indent}- ${item}` };
  }

  removeItem(seq: SeqNode, index: number): TextEdit {
    if (seq.flow) return this.removeFlowElement(seq.items, index, seq);
    const item = seq.items[index];
    const start = this.startOfLine(item.offset);
    const end = this.nextLineStart(item.offset + item.length);
    return { offset: start, length: end - start, newText: '' };
  }

  private removeFlowElement(elements: Span[], index: number, container: Node): TextEdit {
    const el = elements[index];
    if (elements.length === 1) return { offset: this.afterOpen(container), length: container.offset + container.length - 1 - this.afterOpen(container), newText: '' };
    if (index > 0) {
      const prev = elements[index - 1];
      const start = prev.offset + prev.length;
      return { offset: start, length: el.offset + el.length - start, newText: '' };
    }
    const next = elements[1];
    return { offset: el.offset, length: next.offset - el.offset, newText: '' };
  }

  private afterOpen(node: Span): number {
    return node.offset + 1;
  }

  private colonLength(keySpan: Span): number {
    const m = /^\s*"?\s*:/.exec(this.text.slice(keySpan.offset + keySpan.length, keySpan.offset + keySpan.length + 8));
    return m ? m[0].length : 0;
  }

  private trimEnd(offset: number): number {
    let end = offset;
    while (end > 0 && /\s/.test(this.text[end - 1])) end--;
    return end;
  }

  private startOfLine(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private endOfLine(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    const end = nl < 0 ? this.text.length : nl;
    return end > 0 && this.text[end - 1] === '\r' ? end - 1 : end;
  }

  private nextLineStart(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  private lineOf(offset: number): number {
    let n = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) n++;
    return n;
  }

  /** Whitespace to put before text that should start at the same column as `offset`. */
  private columnText(offset: number): string {
    const start = this.startOfLine(offset);
    return this.text.slice(start, offset).replace(/[^\t]/g, ' ');
  }

  /** The line's indentation when `offset` is the first non-blank character of its line. */
  private indentOfLineIfFirst(offset: number): string | undefined {
    const start = this.startOfLine(offset);
    const before = this.text.slice(start, offset);
    return /^\s*$/.test(before) ? before : undefined;
  }
}

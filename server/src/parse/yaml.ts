import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type * as YamlLibrary from 'yaml';
import type { Document } from 'yaml';
import { longNameOfTag, isIntrinsicKey } from './intrinsics';
import type { MapNode, Node, Pair, ParseError, ParsedText } from './types';
import { Bail, parseYamlFast } from './yaml-fast';
import { recoverYaml } from './yaml-recover';

let library: typeof YamlLibrary | undefined;

/**
 * The `yaml` library, loaded on first use: plain configuration never needs it (see parseYaml), and compiling it
 * is a good part of a cold lint's and the server's start-up. The bundles ship it beside them (dist/yaml-lib.js,
 * `yaml` is external to them); from source it is the package itself.
 */
function yamlLibrary(): typeof YamlLibrary {
  if (!library) {
    const bundle = path.join(__dirname, 'yaml-lib.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    library = (existsSync(bundle) ? require(bundle) : require('yaml')) as typeof YamlLibrary;
  }
  return library;
}

/** Aliases may not expand into more nodes than this in one document: a YAML alias bomb stops here. */
const MAX_ALIAS_EXPANSION = 10_000;

type YamlNode = unknown;

/**
 * Parses YAML into positioned nodes; CloudFormation short tags become intrinsic nodes. Never throws. Plain
 * configuration goes through the fast parser (several times quicker than `yaml`'s composer); anything it does not
 * model goes to the `yaml` library, so the result is always the library's.
 */
export function parseYaml(text: string): ParsedText {
  const fast = parseYamlFastOnly(text);
  if (fast) return fast;
  const full = parseYamlWithLibrary(text);
  return recoverYaml(text, full, parseYamlWithLibrary) ?? full;
}

const fastParsed = new WeakSet<ParsedText>();

/** Whether `parsed` came from the fast parser (so that its entries can be re-parsed one by one). */
export function isFastParsed(parsed: ParsedText): boolean {
  return fastParsed.has(parsed);
}

/** The fast path alone: undefined when the text needs the full YAML grammar. */
export function parseYamlFastOnly(text: string): ParsedText | undefined {
  try {
    const root = parseYamlFast(text);
    // `yaml` starts a document at the line of its first content, indentation included.
    const docOffset = root ? text.lastIndexOf('\n', root.offset - 1) + 1 : 0;
    const parsed: ParsedText = { syntax: 'yaml', roots: [root], docOffsets: [docOffset], errors: [] };
    fastParsed.add(parsed);
    return parsed;
  } catch (e) {
    // Bail is the expected way out; anything else (a stack overflow on absurd input) also leaves it to `yaml`.
    void (e instanceof Bail);
    return undefined;
  }
}

/** All documents of a YAML stream through the `yaml` library. */
export function parseYamlWithLibrary(text: string): ParsedText {
  const roots: (Node | undefined)[] = [];
  const docOffsets: number[] = [];
  const errors: ParseError[] = [];
  let docs: Document.Parsed[];
  try {
    const all = yamlLibrary().parseAllDocuments(text, { uniqueKeys: false, strict: false, prettyErrors: false, stringKeys: false });
    docs = Array.isArray(all) ? all : [];
  } catch (e) {
    return { syntax: 'yaml', roots: [], docOffsets: [], errors: [{ message: `YAML: ${String(e)}`, offset: 0, length: 0 }] };
  }
  for (const doc of docs) {
    const converter = new Converter(doc);
    roots.push(converter.convert(doc.contents));
    docOffsets.push(doc.range?.[0] ?? 0);
    for (const err of doc.errors) {
      const [start, end] = err.pos ?? [0, 0];
      errors.push({ message: `YAML: ${err.message.split('\n')[0]}`, offset: start, length: Math.max(0, end - start) });
    }
  }
  return { syntax: 'yaml', roots, docOffsets, errors };
}

class Converter {
  private expansions = 0;
  private readonly yaml = yamlLibrary();
  constructor(private readonly doc: Document.Parsed) {}

  convert(n: YamlNode, depth = 0): Node | undefined {
    if (n === null || n === undefined || depth > 10_000) return undefined;
    const { isAlias, isMap, isPair, isScalar, isSeq } = this.yaml;
    if (isAlias(n)) return this.convertAlias(n, depth);
    const range = (n as { range?: [number, number, number] }).range ?? [0, 0, 0];
    const offset = range[0];
    const length = Math.max(0, range[1] - range[0]);
    const tag = (n as { tag?: string }).tag;
    const fn = tag ? longNameOfTag(tag) : undefined;
    let node: Node | undefined;
    if (isScalar(n)) {
      const v = n.value;
      const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null ? null : String(v);
      node = { kind: 'scalar', value, offset, length };
    } else if (isMap(n)) {
      const map: MapNode = { kind: 'map', pairs: [], flow: n.flow === true, offset, length };
      for (const item of n.items) {
        if (!isPair(item)) continue;
        const pair = this.convertPair(item.key, item.value, depth);
        if (pair) map.pairs.push(pair);
      }
      node = map;
      if (!fn && map.pairs.length === 1 && isIntrinsicKey(map.pairs[0].key)) {
        node = { kind: 'intrinsic', fn: map.pairs[0].key, arg: map.pairs[0].value, offset, length };
      }
    } else if (isSeq(n)) {
      const items: Node[] = [];
      for (const item of n.items) {
        const c = this.convert(item, depth + 1);
        if (c) items.push(c);
      }
      node = { kind: 'seq', items, flow: n.flow === true, offset, length };
    }
    if (node && fn) {
      // `!Ref X`: the tag sits before the value; widen the span back to the tag so the whole expression is underlined.
      return { kind: 'intrinsic', fn, arg: node, offset: node.offset, length: node.length };
    }
    return node;
  }

  private convertPair(key: YamlNode, value: YamlNode, depth: number): Pair | undefined {
    const keyNode = this.yaml.isScalar(key) ? key : undefined;
    if (!keyNode) return undefined;
    const keyRange = keyNode.range ?? [0, 0, 0];
    const v = this.convert(value, depth + 1);
    const keySpan = { offset: keyRange[0], length: Math.max(0, keyRange[1] - keyRange[0]) };
    const end = v ? v.offset + v.length : keySpan.offset + keySpan.length;
    return { key: String(keyNode.value), keySpan, value: v, span: { offset: keySpan.offset, length: end - keySpan.offset } };
  }

  private convertAlias(alias: YamlLibrary.Alias, depth: number): Node | undefined {
    this.expansions += 1;
    if (this.expansions > MAX_ALIAS_EXPANSION) return undefined;
    let target: YamlNode;
    try {
      target = alias.resolve(this.doc);
    } catch {
      return undefined;
    }
    return this.convert(target, depth + 1);
  }
}

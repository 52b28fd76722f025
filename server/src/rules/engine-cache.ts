import type { CognitoDocument, Resource, Template } from '../model/types';
import { isFastParsed } from '../parse/yaml';
import type { WorkspaceIndex } from '../model/workspace-index';
import type { Node } from '../parse/types';
import type { Problem } from './types';

/** Relative problems per rule, by the rule's position in the (fixed) list of rules for the resource's kind and format. */
type Results = (Problem[] | undefined)[];
interface Entry {
  key: string;
  meta: Meta;
  text: string;
  /** Results of rules that read nothing but the resource. */
  results: Results;
  /** Results of rules that read the rest of the document or the index, valid for one context. */
  contextual: Results;
  context: number;
  /** All rules' problems, once every rule has a reusable result. */
  all?: AllResults;
}

/**
 * Every rule's problems for one resource, relative to its segment; `usesContext`: some are contextual (of
 * generation `context`). `placed`: the same problems where the segment last started, made once per move.
 */
interface AllResults {
  problems: Problem[];
  usesContext: boolean;
  context: number;
  placed?: { start: number; problems: Problem[] };
}

/**
 * A resource's own text: from the start of its first line to the end of its node, with what else identifies it.
 * The key, meta and text are made only when needed (a resource kept from the previous pass finds its entry
 * without them).
 */
export class Segment {
  /** This pass's entry for the segment, once looked up (null: none yet). */
  entry?: Entry | null;
  private shortKey?: string;
  private metaValue?: Meta;

  constructor(
    private readonly docText: string,
    readonly resource: Resource,
    readonly start: number,
    readonly end: number,
    /** Whether results of rules that read outside the resource may be reused while the context is unchanged. */
    public contextual: boolean,
    /** An app client: its text is not part of the context (see RuleCache). */
    readonly cut: boolean,
  ) {}

  /** Finds the entry by a string: the text and the rest are compared on a hit (far cheaper than hashing them). */
  get key(): string {
    return (this.shortKey ??= `${this.resource.logicalId ?? ''} ${this.end - this.start}`);
  }

  get meta(): Meta {
    return (this.metaValue ??= metaOf(this.resource));
  }

  get text(): string {
    return this.docText.slice(this.start, this.end);
  }
}

/** What else identifies a resource: its kind, format, logical id, type and pool. */
type Meta = string[];

function metaOf(resource: Resource): Meta {
  const pool = resource.pool;
  // '-' for none: the entry keeps a JSON copy, which has no undefined.
  return [resource.kind, resource.format, resource.logicalId ?? '-', resource.cfnType ?? '-', pool?.key ?? '-', pool?.literalId ?? '-', pool?.logicalId ?? '-'];
}

function sameMeta(a: Meta, b: Meta): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return a.length === b.length;
}

/** A pass's reusable results by resource position (undefined: not reusable as they are in the next pass). */
interface Pass {
  resources: readonly Resource[];
  all: (AllResults | undefined)[];
  generation: number;
}

/** What the rules of clients and resource servers can see besides their own resource: the document without its clients, and the index. */
interface Context {
  /** The parsed pairs the context is made of (see `contextPairs`): when all are the same objects, so is the text. */
  pairs: unknown[];
  text: string;
  /** [start, end) of every app-client segment, in document order; undefined once the text moved on without them. */
  cuts: number[] | undefined;
  /** The app clients' logical ids, in document order. */
  ids: string[];
  foreign: number;
}

/**
 * Results of rules, keyed by their resource, so a keystroke re-runs only the rules of the resource it touched.
 * A resource the model kept from the previous pass (same object: same nodes, so the same text) finds its entry
 * at once; a new one by its text. A rule that reads only its resource is reused while that text is unchanged.
 * A rule that reads the document, the workspace index or the template's contents may depend on anything; its
 * results are reused only for template app clients and resource servers, and only while the context is
 * unchanged too: the document text with every app-client segment cut out, the logical ids of those clients,
 * and every change of the index not made by this document. This holds because no rule of an app client reads
 * other app clients of its document (their pool's client list or their text), and no rule of a resource server
 * reads the app clients of its own document (the server side of custom-scope-not-defined reads other files'
 * clients: a change of theirs is a change of the index); rules of other kinds (a pool's clients) always re-run.
 * Documents whose nodes may depend on text elsewhere (YAML anchors and aliases) are never cached: only
 * fast-parsed YAML and error-free JSON are. Problems are stored relative to the segment start and moved to where
 * the segment is now.
 */
export class RuleCache {
  /** Entries by their resource object: held only while the model keeps the resource. */
  private byResource = new WeakMap<Resource, Entry>();
  /** Entries by key, for resources the model made anew (a full parse): pruned once stale ones pile up. */
  private byKey = new Map<string, Entry>();
  private docKey = '';
  private enabled = false;
  private doc: CognitoDocument | undefined;
  private context: Context | undefined;
  /** False when app-client segments overlap (never seen): then no contextual result is reused. */
  private contextual = true;
  /** The last pass, this one as it goes, and the last one when this pass may take its results by position. */
  private last: Pass | undefined;
  private next: Pass | undefined;
  private reusablePass: Pass | undefined;
  /** Bumped whenever the context changes: contextual results of an older generation are stale. */
  private generation = 0;
  private seenVersion: number | undefined;
  private foreign = 0;

  /** The index changed from `before` to `after` by an update of this cache's document. */
  ownChange(before: number, after: number): void {
    if (before !== this.seenVersion) this.foreign += 1;
    this.seenVersion = after;
  }

  beginPass(doc: CognitoDocument, index: WorkspaceIndex): void {
    this.enabled = doc.syntax === 'yaml' ? isFastParsed(doc.parsed) : doc.parsed.errors.length === 0;
    this.doc = doc;
    // One cache per document: should the syntax change, nothing is kept.
    if (this.docKey !== `${doc.syntax} ${doc.uri}`) {
      this.docKey = `${doc.syntax} ${doc.uri}`;
      this.byResource = new WeakMap();
      this.byKey = new Map();
    }
    if (index.version !== this.seenVersion) this.foreign += 1;
    this.seenVersion = index.version;
    const last = this.last;
    this.last = undefined;
    this.reusablePass = undefined;
    if (!this.enabled) return;
    for (const template of doc.templates) watchTemplate(template);
    this.next = { resources: doc.resources, all: [], generation: 0 };
    if (this.swappedOneClient(doc, last)) {
      // The document minus its clients is the very same nodes (see CognitoDocument.patched): the same context.
      this.context = { ...this.context!, text: doc.text, cuts: undefined };
      this.reusablePass = last;
      return;
    }
    const cuts: number[] = [];
    const ids: string[] = [];
    const clients = new Set<Node>();
    for (const resource of doc.resources) {
      if (!isCut(resource)) continue;
      const map = resource.resourceMap!;
      cuts.push(lineStart(doc.text, resource.anchor.offset), map.offset + map.length);
      ids.push(resource.logicalId ?? '');
      clients.add(map);
    }
    // Segments come in document order and never overlap (each is one resource entry): check, don't assume.
    this.contextual = true;
    for (let i = 2; i < cuts.length; i += 2) {
      if (cuts[i] < cuts[i - 1]) {
        this.contextual = false;
        cuts.length = 0;
        break;
      }
    }
    const context: Context = { pairs: contextPairs(doc, clients), text: doc.text, cuts, ids, foreign: this.foreign };
    if (!this.context || !sameContext(this.context, context)) this.generation += 1;
    this.context = context;
    if (last?.generation === this.generation) this.reusablePass = last;
  }

  /**
   * Whether this pass's document is the last pass's with one app client replaced by another of the same logical
   * id, nothing else changed in the workspace: then no context needs comparing, and every other resource's
   * results stand where they were (a keystroke in a client: the common case, in time that does not grow with the
   * document).
   */
  private swappedOneClient(doc: CognitoDocument, last: Pass | undefined): boolean {
    const patched = doc.patched;
    if (!patched || !last || !this.context || last.generation !== this.generation || patched.from !== last.resources) return false;
    if (this.context.foreign !== this.foreign) return false;
    // Another kind of entry (a Lambda, a custom domain) is part of the context.
    if (patched.index < 0) return false;
    const before = patched.from[patched.index];
    const after = doc.resources[patched.index];
    return isCut(before) && isCut(after) && before.logicalId === after.logicalId;
  }

  /**
   * The last pass's problems for the resource at `position`, when it is the same resource and they could be
   * reused as they are: no entry to look up (every lookup is a trip through memory, times thousands).
   */
  reuseByPosition(position: number, resource: Resource): Problem[] | undefined {
    const last = this.reusablePass;
    const all = last?.resources[position] === resource ? last.all[position] : undefined;
    if (!all) return undefined;
    this.next!.all[position] = all;
    return this.place(all, resource);
  }

  /** Notes a resource's results of this pass, for the next pass to take by position when they are reusable. */
  record(position: number, resource: Resource): void {
    if (this.next) this.next.all[position] = this.reusableAll(resource);
  }

  /** The entry's problems of every rule, when all can be reused for the resource in this pass. */
  private reusableAll(resource: Resource): AllResults | undefined {
    const all = this.byResource.get(resource)?.all;
    if (!all || (all.usesContext && !(all.context === this.generation && this.isContextual(resource)))) return undefined;
    return all;
  }

  /** The problems where the resource's segment starts now (see computeSegment): the entry's copies, moved. */
  private place(all: AllResults, resource: Resource): Problem[] {
    if (all.problems.length === 0) return all.problems;
    const start = segmentStart(this.doc!.text, resource);
    // Most resources have not moved since they were last placed.
    if (all.placed?.start !== start) all.placed = { start, problems: all.problems.map((p) => move(p, start)) };
    return all.placed.problems;
  }

  /** Keeps this pass for the next one; forgets entries of resources that are gone, once they pile up. */
  endPass(): void {
    if (this.next) {
      this.next.generation = this.generation;
      this.last = this.next;
    }
    this.next = undefined;
    this.reusablePass = undefined;
    // Every keystroke in a resource leaves an entry for its old text behind: drop those once they pile up.
    const resources = this.doc?.resources ?? [];
    if (this.byKey.size > 2 * resources.length + 64) {
      const kept = new Map<string, Entry>();
      for (const resource of resources) {
        const entry = this.byResource.get(resource);
        if (entry) kept.set(entry.key, entry);
      }
      this.byKey = kept;
    }
    this.doc = undefined;
  }

  /**
   * Every rule's problems for a resource kept from an earlier pass, when all of them can be reused: the common
   * case, answered without a segment (one lookup).
   */
  reuseAll(resource: Resource): Problem[] | undefined {
    const all = this.enabled ? this.reusableAll(resource) : undefined;
    return all && this.place(all, resource);
  }

  segmentOf(resource: Resource): Segment | undefined {
    return this.enabled ? this.computeSegment(this.doc!, resource) : undefined;
  }

  private isContextual(resource: Resource): boolean {
    return this.contextual && resource.resourceMap !== undefined && (resource.kind === 'app-client' || resource.kind === 'resource-server');
  }

  private computeSegment(doc: CognitoDocument, resource: Resource): Segment | undefined {
    if (!isCacheable(resource)) return undefined;
    const map = resource.resourceMap;
    const end = map ? map.offset + map.length : doc.text.length;
    return new Segment(doc.text, resource, segmentStart(doc.text, resource), end, this.isContextual(resource), isCut(resource));
  }

  private lookup(segment: Segment): Entry | null {
    // One lookup per resource and pass, not per rule.
    if (segment.entry === undefined) {
      // A kept resource is its old self: same nodes, so the same text and the same meta.
      let entry = this.byResource.get(segment.resource);
      if (!entry) {
        entry = this.byKey.get(segment.key);
        // Comparing the texts costs more than all the rest: only for resources made anew.
        if (entry && !(sameMeta(entry.meta, segment.meta) && entry.text === segment.text)) entry = undefined;
        if (entry) this.byResource.set(segment.resource, entry);
      }
      segment.entry = entry ?? null;
    }
    return segment.entry;
  }

  /** Every rule's problems at once, when all of them can be reused (the common case: one lookup per resource). */
  getAll(segment: Segment): Problem[] | undefined {
    const all = this.lookup(segment)?.all;
    if (!all || (all.usesContext && (!segment.contextual || all.context !== this.generation))) return undefined;
    return this.place(all, segment.resource);
  }

  get(segment: Segment, rule: number): Problem[] | undefined {
    const entry = this.lookup(segment);
    if (!entry) return undefined;
    const relative = this.reusable(segment, entry, rule);
    return relative && (relative.length === 0 ? relative : relative.map((p) => move(p, segment.start)));
  }

  private reusable(segment: Segment, entry: Entry, rule: number): Problem[] | undefined {
    return entry.results[rule] ?? (segment.contextual && entry.context === this.generation ? entry.contextual[rule] : undefined);
  }

  /** After a resource's `rules` rules ran or were reused: keeps them as one list when all can be reused. */
  finish(segment: Segment, rules: number): void {
    const entry = segment.entry;
    if (!entry) return;
    const problems: Problem[] = [];
    let usesContext = false;
    for (let i = 0; i < rules; i++) {
      const own = entry.results[i];
      const relative = own ?? this.reusable(segment, entry, i);
      if (!relative) {
        entry.all = undefined;
        return;
      }
      if (!own) usesContext = true;
      for (const p of relative) problems.push(p);
    }
    entry.all = { problems, usesContext, context: this.generation };
  }

  /** Keeps a rule's problems; `outside`: the rule read more than its resource. */
  set(segment: Segment, rule: number, problems: Problem[], outside: boolean): void {
    if (outside && !segment.contextual) return;
    const length = segment.end - segment.start;
    const inside = (offset: number, len: number) => offset >= 0 && offset + len <= length;
    // Anything that points outside the resource's own text is not a function of that text: don't cache it.
    for (const p of problems) {
      if (!inside(p.offset - segment.start, p.length)) return;
      for (const fix of p.fixes ?? []) if (fix.uri || fix.edits.some((e) => !inside(e.offset - segment.start, e.length))) return;
    }
    // A JSON round trip: messages built from node values are slices of this version of the document; a cached
    // entry outlives it and must not keep it alive.
    const relative = problems.length === 0 ? [] : (JSON.parse(JSON.stringify(problems.map((p) => move(p, -segment.start)))) as Problem[]);
    if (!segment.entry) {
      // A copy: a slice would keep this version of the whole document alive for as long as the entry lives.
      const [key, meta, text] = JSON.parse(JSON.stringify([segment.key, segment.meta, segment.text])) as [string, Meta, string];
      segment.entry = { key, meta, text, results: [], contextual: [], context: this.generation };
      this.byKey.set(key, segment.entry);
      this.byResource.set(segment.resource, segment.entry);
    }
    const entry = segment.entry;
    entry.all = undefined;
    if (!outside) {
      entry.results[rule] = relative;
      return;
    }
    if (entry.context !== this.generation) {
      entry.contextual = [];
      entry.context = this.generation;
    }
    entry.contextual[rule] = relative;
  }
}

/**
 * The parse tree's pairs outside the app clients: every root, every top-level pair, every template resource
 * entry but the clients'. A YAML reparse replaces the pair an edit falls in (and so every pair inside it); the
 * `Resources` pair itself stays when only one of its entries was replaced.
 */
function contextPairs(doc: CognitoDocument, clients: Set<Node>): unknown[] {
  const out: unknown[] = [...doc.parsed.roots];
  for (const root of doc.parsed.roots) {
    if (root?.kind !== 'map') continue;
    for (const pair of root.pairs) {
      out.push(pair);
      if (pair.key !== 'Resources' || pair.value?.kind !== 'map') continue;
      for (const entry of pair.value.pairs) if (!entry.value || !clients.has(entry.value)) out.push(entry);
    }
  }
  return out;
}

/** Whether the resource's results may be cached: a resource of its own (not a describe wrapper, the whole rest of the document). */
function isCacheable(resource: Resource): boolean {
  if (resource.wrapper || (resource.template && !watched.has(resource.template))) return false;
  return !resource.resourceMap || resource.anchor.offset <= resource.resourceMap.offset;
}

/** A template's app client: its text is cut out of the context of the others. */
function isCut(resource: Resource): boolean {
  return resource.kind === 'app-client' && resource.resourceMap !== undefined && isCacheable(resource);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A template resource's text starts at the line of its logical id; a whole-document resource at 0. */
function segmentStart(text: string, resource: Resource): number {
  return resource.resourceMap ? lineStart(text, resource.anchor.offset) : 0;
}

/** Whether two passes give app clients the same context; compares the text between clients without copying it. */
function sameContext(a: Context, b: Context): boolean {
  if (a.foreign !== b.foreign || !sameItems(a.ids, b.ids)) return false;
  if (a.pairs.length === b.pairs.length && a.pairs.every((p, i) => p === b.pairs[i])) return true;
  if (!a.cuts || !b.cuts || a.cuts.length !== b.cuts.length) return false;
  let aFrom = 0;
  let bFrom = 0;
  for (let i = 0; i <= a.cuts.length; i += 2) {
    const aTo = i < a.cuts.length ? a.cuts[i] : a.text.length;
    const bTo = i < b.cuts.length ? b.cuts[i] : b.text.length;
    if (aTo - aFrom !== bTo - bFrom || a.text.slice(aFrom, aTo) !== b.text.slice(bFrom, bTo)) return false;
    aFrom = a.cuts[i + 1];
    bFrom = b.cuts[i + 1];
  }
  return true;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function move(p: Problem, by: number): Problem {
  const moved: Problem = { ruleId: p.ruleId, severity: p.severity, message: p.message, offset: p.offset + by, length: p.length };
  if (p.fixes) moved.fixes = p.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, offset: e.offset + by })) }));
  return moved;
}

/** Whether the rule being run read beyond its own resource. */
export interface Watch {
  outside: boolean;
  restore(): void;
}

const TEMPLATE_FIELDS = ['root', 'resources', 'parameters', 'conditions', 'previous'] as const;
const watched = new WeakSet<Template>();
let active: Watch | undefined;

/**
 * Makes reads of a template's fields (the rest of the document, reached through `resource.template`) visible to
 * the active watch. Getters go on the template object itself, once per template: every resource of the document
 * still holds the very same objects the workspace index holds.
 */
export function watchTemplate(template: Template): void {
  if (watched.has(template)) return;
  watched.add(template);
  for (const field of TEMPLATE_FIELDS) {
    if (!Object.prototype.hasOwnProperty.call(template, field)) continue;
    let value = template[field];
    Object.defineProperty(template, field, {
      get() {
        if (active) active.outside = true;
        return value;
      },
      set(v) {
        value = v;
      },
      enumerable: true,
      configurable: true,
    });
  }
  if (template.previous) watchTemplate(template.previous);
}

/** Starts watching what the rules of one resource read; `restore` stops. */
export function watchOutsideReads(): Watch {
  const watch: Watch = {
    outside: false,
    restore() {
      if (active === watch) active = undefined;
    },
  };
  active = watch;
  return watch;
}

import type { CognitoDocument, Resource, Template } from '../model/types';
import { isFastParsed } from '../parse/yaml';
import type { Problem } from './types';

/** Relative problems per rule, by the rule's position in the (fixed) list of rules for the resource's kind and format. */
type Results = (Problem[] | undefined)[];
interface Entry {
  meta: string;
  text: string;
  results: Results;
}

/** A resource's own text: from the start of its first line to the end of its node, with what else identifies it. */
export interface Segment {
  key: string;
  meta: string;
  text: string;
  start: number;
  end: number;
  /** This pass's results for the segment, once looked up (null: none yet). */
  results?: Results | null;
}

/**
 * Results of rules that read nothing but their own resource, keyed by that resource's text, so a keystroke
 * re-runs only the rules of the resource it touched. A rule that reads the document, the workspace index or the
 * template's contents is never cached (it may depend on anything); nor are documents whose nodes may
 * depend on text elsewhere (YAML anchors and aliases: only fast-parsed YAML and error-free JSON are cached).
 * Problems are stored relative to the segment start and moved to where the segment is now.
 */
export class RuleCache {
  private previous = new Map<string, Entry>();
  private current = new Map<string, Entry>();
  private enabled = false;

  beginPass(doc: CognitoDocument): void {
    this.enabled = doc.syntax === 'yaml' ? isFastParsed(doc.parsed) : doc.parsed.errors.length === 0;
    this.current = new Map();
    if (this.enabled) for (const template of doc.templates) watchTemplate(template);
  }

  /** Drops the results of resources that are gone. */
  endPass(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  segmentOf(doc: CognitoDocument, resource: Resource): Segment | undefined {
    // A describe wrapper is the rest of the document: such resources (small API files) are not cached.
    if (!this.enabled || resource.wrapper || (resource.template && !watched.has(resource.template))) return undefined;
    let start = 0;
    let end = doc.text.length;
    const map = resource.resourceMap;
    if (map) {
      if (resource.anchor.offset > map.offset) return undefined;
      start = doc.text.lastIndexOf('\n', resource.anchor.offset - 1) + 1;
      end = map.offset + map.length;
    }
    const pool = resource.pool;
    const meta = `${doc.syntax} ${resource.uri} ${resource.kind} ${resource.format} ${resource.logicalId} ${resource.cfnType} ${pool?.key} ${pool?.literalId} ${pool?.logicalId}`;
    // A short key finds the entry; the text and the rest are compared on a hit (far cheaper than hashing them).
    return { key: `${resource.logicalId ?? ''} ${end - start}`, meta, text: doc.text.slice(start, end), start, end };
  }

  get(segment: Segment, rule: number): Problem[] | undefined {
    // One map lookup per resource and pass, not per rule.
    if (segment.results === undefined) {
      const entry = this.current.get(segment.key) ?? this.previous.get(segment.key);
      segment.results = entry && entry.meta === segment.meta && entry.text === segment.text ? entry.results : null;
      if (entry && segment.results) this.current.set(segment.key, entry);
    }
    const relative = segment.results?.[rule];
    return relative && (relative.length === 0 ? relative : relative.map((p) => move(p, segment.start)));
  }

  set(segment: Segment, rule: number, problems: Problem[]): void {
    const length = segment.end - segment.start;
    // A JSON round trip: messages built from node values are slices of this version of the document; a cached
    // entry outlives it and must not keep it alive.
    const relative = JSON.parse(JSON.stringify(problems.map((p) => move(p, -segment.start)))) as Problem[];
    const inside = (offset: number, len: number) => offset >= 0 && offset + len <= length;
    // Anything that points outside the resource's own text is not a function of that text: don't cache it.
    for (const p of relative) {
      if (!inside(p.offset, p.length)) return;
      for (const fix of p.fixes ?? []) if (fix.uri || fix.edits.some((e) => !inside(e.offset, e.length))) return;
    }
    if (!segment.results) {
      segment.results = [];
      // A copy: a slice would keep this version of the whole document alive for as long as the entry lives.
      const [meta, text] = JSON.parse(JSON.stringify([segment.meta, segment.text])) as [string, string];
      this.current.set(segment.key, { meta, text, results: segment.results });
    }
    segment.results[rule] = relative;
  }
}

function move(p: Problem, by: number): Problem {
  const moved: Problem = { ...p, offset: p.offset + by };
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

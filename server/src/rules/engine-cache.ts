import type { CognitoDocument, Resource } from '../model/types';
import { isFastParsed } from '../parse/yaml';
import type { Problem } from './types';

type Results = Map<string, Problem[]>;
interface Entry {
  text: string;
  results: Results;
}

/** A resource's own text: from the start of its first line to the end of its node, with what else identifies it. */
export interface Segment {
  key: string;
  text: string;
  start: number;
  end: number;
  /** This pass's results for the segment, once looked up (null: none yet). */
  results?: Results | null;
}


/**
 * Results of rules that read nothing but their own resource, keyed by that resource's text, so a keystroke
 * re-runs only the rules of the resource it touched. A rule that reads the document, the workspace index, the
 * template or the describe wrapper is never cached (it may depend on anything); nor are documents whose nodes may
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
  }

  /** Drops the results of resources that are gone. */
  endPass(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  segmentOf(doc: CognitoDocument, resource: Resource): Segment | undefined {
    if (!this.enabled) return undefined;
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
    // A short key finds the entry and the text is compared on a hit: comparing is far cheaper than hashing it.
    return { key: `${meta} ${end - start}`, text: doc.text.slice(start, end), start, end };
  }

  get(segment: Segment, ruleId: string): Problem[] | undefined {
    // One map lookup per resource and pass, not per rule: the key is the resource's whole text.
    if (segment.results === undefined) {
      const entry = this.current.get(segment.key) ?? this.previous.get(segment.key);
      segment.results = entry?.text === segment.text ? entry.results : null;
      if (segment.results) this.current.set(segment.key, { text: segment.text, results: segment.results });
    }
    const relative = segment.results?.get(ruleId);
    return relative && (relative.length === 0 ? relative : relative.map((p) => move(p, segment.start)));
  }

  set(segment: Segment, ruleId: string, problems: Problem[]): void {
    const length = segment.end - segment.start;
    const relative = problems.map((p) => move(p, -segment.start));
    const inside = (offset: number, len: number) => offset >= 0 && offset + len <= length;
    // Anything that points outside the resource's own text is not a function of that text: don't cache it.
    for (const p of relative) {
      if (!inside(p.offset, p.length)) return;
      for (const fix of p.fixes ?? []) if (fix.uri || fix.edits.some((e) => !inside(e.offset, e.length))) return;
    }
    if (!segment.results) {
      segment.results = new Map();
      this.current.set(segment.key, { text: segment.text, results: segment.results });
    }
    segment.results.set(ruleId, relative);
  }
}

function move(p: Problem, by: number): Problem {
  const moved: Problem = { ...p, offset: p.offset + by };
  if (p.fixes) moved.fixes = p.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, offset: e.offset + by })) }));
  return moved;
}

/** What a rule read of its resource beyond the resource's own nodes. */
export interface Watch {
  outside: boolean;
}

const OUTSIDE_FIELDS = ['template', 'wrapper'] as const;
const watched = new WeakSet<Resource>();
let active: Watch | undefined;

/**
 * Watches reads of `resource.template` and `resource.wrapper` (views of the rest of the document) while the
 * returned watch is active. The getters sit on the resource object itself (installed once), so rules still see
 * the very object the workspace index holds; writes go through.
 */
export function watchOutsideReads(resource: Resource): Watch & { restore(): void } {
  if (!watched.has(resource)) {
    watched.add(resource);
    for (const field of OUTSIDE_FIELDS) {
      let value = resource[field];
      Object.defineProperty(resource, field, {
        get() {
          if (active) active.outside = true;
          return value;
        },
        set(v) {
          value = v;
        },
        enumerable: value !== undefined,
        configurable: true,
      });
    }
  }
  const watch = {
    outside: false,
    restore() {
      if (active === watch) active = undefined;
    },
  };
  active = watch;
  return watch;
}

import type { CognitoDocument, Resource } from '../model/types';
import { isFastParsed } from '../parse/yaml';
import type { Problem } from './types';

/** A resource's own text: from the start of its first line to the end of its node, with what else identifies it. */
export interface Segment {
  key: string;
  start: number;
  end: number;
}

type Results = Map<string, Problem[]>;

/**
 * Results of rules that read nothing but their own resource, keyed by that resource's text, so a keystroke
 * re-runs only the rules of the resource it touched. A rule that reads the document, the workspace index, the
 * template or the describe wrapper is never cached (it may depend on anything); nor are documents whose nodes may
 * depend on text elsewhere (YAML anchors and aliases: only fast-parsed YAML and error-free JSON are cached).
 * Problems are stored relative to the segment start and moved to where the segment is now.
 */
export class RuleCache {
  private previous = new Map<string, Results>();
  private current = new Map<string, Results>();
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
    const meta = [doc.syntax, resource.uri, resource.kind, resource.format, resource.logicalId, resource.cfnType, JSON.stringify(resource.pool ?? null)];
    return { key: `${meta.join('\u0000')}\u0000${doc.text.slice(start, end)}`, start, end };
  }

  get(segment: Segment, ruleId: string): Problem[] | undefined {
    let results = this.current.get(segment.key);
    if (!results) {
      results = this.previous.get(segment.key);
      if (!results) return undefined;
      this.current.set(segment.key, results);
    }
    const relative = results.get(ruleId);
    return relative && relative.map((p) => move(p, segment.start));
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
    let results = this.current.get(segment.key);
    if (!results) {
      results = new Map();
      this.current.set(segment.key, results);
    }
    results.set(ruleId, relative);
  }
}

function move(p: Problem, by: number): Problem {
  const moved: Problem = { ...p, offset: p.offset + by };
  if (p.fixes) moved.fixes = p.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, offset: e.offset + by })) }));
  return moved;
}

/** What a rule read of its resource beyond the resource's own nodes, and how to stop watching. */
export interface Watch {
  outside: boolean;
  restore(): void;
}

const OUTSIDE_FIELDS = ['template', 'wrapper'] as const;

/**
 * Watches `resource.template` and `resource.wrapper` (views of the rest of the document) with getters on the
 * resource object itself, so rules still see the very object the workspace index holds.
 */
export function watchOutsideReads(resource: Resource): Watch {
  const saved = OUTSIDE_FIELDS.map((field) => ({ field, own: Object.prototype.hasOwnProperty.call(resource, field), value: resource[field] }));
  const watch: Watch = {
    outside: false,
    restore() {
      for (const { field, own, value } of saved) {
        delete resource[field];
        if (own) Object.defineProperty(resource, field, { value, writable: true, enumerable: true, configurable: true });
      }
    },
  };
  for (const { field, value } of saved) {
    Object.defineProperty(resource, field, {
      get() {
        watch.outside = true;
        return value;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return watch;
}

import type { Span } from '../parse/types';
import type { CognitoDocument, Resource } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';
import { getCatalogEntry } from './catalog';
import { EditBuilder } from './edits';
import { ALL_RULES } from './index';
import { RuleCache, watchOutsideReads, type Watch } from './engine-cache';
import type { Fix, Problem, Rule, RuleContext, Severity } from './types';

export { RuleCache } from './engine-cache';

interface PreparedRule {
  rule: Rule;
  severity: Severity;
  formats: ReadonlySet<string>;
}

const prepared: PreparedRule[] = ALL_RULES.map((rule) => {
  const entry = getCatalogEntry(rule.id);
  return { rule, severity: entry?.severity ?? 'warning', formats: new Set(entry?.formats ?? []) };
});

const byKindAndFormat = new Map<string, Map<string, PreparedRule[]>>();

export function rulesFor(resource: Resource): PreparedRule[] {
  let byFormat = byKindAndFormat.get(resource.kind);
  if (!byFormat) {
    byFormat = new Map();
    byKindAndFormat.set(resource.kind, byFormat);
  }
  let rules = byFormat.get(resource.format);
  if (!rules) {
    rules = prepared.filter((p) => p.rule.appliesTo.includes(resource.kind) && p.formats.has(resource.format));
    byFormat.set(resource.format, rules);
  }
  return rules;
}

export type RuleErrorHandler = (ruleId: string, error: unknown) => void;

/**
 * Runs every rule that applies to each resource of the document. A rule that throws loses only its own result.
 * With a cache, results are reused while the resource's text (and, for rules that read more, its context) is
 * unchanged: see RuleCache.
 */
export function checkDocument(doc: CognitoDocument, index: WorkspaceIndex, onRuleError?: RuleErrorHandler, cache?: RuleCache): Problem[] {
  const problems: Problem[] = [];
  const edits = new EditBuilder(doc.text, doc.syntax);
  cache?.beginPass(doc, index);
  const resources = doc.resources;
  for (let i = 0; i < resources.length; i++) {
    let found = cache?.reuseByPosition(i, resources[i]);
    if (!found) {
      found = checkResource(doc, resources[i], index, edits, onRuleError, cache);
      cache?.record(i, resources[i]);
    }
    for (let j = 0; j < found.length; j++) problems.push(found[j]);
  }
  cache?.endPass();
  return problems;
}

export function checkResource(
  doc: CognitoDocument,
  resource: Resource,
  index: WorkspaceIndex,
  edits: EditBuilder,
  onRuleError?: RuleErrorHandler,
  cache?: RuleCache,
): Problem[] {
  const out: Problem[] = [];
  const reused = cache?.reuseAll(resource);
  if (reused) return reused;
  const segment = cache?.segmentOf(resource);
  const all = segment && cache!.getAll(segment);
  if (all) return all;
  const watch = segment ? watchOutsideReads() : undefined;
  let context: Context | undefined;
  try {
    const rules = rulesFor(resource);
    for (let i = 0; i < rules.length; i++) {
      const prepared = rules[i];
      const cached = segment && cache!.get(segment, i);
      if (cached) {
        for (const p of cached) out.push(p);
        continue;
      }
      if (watch) watch.outside = false;
      // One context per resource: rules use it only while they run.
      if (context) context.prepared = prepared;
      else context = new Context(doc, index, edits, prepared, watch);
      try {
        const problems = prepared.rule.check(resource, context);
        for (let j = 0; j < problems.length; j++) out.push(problems[j]);
        if (segment) cache!.set(segment, i, problems, watch!.outside);
      } catch (error) {
        onRuleError?.(prepared.rule.id, error);
      }
    }
    if (segment) cache!.finish(segment, rules.length);
  } finally {
    watch?.restore();
  }
  return out;
}

/** What a rule sees; reading the document or the index marks its result as depending on more than its resource. */
class Context implements RuleContext {
  constructor(
    private readonly document: CognitoDocument,
    private readonly workspace: WorkspaceIndex,
    readonly edits: EditBuilder,
    public prepared: PreparedRule,
    private readonly watch: Watch | undefined,
  ) {}

  get doc(): CognitoDocument {
    if (this.watch) this.watch.outside = true;
    return this.document;
  }

  get index(): WorkspaceIndex {
    if (this.watch) this.watch.outside = true;
    return this.workspace;
  }

  problem(span: Span, message: string, ...fixes: Fix[]): Problem {
    return {
      ruleId: this.prepared.rule.id,
      severity: this.prepared.severity,
      message,
      offset: span.offset,
      length: span.length,
      ...(fixes.length > 0 ? { fixes } : {}),
    };
  }
}

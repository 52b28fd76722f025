import type { Span } from '../parse/types';
import type { CognitoDocument, Resource } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';
import { getCatalogEntry } from './catalog';
import { EditBuilder } from './edits';
import { ALL_RULES } from './index';
import { RuleCache, watchOutsideReads, type Segment, type Watch } from './engine-cache';
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

export function rulesFor(resource: Resource): PreparedRule[] {
  return prepared.filter((p) => p.rule.appliesTo.includes(resource.kind) && p.formats.has(resource.format));
}

export type RuleErrorHandler = (ruleId: string, error: unknown) => void;

/**
 * Runs every rule that applies to each resource of the document. A rule that throws loses only its own result.
 * With a cache, results of rules that looked only at their own resource are reused while its text is unchanged.
 */
export function checkDocument(doc: CognitoDocument, index: WorkspaceIndex, onRuleError?: RuleErrorHandler, cache?: RuleCache): Problem[] {
  const problems: Problem[] = [];
  const edits = new EditBuilder(doc.text, doc.syntax);
  cache?.beginPass(doc);
  for (const resource of doc.resources) problems.push(...checkResource(doc, resource, index, edits, onRuleError, cache));
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
  const segment = cache?.segmentOf(doc, resource);
  const watch = segment ? watchOutsideReads(resource) : undefined;
  try {
    runRules(doc, resource, index, edits, out, onRuleError, cache, segment, watch);
  } finally {
    watch?.restore();
  }
  return out;
}

function runRules(
  doc: CognitoDocument,
  resource: Resource,
  index: WorkspaceIndex,
  edits: EditBuilder,
  out: Problem[],
  onRuleError: RuleErrorHandler | undefined,
  cache: RuleCache | undefined,
  segment: Segment | undefined,
  watch: Watch | undefined,
): void {
  for (const { rule, severity, formats } of prepared) {
    if (!rule.appliesTo.includes(resource.kind) || !formats.has(resource.format)) continue;
    const cached = segment && cache!.get(segment, rule.id);
    if (cached) {
      out.push(...cached);
      continue;
    }
    if (watch) watch.outside = false;
    const ctx: RuleContext = {
      get doc() {
        if (watch) watch.outside = true;
        return doc;
      },
      get index() {
        if (watch) watch.outside = true;
        return index;
      },
      edits,
      problem: (span: Span, message: string, ...fixes: Fix[]) => ({
        ruleId: rule.id,
        severity,
        message,
        offset: span.offset,
        length: span.length,
        ...(fixes.length > 0 ? { fixes } : {}),
      }),
    };
    try {
      const problems = rule.check(resource, ctx);
      out.push(...problems);
      if (segment && !watch!.outside) cache!.set(segment, rule.id, problems);
    } catch (error) {
      onRuleError?.(rule.id, error);
    }
  }
}

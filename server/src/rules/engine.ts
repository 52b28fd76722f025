import type { Span } from '../parse/types';
import type { CognitoDocument, Resource } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';
import { getCatalogEntry } from './catalog';
import { EditBuilder } from './edits';
import { ALL_RULES } from './index';
import type { Fix, Problem, Rule, RuleContext, Severity } from './types';

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

/** Runs every rule that applies to each resource of the document. A rule that throws loses only its own result. */
export function checkDocument(doc: CognitoDocument, index: WorkspaceIndex, onRuleError?: RuleErrorHandler): Problem[] {
  const problems: Problem[] = [];
  const edits = new EditBuilder(doc.text, doc.syntax);
  for (const resource of doc.resources) problems.push(...checkResource(doc, resource, index, edits, onRuleError));
  return problems;
}

export function checkResource(
  doc: CognitoDocument,
  resource: Resource,
  index: WorkspaceIndex,
  edits: EditBuilder,
  onRuleError?: RuleErrorHandler,
): Problem[] {
  const out: Problem[] = [];
  for (const { rule, severity, formats } of prepared) {
    if (!rule.appliesTo.includes(resource.kind) || !formats.has(resource.format)) continue;
    const ctx: RuleContext = {
      doc,
      index,
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
      out.push(...rule.check(resource, ctx));
    } catch (error) {
      onRuleError?.(rule.id, error);
    }
  }
  return out;
}

import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl } from '../rules/catalog';
import type { Fix, Problem, Severity } from '../rules/types';

export interface LspFix {
  title: string;
  edits: { range: Range; newText: string }[];
  uri?: string;
}

/** What travels in `Diagnostic.data`: the quick fixes, already as ranges of the version that was checked. */
export interface DiagnosticData {
  fixes: LspFix[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspRange(doc: TextDocument, offset: number, length: number): Range {
  return { start: doc.positionAt(offset), end: doc.positionAt(offset + length) };
}

export function toDiagnostic(doc: TextDocument, problem: Problem): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toLspRange(doc, problem.offset, problem.length),
    severity: SEVERITY[problem.severity],
    code: problem.ruleId,
    codeDescription: { href: docsUrl(problem.ruleId) },
    source: 'cognito',
    message: problem.message,
  };
  if (problem.fixes?.length) {
    const data: DiagnosticData = { fixes: problem.fixes.filter((f) => !f.uri).map((f: Fix) => ({ title: f.title, edits: f.edits.map((e) => ({ range: toLspRange(doc, e.offset, e.length), newText: e.newText })) })) };
    diagnostic.data = data;
  }
  return diagnostic;
}

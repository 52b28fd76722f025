import type { Span } from '../parse/types';
import type { CognitoDocument, Format, Resource, ResourceKind } from '../model/types';
import type { WorkspaceIndex } from '../model/workspace-index';
import type { EditBuilder } from './edits';

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Edits in another file of the workspace (e.g. DependsOn added on the resource server's template). */
  uri?: string;
}

export interface Problem {
  ruleId: string;
  severity: Severity;
  message: string;
  offset: number;
  length: number;
  fixes?: Fix[];
}

export interface RuleContext {
  readonly doc: CognitoDocument;
  readonly index: WorkspaceIndex;
  /** Builds syntax-aware edits (JSON, YAML block or flow) for quick fixes. */
  readonly edits: EditBuilder;
  /** A problem of the rule being run, at `span`, with optional quick fixes. */
  problem(span: Span, message: string, ...fixes: Fix[]): Problem;
}

export interface Rule {
  /** `cognito/<name>`, as in the catalog. */
  id: string;
  appliesTo: ResourceKind[];
  check(resource: Resource, ctx: RuleContext): Problem[];
}

export interface CatalogEntry {
  id: string;
  severity: Severity;
  appliesTo: ResourceKind[];
  formats: Format[];
  condition: string;
  fields?: string[];
  notes?: string;
  sources?: { title: string; url: string; quote: string }[];
  fail?: { format: string; document: unknown };
  pass?: { format: string; document: unknown };
}

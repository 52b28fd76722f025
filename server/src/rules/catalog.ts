import runtimeJson from './catalog-runtime.json';
import type { CatalogEntry } from './types';

/**
 * What the engine and the CLI need of the rule catalog: the ids, severities and formats are the contract.
 * Generated from catalog.json (the team's shared catalog) by scripts/gen-rule-index.mjs; the whole catalog, with
 * its examples and sources, is in catalog-full.ts for docs and tests.
 */
export type RuntimeCatalogEntry = Pick<CatalogEntry, 'id' | 'severity' | 'appliesTo' | 'formats' | 'condition'>;

const RUNTIME: readonly RuntimeCatalogEntry[] = runtimeJson as unknown as RuntimeCatalogEntry[];

const BY_ID = new Map(RUNTIME.map((e) => [e.id, e]));

export function getCatalogEntry(id: string): RuntimeCatalogEntry | undefined {
  return BY_ID.get(id);
}

export function ruleName(id: string): string {
  return id.replace(/^cognito\//, '');
}

/** Link for `Diagnostic.codeDescription`: the rule's page in the repository's docs. */
export const DOCS_BASE = 'https://github.com/cognito-lens/cognito-lens/blob/main/docs/rules/';

export function docsUrl(id: string): string {
  return `${DOCS_BASE}${ruleName(id)}.md`;
}

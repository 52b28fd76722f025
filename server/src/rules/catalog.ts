import catalogJson from './catalog.json';
import type { CatalogEntry } from './types';

/** The rule catalog (a copy of the team's shared catalog): ids, severities and formats are the contract. */
export const CATALOG: readonly CatalogEntry[] = catalogJson as unknown as CatalogEntry[];

const BY_ID = new Map(CATALOG.map((e) => [e.id, e]));

export function getCatalogEntry(id: string): CatalogEntry | undefined {
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

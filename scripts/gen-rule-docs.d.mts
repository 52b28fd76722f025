// Types for scripts/gen-rule-docs.mjs, used by test/unit/rules/registry.test.ts.
import type { CatalogEntry } from '../server/src/rules/types';

export const DOCS_DIR: string;
export function ruleName(id: string): string;
export function toYaml(value: unknown): string;
export function differences(fail: unknown, pass: unknown, path?: string[]): string[];
export function renderRulePage(entry: CatalogEntry, fixes?: string[]): string;
export function renderIndex(catalog: readonly CatalogEntry[]): string;
export function renderRuleDocs(catalog: readonly CatalogEntry[], fixesById?: Map<string, string[]>): Record<string, string>;
export function collectQuickFixes(catalog: readonly CatalogEntry[]): Promise<Map<string, string[]>>;
export function loadCatalog(): CatalogEntry[];

import catalogJson from './catalog.json';
import type { CatalogEntry } from './types';

/** The whole rule catalog (a copy of the team's shared catalog), examples and sources included: docs and tests. */
export const CATALOG: readonly CatalogEntry[] = catalogJson as unknown as CatalogEntry[];

import type { Resource } from './types';

/** Everything the workspace declares for one user pool. */
export interface PoolFacts {
  key: string;
  pools: Resource[];
  clients: Resource[];
  resourceServers: Resource[];
  domains: Resource[];
  identityProviders: Resource[];
}

/** Scopes known from outside the workspace (the explorer's live pools), keyed by pool id. */
export interface ExternalScopes {
  poolId: string;
  resourceServers: { identifier: string; name?: string; scopes: { name: string; description?: string }[] }[];
}

/**
 * Cross-file facts: which resource servers, pools, domains and IdPs each user pool has. Documents add and
 * replace their own resources; per-pool views are rebuilt lazily after a change.
 */
export class WorkspaceIndex {
  private readonly byUri = new Map<string, Resource[]>();
  private byPool: Map<string, PoolFacts> | undefined;
  private lastByPool: Map<string, PoolFacts> | undefined;
  private readonly external = new Map<string, ExternalScopes>();
  /** Bumped on every change: callers cache per version. */
  version = 0;

  setDocument(uri: string, resources: Resource[]): void {
    const before = this.byUri.get(uri);
    if (!before && resources.length === 0) return;
    if (resources.length === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, resources);
    const patched = before !== undefined && this.byPool !== undefined && patchPools(this.byPool, before, resources);
    if (!patched) this.byPool = undefined;
    this.version += 1;
  }

  removeDocument(uri: string): void {
    if (this.byUri.delete(uri)) this.changed();
  }

  setExternal(scopes: ExternalScopes): void {
    this.external.set(scopes.poolId, scopes);
    this.changed();
  }

  getExternal(poolId: string): ExternalScopes | undefined {
    return this.external.get(poolId);
  }

  listExternal(): ExternalScopes[] {
    return [...this.external.values()];
  }

  getResources(uri: string): Resource[] {
    return this.byUri.get(uri) ?? [];
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }

  /** Facts for a pool key; undefined when nothing in the workspace names that pool. */
  getPool(key: string | undefined): PoolFacts | undefined {
    if (!key) return undefined;
    return this.pools().get(key);
  }

  allResources(): Resource[] {
    return [...this.byUri.values()].flat();
  }

  pools(): Map<string, PoolFacts> {
    if (this.byPool) return this.byPool;
    const before = this.lastByPool;
    const map = new Map<string, PoolFacts>();
    for (const resources of this.byUri.values()) {
      for (const r of resources) {
        const key = r.pool?.key;
        if (!key) continue;
        let facts = map.get(key);
        if (!facts) {
          facts = { key, pools: [], clients: [], resourceServers: [], domains: [], identityProviders: [] };
          map.set(key, facts);
        }
        if (r.kind === 'user-pool') facts.pools.push(r);
        else if (r.kind === 'app-client') facts.clients.push(r);
        else if (r.kind === 'resource-server') facts.resourceServers.push(r);
        else if (r.kind === 'domain') facts.domains.push(r);
        else facts.identityProviders.push(r);
      }
    }
    // A keystroke changes one resource: the pool's other lists stay the very same arrays, so whatever rules
    // derived from them (scope tables, server definitions) is still found by them.
    if (before) for (const facts of map.values()) keepUnchanged(facts, before.get(facts.key));
    this.byPool = map;
    this.lastByPool = map;
    return map;
  }

  private changed(): void {
    this.byPool = undefined;
    this.version += 1;
  }
}

/**
 * Updates the per-pool view in place for the common edit: a few resources replaced by new ones of the same kind
 * and pool, the rest the very same objects. The changed lists are copies (arrays seen so far stay as they were);
 * every other list stays the same array. False when the edit is anything else: rebuild.
 */
function patchPools(byPool: Map<string, PoolFacts>, before: readonly Resource[], after: readonly Resource[]): boolean {
  if (before.length !== after.length) return false;
  const changed: number[] = [];
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    const a = before[i];
    const b = after[i];
    if (changed.length === 8 || a.kind !== b.kind || a.pool?.key !== b.pool?.key) return false;
    changed.push(i);
  }
  // Check every replacement before making any.
  const plans: { facts: PoolFacts; list: (typeof LISTS)[number]; at: number; resource: Resource }[] = [];
  for (const i of changed) {
    const key = before[i].pool?.key;
    if (key === undefined) continue;
    const facts = byPool.get(key);
    const list = LIST_OF_KIND[before[i].kind];
    const at = facts ? facts[list].indexOf(before[i]) : -1;
    if (!facts || at < 0) return false;
    plans.push({ facts, list, at, resource: after[i] });
  }
  for (const { facts, list, at, resource } of plans) {
    const copy = facts[list].slice();
    copy[at] = resource;
    facts[list] = copy;
  }
  return true;
}

const LIST_OF_KIND = {
  'user-pool': 'pools',
  'app-client': 'clients',
  'resource-server': 'resourceServers',
  domain: 'domains',
  'identity-provider': 'identityProviders',
} as const;

const LISTS = ['pools', 'clients', 'resourceServers', 'domains', 'identityProviders'] as const;

function keepUnchanged(facts: PoolFacts, before: PoolFacts | undefined): void {
  if (!before) return;
  for (const list of LISTS) if (sameItems(facts[list], before[list])) facts[list] = before[list];
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

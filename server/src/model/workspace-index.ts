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
  private readonly external = new Map<string, ExternalScopes>();
  /** Bumped on every change: callers cache per version. */
  version = 0;

  setDocument(uri: string, resources: Resource[]): void {
    const before = this.byUri.get(uri);
    if (!before && resources.length === 0) return;
    if (resources.length === 0) this.byUri.delete(uri);
    else this.byUri.set(uri, resources);
    this.changed();
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
    this.byPool = map;
    return map;
  }

  private changed(): void {
    this.byPool = undefined;
    this.version += 1;
  }
}

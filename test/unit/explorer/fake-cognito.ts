import type { CognitoData, ClientSummary, DomainDescription, Page, PoolSummary, ResourceServer, UserPool, UserPoolClient } from '../../../client/src/aws/data';
import { AwsRequestError, toAwsProblem } from '../../../client/src/aws/errors';
import type { ExplorerBackend, ExplorerListener } from '../../../client/src/explorer/model';
import type { ExplorerNode } from '../../../client/src/explorer/node-base';

export interface FakePool {
  pool: UserPool;
  clients: UserPoolClient[];
  resourceServers: ResourceServer[];
}

type Method = keyof Omit<CognitoData, 'region'>;

/** An in-memory CognitoData with real paging (opaque tokens) and injectable failures, counting calls. */
export class FakeCognito implements CognitoData {
  readonly calls: Record<string, number> = {};
  /** Next call of a method throws this (once per entry). */
  readonly failures = new Map<Method, unknown[]>();
  constructor(readonly region: string, readonly pools: FakePool[], readonly pageSize = 60) {}

  failNext(method: Method, error: unknown): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  private enter(method: Method): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    const queue = this.failures.get(method);
    const e = queue?.shift();
    if (e !== undefined) throw new AwsRequestError(toAwsProblem(e), { cause: e });
  }

  private page<T>(items: T[], token: string | undefined, size = this.pageSize): Page<T> {
    const start = token ? Number(Buffer.from(token, 'base64url').toString()) : 0;
    const end = start + size;
    return { items: items.slice(start, end), nextToken: end < items.length ? Buffer.from(String(end)).toString('base64url') : undefined };
  }

  private find(poolId: string): FakePool {
    const p = this.pools.find((x) => x.pool.Id === poolId);
    if (!p) throw new AwsRequestError(toAwsProblem(Object.assign(new Error(`User pool ${poolId} does not exist.`), { name: 'ResourceNotFoundException' })));
    return p;
  }

  async listPools(token?: string): Promise<Page<PoolSummary>> {
    this.enter('listPools');
    return this.page(this.pools.map((p) => ({ Id: p.pool.Id, Name: p.pool.Name })), token);
  }
  async describePool(poolId: string): Promise<UserPool> {
    this.enter('describePool');
    return this.find(poolId).pool;
  }
  async listClients(poolId: string, token?: string): Promise<Page<ClientSummary>> {
    this.enter('listClients');
    return this.page(this.find(poolId).clients.map((c) => ({ ClientId: c.ClientId, ClientName: c.ClientName, UserPoolId: poolId })), token);
  }
  async describeClient(poolId: string, clientId: string): Promise<UserPoolClient> {
    this.enter('describeClient');
    const c = this.find(poolId).clients.find((x) => x.ClientId === clientId);
    if (!c) throw new AwsRequestError(toAwsProblem(Object.assign(new Error('Client not found'), { name: 'ResourceNotFoundException' })));
    return { UserPoolId: poolId, ...c };
  }
  async listResourceServers(poolId: string, token?: string): Promise<Page<ResourceServer>> {
    this.enter('listResourceServers');
    return this.page(this.find(poolId).resourceServers.map((r) => ({ UserPoolId: poolId, ...r })), token, 50);
  }
  async describeResourceServer(poolId: string, identifier: string): Promise<ResourceServer> {
    this.enter('describeResourceServer');
    const r = this.find(poolId).resourceServers.find((x) => x.Identifier === identifier);
    if (!r) throw new AwsRequestError(toAwsProblem(Object.assign(new Error('not found'), { name: 'ResourceNotFoundException' })));
    return { UserPoolId: poolId, ...r };
  }
  async describeDomain(domain: string): Promise<DomainDescription | undefined> {
    this.enter('describeDomain');
    const p = this.pools.find((x) => x.pool.Domain === domain || x.pool.CustomDomain === domain);
    return p ? { Domain: domain, UserPoolId: p.pool.Id, Status: 'ACTIVE' } : undefined;
  }
}

export function fakeBackend(data: CognitoData, regions = [data.region]): ExplorerBackend {
  return { data: () => data, checkCredentials: async () => undefined, regions: async () => regions };
}

export class RecordingListener implements ExplorerListener {
  readonly changes: (ExplorerNode | undefined)[] = [];
  noCreds: boolean | undefined;
  readonly scopes: { poolId: string; identifiers: string[] }[] = [];
  changed(node?: ExplorerNode): void {
    this.changes.push(node);
  }
  noCredentials(value: boolean): void {
    this.noCreds = value;
  }
  resourceServersLoaded(poolId: string, servers: ResourceServer[]): void {
    this.scopes.push({ poolId, identifiers: servers.map((s) => s.Identifier ?? '') });
  }
}

export const m2mClient = (id: string, name: string, scopes: string[]): UserPoolClient => ({
  ClientId: id, ClientName: name, ClientSecret: 'secret-not-shown', AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: scopes,
});
export const spaClient = (id: string, name: string): UserPoolClient => ({
  ClientId: id, ClientName: name, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['code'], AllowedOAuthScopes: ['openid'], CallbackURLs: ['https://a.example/cb'],
});

/** A realistic small account: one M2M pool with a domain, one empty pool, plus `extra` filler pools. */
export function sampleAccount(extra = 0): FakePool[] {
  const pools: FakePool[] = [
    {
      pool: { Id: 'us-east-1_Orders001', Name: 'orders', UserPoolTier: 'ESSENTIALS', Domain: 'orders-auth', Arn: 'arn:aws:cognito-idp:us-east-1:111122223333:userpool/us-east-1_Orders001' },
      clients: [m2mClient('worker1', 'worker', ['orders/read']), spaClient('web1', 'web'), { ClientId: 'conf1', ClientName: 'backend', ClientSecret: 's', AllowedOAuthFlows: ['code'], AllowedOAuthFlowsUserPoolClient: true }],
      resourceServers: [{ Identifier: 'orders', Name: 'Orders', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read orders' }, { ScopeName: 'write', ScopeDescription: 'Write orders' }] }, { Identifier: 'empty-api', Name: 'Empty', Scopes: [] }],
    },
    { pool: { Id: 'us-east-1_Empty0002', Name: 'empty', UserPoolTier: 'LITE' }, clients: [], resourceServers: [] },
  ];
  for (let i = 0; i < extra; i++) pools.push({ pool: { Id: `us-east-1_Fill${String(i).padStart(5, '0')}`, Name: `fill-${i}` }, clients: [], resourceServers: [] });
  return pools;
}

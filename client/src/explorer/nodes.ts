import type { CognitoData, ClientSummary, Page, PoolSummary, ResourceServer, UserPool, UserPoolClient } from '../aws/data';
import type { AwsProblem } from '../aws/errors';
import { ErrorNode, MessageNode, PagedNode, type ExplorerNode, type NodeHost, type NodeItem } from './node-base';
import { DomainsNode, ResourceServersNode } from './pool-children';

export { DomainNode, DomainsNode, ResourceServerNode, ResourceServersNode, ScopeNode, UrlNode } from './pool-children';

/** What the Cognito nodes need from their surroundings. */
export interface ExplorerHost extends NodeHost {
  readonly profileLabel: string;
  regions(): Promise<string[]>;
  data(region: string): CognitoData;
  /** A credential problem to show instead of regions (expired SSO session…), undefined when fine. */
  credentialProblem(): Promise<AwsProblem | undefined>;
  /** A pool's resource servers were (re)loaded: the language server learns their scopes. */
  resourceServersLoaded?(poolId: string, servers: ResourceServer[]): void;
  /** Background work (tier look-ups) failed; logged, never shown as a popup. */
  warn?(message: string): void;
}

export type ClientKind = { confidential: boolean; m2m: boolean };

export function clientKind(client: UserPoolClient): ClientKind {
  const m2m = !!client.AllowedOAuthFlowsUserPoolClient && (client.AllowedOAuthFlows ?? []).includes('client_credentials');
  return { confidential: typeof client.ClientSecret === 'string' && client.ClientSecret.length > 0, m2m };
}

export class ProfileNode implements ExplorerNode {
  readonly parent = undefined;
  private regionNodes: RegionNode[] | undefined;
  constructor(private readonly host: ExplorerHost) {}
  get id() {
    return `profile:${this.host.profileLabel}`;
  }
  getTreeItem(): NodeItem {
    return { label: this.host.profileLabel, description: 'AWS profile', icon: 'account', contextValue: 'profile refreshable', collapsible: 'expanded' };
  }
  async getChildren(): Promise<ExplorerNode[]> {
    try {
      const problem = await this.host.credentialProblem();
      if (problem) return [new ErrorNode(this, problem)];
      const regions = await this.host.regions();
      const previous = new Map((this.regionNodes ?? []).map((r) => [r.region, r]));
      this.regionNodes = regions.map((r) => previous.get(r) ?? new RegionNode(this.host, this, r));
      return this.regionNodes.length > 0 ? this.regionNodes : [new MessageNode(this, 'No regions: use "Add Region"')];
    } catch (e) {
      return [new ErrorNode(this, e)];
    }
  }
  refresh(): void {
    this.regionNodes = undefined;
    this.host.changed(this);
  }
}

export class RegionNode extends PagedNode<PoolSummary> {
  constructor(host: ExplorerHost, readonly parent: ProfileNode, readonly region: string) {
    super(host);
  }
  private get cognito(): ExplorerHost {
    return this.host as ExplorerHost;
  }
  get id() {
    return `${this.parent.id}/${this.region}`;
  }
  getTreeItem(): NodeItem {
    return { label: this.region, icon: 'globe', contextValue: 'region refreshable', collapsible: 'collapsed' };
  }
  protected fetchPage(token?: string): Promise<Page<PoolSummary>> {
    return this.cognito.data(this.region).listPools(token);
  }
  protected async toNodes(items: PoolSummary[]): Promise<ExplorerNode[]> {
    const nodes = items.filter((p) => p.Id).map((p) => new PoolNode(this.cognito, this, p));
    // Tiers come from DescribeUserPool; look them up in the background (the shared limiter bounds the burst).
    for (const n of nodes) void n.details().then(() => this.host.changed(n), (e: unknown) => this.cognito.warn?.(`DescribeUserPool ${n.poolId}: ${String(e)}`));
    return nodes;
  }
  protected emptyMessage() {
    return `No user pools in ${this.region}`;
  }
}

export class PoolNode implements ExplorerNode {
  private detail: Promise<UserPool> | undefined;
  private resolved: UserPool | undefined;
  private children: ExplorerNode[] | undefined;
  constructor(private readonly host: ExplorerHost, readonly parent: RegionNode, readonly summary: PoolSummary) {}
  get poolId(): string {
    return this.summary.Id ?? '';
  }
  get region(): string {
    return this.parent.region;
  }
  get id() {
    return `${this.parent.id}/${this.poolId}`;
  }
  get arn(): string | undefined {
    return this.resolved?.Arn;
  }
  get data(): CognitoData {
    return this.host.data(this.region);
  }
  details(): Promise<UserPool> {
    this.detail ??= this.data.describePool(this.poolId).then((d) => (this.resolved = d));
    this.detail.catch(() => (this.detail = undefined));
    return this.detail;
  }
  getTreeItem(): NodeItem {
    const tier = this.resolved ? (this.resolved.UserPoolTier ?? 'ESSENTIALS') : undefined;
    return {
      label: this.summary.Name ?? this.poolId,
      description: tier ? `${this.poolId} · ${tier}` : this.poolId,
      tooltip: [`${this.summary.Name ?? ''}`, `Id: ${this.poolId}`, tier && `Tier: ${tier}`, this.resolved?.Arn && `ARN: ${this.resolved.Arn}`].filter(Boolean).join('\n'),
      icon: 'organization',
      contextValue: 'pool refreshable',
      collapsible: 'collapsed',
    };
  }
  async getChildren(): Promise<ExplorerNode[]> {
    this.children ??= [new ClientsNode(this.host, this), new ResourceServersNode(this.host, this), new DomainsNode(this.host, this)];
    return this.children;
  }
  refresh(): void {
    this.detail = undefined;
    this.resolved = undefined;
    this.children = undefined;
    void this.details().then(() => this.host.changed(this), () => undefined);
    this.host.changed(this);
  }
}

export class ClientsNode extends PagedNode<ClientSummary> {
  constructor(host: ExplorerHost, readonly parent: PoolNode) {
    super(host);
  }
  get id() {
    return `${this.parent.id}/clients`;
  }
  getTreeItem(): NodeItem {
    return { label: 'App clients', icon: 'symbol-interface', contextValue: 'clients refreshable', collapsible: 'collapsed' };
  }
  protected fetchPage(token?: string) {
    return this.parent.data.listClients(this.parent.poolId, token);
  }
  protected async toNodes(items: ClientSummary[]): Promise<ExplorerNode[]> {
    // The icon needs the secret and flows, which only DescribeUserPoolClient returns.
    return Promise.all(items.filter((c) => c.ClientId).map(async (c) => {
      try {
        return new ClientNode(this.host as ExplorerHost, this, c, await this.parent.data.describeClient(this.parent.poolId, c.ClientId!));
      } catch (e) {
        return new ClientNode(this.host as ExplorerHost, this, c, undefined, e);
      }
    }));
  }
  protected emptyMessage() {
    return 'No app clients';
  }
}

export class ClientNode implements ExplorerNode {
  constructor(private readonly host: ExplorerHost, readonly parent: ClientsNode, readonly summary: ClientSummary, private detail?: UserPoolClient, private error?: unknown) {}
  get clientId(): string {
    return this.summary.ClientId ?? '';
  }
  get pool(): PoolNode {
    return this.parent.parent;
  }
  get id() {
    return `${this.pool.id}/clients/${this.clientId}`;
  }
  /** A fresh DescribeUserPoolClient (documents and token requests always use the live configuration). */
  async describe(): Promise<UserPoolClient> {
    this.detail = await this.pool.data.describeClient(this.pool.poolId, this.clientId);
    this.error = undefined;
    return this.detail;
  }
  get kind(): ClientKind | undefined {
    return this.detail ? clientKind(this.detail) : undefined;
  }
  getTreeItem(): NodeItem {
    const kind = this.kind;
    const words = ['client', 'refreshable'];
    let icon = 'question';
    let what = 'details unavailable';
    if (kind) {
      words.push(kind.confidential ? 'confidential' : 'public');
      if (kind.m2m) words.push('m2m');
      icon = kind.m2m ? 'server-process' : kind.confidential ? 'lock' : 'unlock';
      what = [kind.m2m ? 'M2M' : undefined, kind.confidential ? 'confidential' : 'public'].filter(Boolean).join(', ');
    }
    const d = this.detail;
    const tooltip = [
      `${this.summary.ClientName ?? ''} (${what})`,
      `Client id: ${this.clientId}`,
      d?.AllowedOAuthFlows?.length ? `OAuth flows: ${d.AllowedOAuthFlows.join(', ')}` : undefined,
      d?.AllowedOAuthScopes?.length ? `Scopes: ${d.AllowedOAuthScopes.join(' ')}` : undefined,
      this.error ? `Describe failed: ${this.error instanceof Error ? this.error.message : String(this.error)}` : undefined,
    ].filter(Boolean).join('\n');
    return {
      label: this.summary.ClientName ?? this.clientId,
      description: `${this.clientId} · ${what}`,
      tooltip,
      icon,
      iconColor: this.error ? 'errorForeground' : undefined,
      contextValue: words.join(' '),
      collapsible: 'none',
      command: { command: 'cognitoLens.openConfiguration', title: 'Open Configuration', arguments: [this] },
    };
  }
  refresh(): void {
    void this.pool.data.describeClient(this.pool.poolId, this.clientId).then(
      (d) => {
        this.detail = d;
        this.error = undefined;
        this.host.changed(this);
      },
      (e: unknown) => {
        this.error = e;
        this.host.changed(this);
      },
    );
  }
}

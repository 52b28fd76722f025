import type { ResourceServer } from '../aws/data';
import { domainBaseUrl, domainNames, tokenEndpointUrl } from '../aws/snapshot';
import { ErrorNode, MessageNode, PagedNode, type ExplorerNode, type NodeItem } from './node-base';
import type { ExplorerHost, PoolNode } from './nodes';

/** The pool's resource servers (with their scopes) and its domains (with the OAuth URLs). */

export class ResourceServersNode extends PagedNode<ResourceServer> {
  constructor(host: ExplorerHost, readonly parent: PoolNode) {
    super(host);
  }
  get id() {
    return `${this.parent.id}/resource-servers`;
  }
  getTreeItem(): NodeItem {
    return { label: 'Resource servers', icon: 'server', contextValue: 'resourceServers refreshable', collapsible: 'collapsed' };
  }
  protected fetchPage(token?: string) {
    return this.parent.data.listResourceServers(this.parent.poolId, token);
  }
  protected async toNodes(items: ResourceServer[]): Promise<ExplorerNode[]> {
    return items.filter((r) => r.Identifier).map((r) => new ResourceServerNode(this, r));
  }
  protected override onLoaded(all: ResourceServer[]): void {
    (this.host as ExplorerHost).resourceServersLoaded?.(this.parent.poolId, all);
  }
  protected emptyMessage() {
    return 'No resource servers';
  }
}

export class ResourceServerNode implements ExplorerNode {
  constructor(readonly parent: ResourceServersNode, readonly server: ResourceServer) {}
  get identifier(): string {
    return this.server.Identifier ?? '';
  }
  get pool(): PoolNode {
    return this.parent.parent;
  }
  get id() {
    return `${this.pool.id}/resource-servers/${this.identifier}`;
  }
  getTreeItem(): NodeItem {
    const n = this.server.Scopes?.length ?? 0;
    return {
      label: this.identifier,
      description: `${this.server.Name ?? ''} · ${n} scope${n === 1 ? '' : 's'}`,
      tooltip: `${this.server.Name ?? ''}\nIdentifier: ${this.identifier}`,
      icon: 'server',
      contextValue: 'resourceServer',
      collapsible: n > 0 ? 'collapsed' : 'none',
    };
  }
  async getChildren(): Promise<ExplorerNode[]> {
    const scopes = this.server.Scopes ?? [];
    if (scopes.length === 0) return [new MessageNode(this, 'No scopes')];
    return scopes.map((s) => new ScopeNode(this, s.ScopeName ?? '', s.ScopeDescription));
  }
}

export class ScopeNode implements ExplorerNode {
  constructor(readonly parent: ResourceServerNode, readonly scopeName: string, readonly scopeDescription?: string) {}
  /** The scope as clients request it: `<identifier>/<name>`. */
  get fullName(): string {
    return `${this.parent.identifier}/${this.scopeName}`;
  }
  get id() {
    return `${this.parent.id}/scopes/${this.scopeName}`;
  }
  getTreeItem(): NodeItem {
    return { label: this.scopeName, description: this.scopeDescription, tooltip: `${this.fullName}${this.scopeDescription ? `\n${this.scopeDescription}` : ''}`, icon: 'symbol-key', contextValue: 'scope', collapsible: 'none' };
  }
}

/** The pool's domains from DescribeUserPool (prefix and custom), each with its OAuth URLs. */
export class DomainsNode implements ExplorerNode {
  constructor(private readonly host: ExplorerHost, readonly parent: PoolNode) {}
  get id() {
    return `${this.parent.id}/domain`;
  }
  getTreeItem(): NodeItem {
    return { label: 'Domain', icon: 'link', contextValue: 'domains refreshable', collapsible: 'collapsed' };
  }
  async getChildren(): Promise<ExplorerNode[]> {
    try {
      const pool = await this.parent.details();
      const names = domainNames(pool);
      if (names.length === 0) return [new MessageNode(this, 'No domain: OAuth 2.0 endpoints (hosted UI, /oauth2/token) need one')];
      return names.map((d) => new DomainNode(this, d, d === pool.CustomDomain));
    } catch (e) {
      return [new ErrorNode(this, e)];
    }
  }
  refresh(): void {
    this.parent.refresh();
    this.host.changed(this);
  }
}

export class DomainNode implements ExplorerNode {
  constructor(readonly parent: DomainsNode, readonly domain: string, readonly custom: boolean) {}
  get pool(): PoolNode {
    return this.parent.parent;
  }
  get id() {
    return `${this.parent.id}/${this.domain}`;
  }
  get hostedUiUrl(): string {
    return domainBaseUrl(this.domain, this.pool.region);
  }
  get tokenUrl(): string {
    return tokenEndpointUrl(this.domain, this.pool.region);
  }
  getTreeItem(): NodeItem {
    return { label: this.domain, description: this.custom ? 'custom domain' : 'prefix domain', tooltip: `Hosted UI: ${this.hostedUiUrl}\nToken endpoint: ${this.tokenUrl}`, icon: 'link', contextValue: 'domain', collapsible: 'collapsed' };
  }
  async getChildren(): Promise<ExplorerNode[]> {
    const out: ExplorerNode[] = [new UrlNode(this, 'Hosted UI', this.hostedUiUrl), new UrlNode(this, 'Token endpoint', this.tokenUrl)];
    try {
      const d = await this.pool.data.describeDomain(this.domain);
      if (d?.Status) out.push(new UrlNode(this, 'Status', d.Status));
    } catch (e) {
      out.push(new ErrorNode(this, e));
    }
    return out;
  }
}

export class UrlNode implements ExplorerNode {
  constructor(readonly parent: DomainNode, readonly label: string, readonly value: string) {}
  get id() {
    return `${this.parent.id}/${this.label}`;
  }
  getTreeItem(): NodeItem {
    return { label: this.label, description: this.value, tooltip: this.value, icon: this.label === 'Status' ? 'pulse' : 'globe', contextValue: 'domainInfo', collapsible: 'none' };
  }
}

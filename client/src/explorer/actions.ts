import { listAll, type ResourceServer } from '../aws/data';
import { configDocument, domainNames, expandTemplate, poolIssuer, tokenEndpointUrl, type ConfigDocument } from '../aws/snapshot';
import { requestClientCredentialsToken } from '../aws/token';
import type { ExplorerNode } from './node-base';
import { ClientNode, PoolNode, ResourceServerNode, ScopeNode, DomainNode, clientKind } from './nodes';

/** The node actions that talk to AWS, without VS Code: commands.ts adds the UI around them. */

export type ConfigurableNode = PoolNode | ClientNode | ResourceServerNode;

export function isConfigurable(node: unknown): node is ConfigurableNode {
  return node instanceof PoolNode || node instanceof ClientNode || node instanceof ResourceServerNode;
}

export function poolOf(node: ConfigurableNode): PoolNode {
  return node instanceof PoolNode ? node : node.pool;
}

/** The live describe output of a pool, client or resource server, as the document Open Configuration shows. */
export async function fetchConfiguration(node: ConfigurableNode): Promise<ConfigDocument> {
  if (node instanceof PoolNode) return configDocument('user-pool', node.poolId, await node.details());
  if (node instanceof ClientNode) return configDocument('app-client', node.clientId, await node.describe());
  const pool = node.pool;
  return configDocument('resource-server', node.identifier, await pool.data.describeResourceServer(pool.poolId, node.identifier));
}

export async function fetchResourceServers(pool: PoolNode): Promise<ResourceServer[]> {
  return listAll((t) => pool.data.listResourceServers(pool.poolId, t));
}

/** What Copy ID copies: pool id, client id, resource server identifier, `<identifier>/<scope>` or the domain. */
export function idOf(node: ExplorerNode): string | undefined {
  if (node instanceof PoolNode) return node.poolId;
  if (node instanceof ClientNode) return node.clientId;
  if (node instanceof ResourceServerNode) return node.identifier;
  if (node instanceof ScopeNode) return node.fullName;
  if (node instanceof DomainNode) return node.domain;
  return undefined;
}

export interface TokenOverrides {
  /** `cognitoLens.endpoint`: with an emulator, the JWKS is served there. */
  endpoint?: string;
  tokenEndpoint?: string;
  jwksUrl?: string;
  expectedIssuer?: string;
}

export interface TokenTarget {
  tokenUrl: string;
  jwksUrl: string;
  issuer: string;
}

/** Where to ask for a pool's tokens and how to verify them, honouring the emulator overrides. */
export async function tokenTarget(pool: PoolNode, o: TokenOverrides): Promise<TokenTarget> {
  const values = { poolId: pool.poolId, region: pool.region };
  let tokenUrl: string;
  const details = await pool.details();
  const domain = domainNames(details)[0];
  if (o.tokenEndpoint) tokenUrl = expandTemplate(o.tokenEndpoint, { ...values, domain });
  else if (domain) tokenUrl = tokenEndpointUrl(domain, pool.region);
  else throw new Error(`user pool ${pool.poolId} has no domain: client_credentials needs the domain's /oauth2/token endpoint`);
  const issuer = o.expectedIssuer ? expandTemplate(o.expectedIssuer, values) : poolIssuer(pool.region, pool.poolId);
  const jwksUrl = o.jwksUrl
    ? expandTemplate(o.jwksUrl, values)
    : o.endpoint
      ? `${o.endpoint.replace(/\/+$/, '')}/${pool.poolId}/.well-known/jwks.json`
      : `${poolIssuer(pool.region, pool.poolId)}/.well-known/jwks.json`;
  return { tokenUrl, jwksUrl, issuer };
}

/** The client's allowed scopes; custom ones are pre-selected because client_credentials grants only those. */
export function scopeChoices(scopes: string[] | undefined): { scope: string; picked: boolean }[] {
  return (scopes ?? []).map((scope) => ({ scope, picked: scope.includes('/') }));
}

export interface TokenResult extends TokenTarget {
  token: string;
  clientId: string;
  clientName: string;
}

/**
 * client_credentials for an app client node: live configuration from DescribeUserPoolClient, the secret from it
 * (or `secret` when the caller holds a remembered one), then the token endpoint. The secret is never returned.
 */
export async function requestClientToken(node: ClientNode, scopes: string[], overrides: TokenOverrides, secret?: string): Promise<TokenResult> {
  const client = await node.describe();
  if (!clientKind(client).m2m) throw new Error(`app client ${node.clientId} does not allow client_credentials`);
  const clientSecret = secret ?? client.ClientSecret;
  if (!clientSecret) throw new Error(`app client ${node.clientId} has no client secret: client_credentials cannot authenticate it`);
  const target = await tokenTarget(node.pool, overrides);
  const response = await requestClientCredentialsToken({ tokenUrl: target.tokenUrl, clientId: node.clientId, clientSecret, scopes });
  return { ...target, token: response.accessToken, clientId: node.clientId, clientName: client.ClientName ?? node.clientId };
}

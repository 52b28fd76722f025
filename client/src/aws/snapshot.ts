import { listAll, type CognitoData, type DomainDescription, type ResourceServer, type UserPool, type UserPoolClient } from './data';
import { REDACTED_SECRET } from '../../../server/src/model/redaction';

/** Shown instead of a client secret in every document the extension or the CLI produces. Matches [\w+]{24,64}. */
export { REDACTED_SECRET };

/**
 * Rules not reported on live documents: the secret in them is the redaction placeholder written by Cognito Lens,
 * not a literal secret in a file someone could commit.
 */
export const LIVE_SUPPRESSED_RULES: ReadonlySet<string> = new Set(['cognito/client-secret-literal']);

export type ConfigKind = 'user-pool' | 'app-client' | 'resource-server' | 'domain';

/** One describe output as the text that gets linted and shown. */
export interface ConfigDocument {
  kind: ConfigKind;
  /** Pool id, client id, resource server identifier or domain. */
  id: string;
  /** Path below the pool: `user-pool.json`, `clients/<id>.json`, `resource-servers/<identifier>.json`, `domain.json`. */
  path: string;
  text: string;
}

export interface PoolSnapshot {
  region: string;
  poolId: string;
  pool: UserPool;
  clients: UserPoolClient[];
  resourceServers: ResourceServer[];
  domains: DomainDescription[];
}

const WRAPPER: Record<ConfigKind, string> = {
  'user-pool': 'UserPool',
  'app-client': 'UserPoolClient',
  'resource-server': 'ResourceServer',
  domain: 'DomainDescription',
};

/** The describe output the AWS CLI would print (`{"UserPoolClient": {...}}`), secret redacted, 4-space indent. */
export function describeText(kind: ConfigKind, value: object): string {
  const copy: Record<string, unknown> = { ...value };
  delete copy.$metadata;
  if (kind === 'app-client' && typeof copy.ClientSecret === 'string') copy.ClientSecret = REDACTED_SECRET;
  return `${JSON.stringify({ [WRAPPER[kind]]: copy }, null, 4)}\n`;
}

export function configPath(kind: ConfigKind, id: string): string {
  if (kind === 'user-pool') return 'user-pool.json';
  if (kind === 'domain') return 'domain.json';
  return `${kind === 'app-client' ? 'clients' : 'resource-servers'}/${encodeURIComponent(id)}.json`;
}

export function configDocument(kind: ConfigKind, id: string, value: object): ConfigDocument {
  return { kind, id, path: configPath(kind, id), text: describeText(kind, value) };
}

/** The pool's domains: the prefix domain and the custom domain, whichever exist. */
export function domainNames(pool: UserPool): string[] {
  return [pool.Domain, pool.CustomDomain].filter((d): d is string => typeof d === 'string' && d.length > 0);
}

/** Reads everything lintable about one pool; the data layer's limiter bounds the parallel describes. */
export async function snapshotPool(data: CognitoData, poolId: string): Promise<PoolSnapshot> {
  const [pool, summaries, resourceServers] = await Promise.all([
    data.describePool(poolId),
    listAll((t) => data.listClients(poolId, t)),
    listAll((t) => data.listResourceServers(poolId, t)),
  ]);
  const clients = await Promise.all(summaries.map((c) => data.describeClient(poolId, c.ClientId ?? '')));
  const domains = (await Promise.all(domainNames(pool).map((d) => data.describeDomain(d)))).filter((d): d is DomainDescription => !!d);
  return { region: data.region, poolId, pool, clients, resourceServers, domains };
}

export function snapshotDocuments(s: PoolSnapshot): ConfigDocument[] {
  return [
    configDocument('user-pool', s.poolId, s.pool),
    ...s.resourceServers.map((r) => configDocument('resource-server', r.Identifier ?? '', r)),
    ...s.clients.map((c) => configDocument('app-client', c.ClientId ?? '', c)),
    ...s.domains.map((d) => configDocument('domain', d.Domain ?? '', d)),
  ];
}

/** Hosted UI base URL of a domain: a prefix domain lives under amazoncognito.com, a custom one is its own host. */
export function domainBaseUrl(domain: string, region: string): string {
  return domain.includes('.') ? `https://${domain}` : `https://${domain}.auth.${region}.amazoncognito.com`;
}

export function tokenEndpointUrl(domain: string, region: string): string {
  return `${domainBaseUrl(domain, region)}/oauth2/token`;
}

/** The issuer Cognito puts in a pool's tokens. */
export function poolIssuer(region: string, poolId: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/${poolId}`;
}

/** `{poolId}`, `{region}` and `{domain}` placeholders in override settings. */
export function expandTemplate(template: string, values: { poolId: string; region: string; domain?: string }): string {
  return template.replace(/\{(poolId|region|domain)\}/g, (_, k: 'poolId' | 'region' | 'domain') => values[k] ?? '');
}

export type { UserPoolClient, ResourceServer, UserPool, DomainDescription };

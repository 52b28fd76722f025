import {
  CognitoIdentityProviderClient,
  DescribeResourceServerCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ListResourceServersCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  type DomainDescriptionType,
  type ResourceServerType,
  type UserPoolClientDescription,
  type UserPoolClientType,
  type UserPoolDescriptionType,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import { AwsRequestError, toAwsProblem, type AwsProblem } from './errors';
import { Limiter } from './limit';

type AwsCredentialIdentityProvider = ReturnType<typeof fromNodeProviderChain>;
type AwsCredentialIdentity = Awaited<ReturnType<AwsCredentialIdentityProvider>>;

export type PoolSummary = UserPoolDescriptionType;
export type UserPool = UserPoolType;
export type ClientSummary = UserPoolClientDescription;
export type UserPoolClient = UserPoolClientType;
export type ResourceServer = ResourceServerType;
export type DomainDescription = DomainDescriptionType;

export interface Page<T> {
  items: T[];
  nextToken?: string;
}

/** The explorer's and `cognito-lint live`'s only view of Cognito: read-only calls, one region. */
export interface CognitoData {
  readonly region: string;
  listPools(nextToken?: string): Promise<Page<PoolSummary>>;
  describePool(poolId: string): Promise<UserPool>;
  listClients(poolId: string, nextToken?: string): Promise<Page<ClientSummary>>;
  describeClient(poolId: string, clientId: string): Promise<UserPoolClient>;
  listResourceServers(poolId: string, nextToken?: string): Promise<Page<ResourceServer>>;
  describeResourceServer(poolId: string, identifier: string): Promise<ResourceServer>;
  /** Undefined when the domain does not exist. */
  describeDomain(domain: string): Promise<DomainDescription | undefined>;
}

export interface AwsSettings {
  /** Named profile; empty/undefined = the SDK default chain (AWS_PROFILE, environment, default, SSO, IMDS…). */
  profile?: string;
  /** Endpoint override, e.g. http://127.0.0.1:5000 for moto. */
  endpoint?: string;
}

/** Page sizes: the maxima the APIs accept, so big accounts need as few calls as possible. */
export const PAGE_SIZE = { pools: 60, clients: 60, resourceServers: 50 } as const;

/** Attempts per call, with the SDK's adaptive (client-side rate limiting) retry mode for throttling. */
export const MAX_ATTEMPTS = 5;

/** The read-only Cognito actions the extension and the CLI call (the README's IAM policy lists exactly these). */
export const READ_ONLY_ACTIONS = [
  'cognito-idp:ListUserPools',
  'cognito-idp:DescribeUserPool',
  'cognito-idp:ListUserPoolClients',
  'cognito-idp:DescribeUserPoolClient',
  'cognito-idp:ListResourceServers',
  'cognito-idp:DescribeResourceServer',
  'cognito-idp:DescribeUserPoolDomain',
] as const;

const LOCAL_CREDENTIALS: AwsCredentialIdentity = { accessKeyId: 'local-emulator', secretAccessKey: 'local-emulator' };

export function isLoopbackEndpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return false;
  try {
    const host = new URL(endpoint).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/**
 * The credential chain for a profile (SSO / IAM Identity Center, credential_process, assumed roles, static keys,
 * environment, container and instance metadata). A local emulator does not check signatures, so when the endpoint
 * is a loopback address and no credentials exist, dummy ones are used instead of failing.
 */
export function credentialProvider(settings: AwsSettings): AwsCredentialIdentityProvider {
  const chain = fromNodeProviderChain(settings.profile ? { profile: settings.profile } : {});
  if (!isLoopbackEndpoint(settings.endpoint)) return chain;
  return async () => {
    try {
      return await chain();
    } catch {
      return LOCAL_CREDENTIALS;
    }
  };
}

/** Resolves credentials once; a problem (no credentials, expired SSO session…) or undefined when they are fine. */
export async function checkCredentials(settings: AwsSettings): Promise<AwsProblem | undefined> {
  try {
    await credentialProvider(settings)();
    return undefined;
  } catch (e) {
    return toAwsProblem(e);
  }
}

export function createCognitoClient(region: string, settings: AwsSettings, credentials = credentialProvider(settings)): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region,
    endpoint: settings.endpoint || undefined,
    credentials,
    retryMode: 'adaptive',
    maxAttempts: MAX_ATTEMPTS,
  });
}

/** Strips the SDK's `$metadata` so outputs serialise like the AWS CLI's describe output. */
function clean<T extends object>(value: T): T {
  const { $metadata: _ignored, ...rest } = value as T & { $metadata?: unknown };
  return rest as T;
}

/**
 * The typed data layer over one region's client. Every call goes through the shared limiter (≤ 4 in flight) and
 * failures become AwsRequestErrors carrying the mapped cause.
 */
export function createCognitoData(client: CognitoIdentityProviderClient, region: string, limiter: Limiter): CognitoData {
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await limiter.run(fn);
    } catch (e) {
      throw e instanceof AwsRequestError ? e : new AwsRequestError(toAwsProblem(e), { cause: e });
    }
  };
  return {
    region,
    listPools: (nextToken) => call(async () => {
      const out = await client.send(new ListUserPoolsCommand({ MaxResults: PAGE_SIZE.pools, NextToken: nextToken }));
      return { items: out.UserPools ?? [], nextToken: out.NextToken || undefined };
    }),
    describePool: (poolId) => call(async () => clean((await client.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))).UserPool ?? {})),
    listClients: (poolId, nextToken) => call(async () => {
      const out = await client.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: PAGE_SIZE.clients, NextToken: nextToken }));
      return { items: out.UserPoolClients ?? [], nextToken: out.NextToken || undefined };
    }),
    describeClient: (poolId, clientId) => call(async () => clean((await client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))).UserPoolClient ?? {})),
    listResourceServers: (poolId, nextToken) => call(async () => {
      const out = await client.send(new ListResourceServersCommand({ UserPoolId: poolId, MaxResults: PAGE_SIZE.resourceServers, NextToken: nextToken }));
      return { items: out.ResourceServers ?? [], nextToken: out.NextToken || undefined };
    }),
    describeResourceServer: (poolId, identifier) => call(async () => clean((await client.send(new DescribeResourceServerCommand({ UserPoolId: poolId, Identifier: identifier }))).ResourceServer ?? {})),
    describeDomain: (domain) => call(async () => {
      const out = (await client.send(new DescribeUserPoolDomainCommand({ Domain: domain }))).DomainDescription;
      // Cognito answers an unknown domain with an empty description rather than an error.
      return out && (out.UserPoolId || out.Domain) ? clean(out) : undefined;
    }),
  };
}

/** Follows NextToken until the end (or `limit` items). */
export async function listAll<T>(fetchPage: (nextToken?: string) => Promise<Page<T>>, limit = Infinity): Promise<T[]> {
  const items: T[] = [];
  let token: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await fetchPage(token);
    items.push(...page.items);
    token = page.nextToken;
    // A server that hands back the same token forever would otherwise loop.
    if (token !== undefined) {
      if (seen.has(token)) break;
      seen.add(token);
    }
  } while (token !== undefined && items.length < limit);
  return items;
}

/** One data layer per region, sharing credentials and the concurrency limiter. */
export class CognitoDataFactory {
  private readonly byRegion = new Map<string, CognitoData>();
  private readonly credentials: AwsCredentialIdentityProvider;

  constructor(readonly settings: AwsSettings, readonly limiter = new Limiter(4)) {
    this.credentials = credentialProvider(settings);
  }

  forRegion(region: string): CognitoData {
    let data = this.byRegion.get(region);
    if (!data) {
      data = createCognitoData(createCognitoClient(region, this.settings, this.credentials), region, this.limiter);
      this.byRegion.set(region, data);
    }
    return data;
  }
}

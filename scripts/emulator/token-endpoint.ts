import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { importJWK, SignJWT, type KeyLike } from 'jose';
import { CognitoDataFactory, listAll, type CognitoData, type UserPoolClient } from '../../client/src/aws/data';
import { AwsRequestError } from '../../client/src/aws/errors';
import { loadMotoSigningKey } from './rsa';

export interface TokenEndpoint {
  /** `http://127.0.0.1:PORT/oauth2/token`: finds the client in any pool. `/{poolId}/oauth2/token` is pool-scoped. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface TokenEndpointOptions {
  /** The moto endpoint whose clients are looked up. */
  motoEndpoint: string;
  region?: string;
  port?: number;
}

interface OAuthError {
  status: number;
  error: string;
  description?: string;
}

const oauthError = (status: number, error: string, description?: string): OAuthError => ({ status, error, description });

/** Standard OIDC scopes: Cognito grants none of them to client_credentials. */
const isCustomScope = (s: string) => s.includes('/');

const UNIT_SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

function accessTokenSeconds(client: UserPoolClient): number {
  const value = client.AccessTokenValidity ?? 60;
  const unit = client.TokenValidityUnits?.AccessToken ?? 'minutes';
  return value * (UNIT_SECONDS[unit] ?? 60);
}

/** Decodes a Basic Authorization header (RFC 6749 §2.3.1: both parts form-urlencoded). */
function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  try {
    return { id: dec(decoded.slice(0, colon)), secret: dec(decoded.slice(colon + 1)) };
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw oauthError(400, 'invalid_request', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A small, honest client_credentials token endpoint over moto (which has none): the client is looked up in moto, its
 * secret checked from Basic auth, the grant and scopes checked like Cognito does, and the access token signed with
 * moto's own key (kid `dummy`) so it verifies against moto's `/{poolId}/.well-known/jwks.json`.
 */
export async function startTokenEndpoint(options: TokenEndpointOptions): Promise<TokenEndpoint> {
  const region = options.region ?? 'us-east-1';
  const data = new CognitoDataFactory({ endpoint: options.motoEndpoint }).forRegion(region);
  const jwk = loadMotoSigningKey();
  const key = (await importJWK({ ...jwk, alg: 'RS256' }, 'RS256')) as KeyLike;
  const poolOfClient = new Map<string, string>();

  const findPool = async (clientId: string): Promise<string | undefined> => {
    const cached = poolOfClient.get(clientId);
    if (cached) return cached;
    for (const pool of await listAll((t) => data.listPools(t))) {
      const clients = await listAll((t) => data.listClients(pool.Id ?? '', t));
      for (const c of clients) if (c.ClientId && pool.Id) poolOfClient.set(c.ClientId, pool.Id);
    }
    return poolOfClient.get(clientId);
  };

  const handle = async (req: IncomingMessage, scopedPool: string | undefined): Promise<Record<string, unknown>> => {
    if (req.method !== 'POST') throw oauthError(405, 'invalid_request', 'the token endpoint accepts POST only');
    if (!/^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '')) throw oauthError(400, 'invalid_request', 'content-type must be application/x-www-form-urlencoded');
    const form = new URLSearchParams(await readBody(req));
    const grant = form.get('grant_type');
    if (!grant) throw oauthError(400, 'invalid_request', 'grant_type is missing');
    if (grant !== 'client_credentials') throw oauthError(400, 'unsupported_grant_type');
    const basic = parseBasic(req.headers.authorization);
    if (!basic) throw oauthError(401, 'invalid_client', 'client authentication (Basic) is required');
    const bodyId = form.get('client_id');
    if (bodyId && bodyId !== basic.id) throw oauthError(400, 'invalid_request', 'client_id does not match the authenticated client');
    const poolId = scopedPool ?? (await findPool(basic.id));
    if (!poolId) throw oauthError(401, 'invalid_client');
    const client = await describe(data, poolId, basic.id);
    // Cognito compares against the client's secret; a public client cannot authenticate at all.
    if (!client?.ClientSecret || client.ClientSecret !== basic.secret) throw oauthError(401, 'invalid_client');
    if (!client.AllowedOAuthFlowsUserPoolClient || !(client.AllowedOAuthFlows ?? []).includes('client_credentials')) throw oauthError(400, 'unauthorized_client');
    const pool = await data.describePool(poolId);
    if (!pool.Domain && !pool.CustomDomain) throw oauthError(400, 'invalid_request', 'the user pool has no domain');
    const allowed = client.AllowedOAuthScopes ?? [];
    const requested = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
    const defined = new Set((await listAll((t) => data.listResourceServers(poolId, t))).flatMap((rs) => (rs.Scopes ?? []).map((s) => `${rs.Identifier}/${s.ScopeName}`)));
    let granted: string[];
    if (requested.length > 0) {
      if (requested.some((s) => !allowed.includes(s) || !isCustomScope(s) || !defined.has(s))) throw oauthError(400, 'invalid_scope');
      granted = [...new Set(requested)];
    } else {
      granted = allowed.filter((s) => isCustomScope(s) && defined.has(s));
      if (granted.length === 0) throw oauthError(400, 'invalid_scope');
    }
    const now = Math.floor(Date.now() / 1000);
    const lifetime = accessTokenSeconds(client);
    const token = await new SignJWT({ client_id: basic.id, token_use: 'access', scope: granted.join(' '), auth_time: now, version: 2, jti: randomUUID() })
      .setProtectedHeader({ alg: 'RS256', kid: jwk.kid ?? 'dummy' })
      .setSubject(basic.id)
      .setIssuer(`https://cognito-idp.${poolId.split('_')[0] || region}.amazonaws.com/${poolId}`)
      .setIssuedAt(now)
      .setExpirationTime(now + lifetime)
      .sign(key);
    return { access_token: token, expires_in: lifetime, token_type: 'Bearer' };
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8', 'cache-control': 'no-store', pragma: 'no-cache' });
    res.end(JSON.stringify(body));
  };

  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const m = /^(?:\/([\w-]+_[0-9A-Za-z]+))?\/oauth2\/token\/?$/.exec(path);
    if (!m) {
      send(res, 404, { error: 'not_found' });
      return;
    }
    handle(req, m[1]).then(
      (body) => send(res, 200, body),
      (e: unknown) => {
        if (e && typeof e === 'object' && 'error' in e && 'status' in e) {
          const err = e as OAuthError;
          send(res, err.status, err.description ? { error: err.error, error_description: err.description } : { error: err.error });
        } else if (e instanceof AwsRequestError && e.problem.kind === 'not-found') {
          send(res, 401, { error: 'invalid_client' });
        } else {
          send(res, 500, { error: 'server_error', error_description: e instanceof Error ? e.message : String(e) });
        }
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/oauth2/token`,
    port,
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

async function describe(data: CognitoData, poolId: string, clientId: string): Promise<UserPoolClient | undefined> {
  try {
    return await data.describeClient(poolId, clientId);
  } catch (e) {
    if (e instanceof AwsRequestError && e.problem.kind === 'not-found') return undefined;
    throw e;
  }
}

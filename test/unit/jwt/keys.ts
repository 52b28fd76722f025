// Test keys and tokens: every key is generated per run, nothing is read from disk.
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';

export const REGION = 'eu-west-1';
export const POOL_ID = 'eu-west-1_AbC123xyz';
export const ISSUER = `https://cognito-idp.${REGION}.amazonaws.com/${POOL_ID}`;
export const CLIENT_ID = '4kq0example0client0id00000';
export const NOW_MS = Date.UTC(2026, 10, 22, 12, 0, 0);
export const NOW_S = NOW_MS / 1000;

export interface TestKey {
  alg: 'RS256' | 'ES256';
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
}

export async function makeKey(alg: 'RS256' | 'ES256', kid: string): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { alg, kid, privateKey, publicJwk };
}

export function accessClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: 'a1b2c3d4-0000-4000-8000-000000000001',
    'cognito:groups': ['admins'],
    iss: ISSUER,
    version: 2,
    client_id: CLIENT_ID,
    origin_jti: 'b7e1-origin',
    event_id: 'e1-event',
    token_use: 'access',
    scope: 'orders/read aws.cognito.signin.user.admin',
    auth_time: NOW_S - 600,
    exp: NOW_S + 3000,
    iat: NOW_S - 600,
    jti: 'j1',
    username: 'alice',
    ...overrides,
  };
}

export function idClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    sub: 'a1b2c3d4-0000-4000-8000-000000000001',
    aud: CLIENT_ID,
    email_verified: true,
    iss: ISSUER,
    'cognito:username': 'alice',
    token_use: 'id',
    auth_time: NOW_S - 600,
    exp: NOW_S + 3000,
    iat: NOW_S - 600,
    email: 'alice@example.com',
    ...overrides,
  };
}

export async function sign(key: TestKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: key.alg, kid: key.kid, ...header }).sign(key.privateKey);
}

export function b64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A token with an arbitrary header and signature bytes, for cases a signing library refuses to produce. */
export function rawToken(header: Record<string, unknown>, claims: Record<string, unknown>, signature = ''): string {
  return `${b64url(header)}.${b64url(claims)}.${signature}`;
}

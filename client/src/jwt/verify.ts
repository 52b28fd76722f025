// Verification of Cognito JWTs, after what aws-jwt-verify checks. Pure apart from the injected fetch and clock.
import { compactVerify, importJWK, type JWK } from 'jose';
import type { DecodedJwt } from './decode';
import { parseIssuer } from './explain';

export const ALLOWED_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'ES256', 'ES384', 'ES512'];

export interface Jwks {
  keys: JWK[];
}

/** Where the keys come from: a URL (fetched through the cache) or keys already in hand (a file, a pasted JWKS). */
export type JwksSource = { kind: 'url'; url: string } | { kind: 'keys'; jwks: Jwks };

export interface Check {
  name: string;
  ok: boolean;
  message: string;
}

export type SignatureStatus = 'valid' | 'invalid' | 'unverified';

export interface VerifyResult {
  signature: SignatureStatus;
  checks: Check[];
  /** True only when the signature was verified and every check passed. */
  valid: boolean;
}

export interface VerifyOptions {
  /** Default: `{iss}/.well-known/jwks.json`, and only when `iss` passed its check and `fetchFromIssuer` is not false. */
  jwks?: JwksSource;
  fetchFromIssuer?: boolean;
  /** When set, `iss` must equal it exactly. */
  issuer?: string;
  /** Issuers accepted in addition to real Cognito issuers (emulators). */
  extraIssuers?: string[];
  tokenUse?: 'id' | 'access';
  /** Compared with `client_id` (access tokens) or `aud` (ID tokens). */
  clientId?: string | string[];
  /** At least one of these must be in `scope` (as aws-jwt-verify does). */
  scopes?: string[];
  /** At least one of these must be in `cognito:groups` (as aws-jwt-verify does). */
  groups?: string[];
  clockToleranceSeconds?: number;
  now?: () => number;
  cache?: JwksCache;
}

export type FetchLike = (url: string, init: { signal: AbortSignal; headers: Record<string, string> }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export type KeyLookup = { ok: true; jwk: JWK } | { ok: false; reason: string; unknownKid: boolean };

/**
 * JWKS cache keyed by URL, looked up by kid. An unknown kid triggers one refetch (keys rotate); after a refetch that
 * did not help, or a failed fetch, the URL is not fetched again for `penaltyMs`, so a flood of bogus kids cannot turn
 * us into a request amplifier.
 */
export class JwksCache {
  private readonly entries = new Map<string, { jwks?: Jwks; blockedUntil: number }>();
  private readonly fetch: FetchLike;
  private readonly timeoutMs: number;
  private readonly penaltyMs: number;
  private readonly now: () => number;

  constructor(options: { fetch?: FetchLike; timeoutMs?: number; penaltyMs?: number; now?: () => number } = {}) {
    this.fetch = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.penaltyMs = options.penaltyMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  async getKey(url: string, kid: string): Promise<KeyLookup> {
    const entry = this.entries.get(url) ?? { blockedUntil: 0 };
    this.entries.set(url, entry);
    const cached = entry.jwks?.keys.find((k) => k.kid === kid);
    if (cached) return { ok: true, jwk: cached };
    if (this.now() < entry.blockedUntil) {
      const why = entry.jwks ? `no key with kid "${kid}" in the JWKS` : 'the JWKS could not be fetched';
      return { ok: false, reason: `${why} (not fetched again for ${Math.ceil((entry.blockedUntil - this.now()) / 1000)} s)`, unknownKid: entry.jwks !== undefined };
    }
    const fetched = await this.fetchJwks(url);
    if (!fetched.ok) {
      entry.blockedUntil = this.now() + this.penaltyMs;
      return { ok: false, reason: fetched.reason, unknownKid: false };
    }
    entry.jwks = fetched.jwks;
    const key = fetched.jwks.keys.find((k) => k.kid === kid);
    if (key) return { ok: true, jwk: key };
    entry.blockedUntil = this.now() + this.penaltyMs;
    return { ok: false, reason: `no key with kid "${kid}" in the JWKS at ${url}`, unknownKid: true };
  }

  private async fetchJwks(url: string): Promise<{ ok: true; jwks: Jwks } | { ok: false; reason: string }> {
    // A ref'd timer rather than AbortSignal.timeout(): the latter does not keep Node's event loop alive.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(Object.assign(new Error('timeout'), { name: 'TimeoutError' })), this.timeoutMs);
    try {
      const res = await this.fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } });
      if (!res.ok) return { ok: false, reason: `JWKS fetch failed: HTTP ${res.status} from ${url}` };
      const body = await res.json();
      return isJwks(body) ? { ok: true, jwks: body } : { ok: false, reason: `${url} did not return a JWKS ({"keys": [...]})` };
    } catch (e) {
      const name = (e as { name?: string }).name;
      const why = name === 'TimeoutError' || name === 'AbortError' ? `timed out after ${this.timeoutMs} ms` : e instanceof Error ? e.message : String(e);
      return { ok: false, reason: `JWKS fetch failed: ${why} (${url})` };
    } finally {
      clearTimeout(timer);
    }
  }
}

export function isJwks(value: unknown): value is Jwks {
  const keys = (value as { keys?: unknown } | null)?.keys;
  return Array.isArray(keys) && keys.every((k) => typeof k === 'object' && k !== null);
}

/** Fills `{poolId}` and `{region}` of a JWKS URL template (the `cognitoLens.jwksUrl` setting) from the issuer. */
export function resolveJwksUrl(template: string, issuer: string | undefined): string {
  const info = issuer ? parseIssuer(issuer) : undefined;
  const poolId = info?.poolId ?? issuer?.split('/').pop() ?? '';
  const region = info?.region ?? poolId.split('_')[0] ?? '';
  return template.replaceAll('{poolId}', poolId).replaceAll('{region}', region);
}

const check = (name: string, ok: boolean, message: string): Check => ({ name, ok, message });

export async function verifyJwt(jwt: DecodedJwt, options: VerifyOptions = {}): Promise<VerifyResult> {
  const now = (options.now ?? Date.now)();
  const algCheck = checkAlgorithm(jwt.header.alg);
  const issCheck = checkIssuer(jwt.payload.iss, options);
  const sig = algCheck.ok ? await checkSignature(jwt, issCheck.ok, options) : { status: 'invalid' as const, message: 'not checked: the algorithm is not allowed' };
  const checks = [algCheck, check('signature', sig.status === 'valid', sig.message), issCheck, ...checkClaims(jwt, options, now)];
  return { signature: sig.status, checks, valid: sig.status === 'valid' && checks.every((c) => c.ok) };
}

function checkAlgorithm(alg: unknown): Check {
  const name = String(alg);
  if (ALLOWED_ALGORITHMS.includes(name)) return check('alg', true, `${name} is allowed`);
  if (name.toLowerCase() === 'none') return check('alg', false, 'alg "none" is rejected: the token is unsigned and anyone could have written it');
  if (/^HS/i.test(name)) return check('alg', false, `${name} is rejected: Cognito signs with RS256; an HMAC token checked with the public key is a key-confusion attack`);
  return check('alg', false, `${name} is not allowed (expected one of ${ALLOWED_ALGORITHMS.join(', ')})`);
}

function checkIssuer(iss: unknown, options: VerifyOptions): Check {
  if (typeof iss !== 'string') return check('iss', false, 'the token has no "iss" claim');
  if (options.issuer !== undefined) {
    return iss === options.issuer ? check('iss', true, `issuer is ${iss}`) : check('iss', false, `issuer ${iss} is not the expected ${options.issuer}`);
  }
  if (options.extraIssuers?.includes(iss)) return check('iss', true, `issuer ${iss} is the configured emulator issuer`);
  const info = parseIssuer(iss);
  if (info.cognito) return check('iss', true, `Cognito user pool ${info.poolId} in ${info.region}`);
  return check('iss', false, `issuer ${iss} is not a Cognito user pool issuer (https://cognito-idp.<region>.amazonaws.com/<region>_<id>)`);
}

async function checkSignature(jwt: DecodedJwt, issuerTrusted: boolean, options: VerifyOptions): Promise<{ status: SignatureStatus; message: string }> {
  const kid = jwt.header.kid;
  if (typeof kid !== 'string' || kid.length === 0) return { status: 'invalid', message: 'the header has no "kid": Cognito always names its signing key' };
  let lookup: KeyLookup;
  if (options.jwks?.kind === 'keys') {
    const jwk = options.jwks.jwks.keys.find((k) => k.kid === kid);
    lookup = jwk ? { ok: true, jwk } : { ok: false, reason: `no key with kid "${kid}" in the given JWKS`, unknownKid: true };
  } else {
    let url = options.jwks?.url;
    if (url === undefined) {
      // Never fetch keys from an untrusted issuer: a forged token would bring its own JWKS along.
      if (!issuerTrusted) return { status: 'unverified', message: 'not checked: the issuer is not trusted, so its JWKS was not fetched' };
      if (options.fetchFromIssuer === false) return { status: 'unverified', message: 'not checked: no JWKS given' };
      url = `${String(jwt.payload.iss)}/.well-known/jwks.json`;
    }
    lookup = await (options.cache ?? new JwksCache()).getKey(url, kid);
  }
  if (!lookup.ok) return { status: lookup.unknownKid ? 'invalid' : 'unverified', message: lookup.reason };
  return verifyWithKey(jwt, lookup.jwk);
}

async function verifyWithKey(jwt: DecodedJwt, jwk: JWK): Promise<{ status: SignatureStatus; message: string }> {
  const alg = String(jwt.header.alg);
  if (jwk.use !== undefined && jwk.use !== 'sig') return { status: 'invalid', message: `key "${jwk.kid}" is not a signing key (use: ${jwk.use})` };
  if (jwk.alg !== undefined && jwk.alg !== alg) return { status: 'invalid', message: `key "${jwk.kid}" is for ${jwk.alg}, the token says ${alg}` };
  try {
    const key = await importJWK(jwk, alg);
    await compactVerify(jwt.token, key, { algorithms: [alg] });
    return { status: 'valid', message: `signed by key "${jwk.kid}" (${alg})` };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return { status: 'invalid', message: `the signature does not match key "${jwk.kid}": the token was altered or signed by another key` };
    return { status: 'invalid', message: `cannot verify with key "${jwk.kid}": ${e instanceof Error ? e.message : String(e)}` };
  }
}

function checkClaims(jwt: DecodedJwt, options: VerifyOptions, now: number): Check[] {
  const p = jwt.payload;
  const checks: Check[] = [];
  const use = p.token_use;
  if (options.tokenUse !== undefined) {
    checks.push(check('token_use', use === options.tokenUse, use === options.tokenUse ? `token_use is ${String(use)}` : `token_use is ${JSON.stringify(use)}, expected ${options.tokenUse}`));
  } else {
    const ok = use === 'id' || use === 'access';
    checks.push(check('token_use', ok, ok ? `token_use is ${String(use)}` : `token_use is ${JSON.stringify(use)}, expected "id" or "access"`));
  }
  const expected = typeof options.clientId === 'string' ? [options.clientId] : options.clientId;
  if (expected && expected.length > 0) {
    const claim = use === 'id' ? 'aud' : use === 'access' ? 'client_id' : p.client_id !== undefined ? 'client_id' : 'aud';
    const actual = p[claim];
    const ok = typeof actual === 'string' && expected.includes(actual);
    checks.push(check(claim, ok, ok ? `${claim} is ${actual}` : `${claim} is ${JSON.stringify(actual)}, expected ${expected.join(' or ')}`));
  }
  if (options.scopes && options.scopes.length > 0) {
    const granted = typeof p.scope === 'string' ? p.scope.split(/\s+/) : [];
    const hit = options.scopes.filter((s) => granted.includes(s));
    checks.push(check('scope', hit.length > 0, hit.length > 0 ? `has scope ${hit.join(', ')}` : `none of ${options.scopes.join(', ')} in scope ${JSON.stringify(p.scope ?? '')}`));
  }
  if (options.groups && options.groups.length > 0) {
    const member = Array.isArray(p['cognito:groups']) ? (p['cognito:groups'] as unknown[]) : [];
    const hit = options.groups.filter((g) => member.includes(g));
    checks.push(check('cognito:groups', hit.length > 0, hit.length > 0 ? `member of ${hit.join(', ')}` : `not a member of ${options.groups.join(' or ')}`));
  }
  return [...checks, ...checkTimes(p, now, (options.clockToleranceSeconds ?? 60) * 1000)];
}

function checkTimes(p: Record<string, unknown>, now: number, toleranceMs: number): Check[] {
  const checks: Check[] = [];
  const grace = `${toleranceMs / 1000} s grace`;
  if (typeof p.exp !== 'number') checks.push(check('exp', false, 'the token has no numeric "exp": it would never expire'));
  else if (p.exp * 1000 + toleranceMs <= now) checks.push(check('exp', false, `expired at ${iso(p.exp)} (${grace})`));
  else checks.push(check('exp', true, `expires at ${iso(p.exp)}`));
  if (p.nbf !== undefined) {
    const ok = typeof p.nbf === 'number' && p.nbf * 1000 - toleranceMs <= now;
    checks.push(check('nbf', ok, ok ? 'already valid (nbf)' : `not valid before ${typeof p.nbf === 'number' ? iso(p.nbf) : JSON.stringify(p.nbf)} (${grace})`));
  }
  if (p.iat !== undefined) {
    const iat = p.iat;
    let problem: string | undefined;
    if (typeof iat !== 'number') problem = '"iat" is not a number';
    else if (iat * 1000 - toleranceMs > now) problem = `issued in the future (${iso(iat)})`;
    else if (typeof p.exp === 'number' && iat > p.exp) problem = 'issued after it expires (iat > exp)';
    checks.push(check('iat', problem === undefined, problem ?? 'issued in the past'));
  }
  return checks;
}

function iso(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  return Number.isNaN(date.getTime()) ? String(epochSeconds) : date.toISOString();
}

import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { exportSPKI, importJWK } from 'jose';
import { decodeJwt, type DecodedJwt } from '../../../client/src/jwt/decode';
import { JwksCache, resolveJwksUrl, verifyJwt, type FetchLike, type VerifyOptions, type VerifyResult } from '../../../client/src/jwt/verify';
import { accessClaims, b64url, CLIENT_ID, idClaims, ISSUER, makeKey, NOW_MS, NOW_S, rawToken, sign, type TestKey } from './keys';

function decoded(token: string): DecodedJwt {
  const r = decodeJwt(token);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.jwt;
}

function failed(result: VerifyResult): string[] {
  return result.checks.filter((c) => !c.ok).map((c) => c.name);
}

let rsa: TestKey;
let ec: TestKey;
let other: TestKey;
let base: VerifyOptions;

before(async () => {
  rsa = await makeKey('RS256', 'rsa-1');
  ec = await makeKey('ES256', 'ec-1');
  other = await makeKey('RS256', 'rsa-1'); // same kid, different key: a forgery
  base = { jwks: { kind: 'keys', jwks: { keys: [rsa.publicJwk, ec.publicJwk] } }, now: () => NOW_MS, clientId: CLIENT_ID };
});

describe('verifyJwt signature', () => {
  it('accepts an RS256 access token', async () => {
    const r = await verifyJwt(decoded(await sign(rsa, accessClaims())), { ...base, tokenUse: 'access' });
    assert.deepEqual(failed(r), []);
    assert.equal(r.signature, 'valid');
    assert.equal(r.valid, true);
    assert.deepEqual(r.checks.map((c) => c.name), ['alg', 'signature', 'iss', 'token_use', 'client_id', 'exp', 'iat']);
  });

  it('accepts an ES256 ID token, checking aud against the client id', async () => {
    const r = await verifyJwt(decoded(await sign(ec, idClaims())), { ...base, tokenUse: 'id' });
    assert.equal(r.valid, true, JSON.stringify(r.checks));
    assert.ok(r.checks.some((c) => c.name === 'aud' && c.ok));
  });

  it('rejects a tampered payload', async () => {
    const token = await sign(rsa, accessClaims());
    const [h, , s] = token.split('.');
    const r = await verifyJwt(decoded(`${h}.${b64url(accessClaims({ 'cognito:groups': ['root'] }))}.${s}`), base);
    assert.equal(r.signature, 'invalid');
    assert.equal(r.valid, false);
    assert.match(r.checks.find((c) => c.name === 'signature')?.message ?? '', /does not match/);
  });

  it('rejects a token signed by another key with the same kid', async () => {
    const r = await verifyJwt(decoded(await sign(other, accessClaims())), base);
    assert.equal(r.signature, 'invalid');
  });

  it('rejects alg none without looking for a key', async () => {
    let fetched = 0;
    const cache = new JwksCache({ fetch: async () => ((fetched += 1), { ok: true, status: 200, json: async () => ({ keys: [] }) }) });
    const r = await verifyJwt(decoded(rawToken({ alg: 'none', kid: 'rsa-1' }, accessClaims())), { now: () => NOW_MS, cache });
    assert.equal(r.signature, 'invalid');
    assert.deepEqual(failed(r), ['alg', 'signature']);
    assert.match(r.checks[0]?.message ?? '', /unsigned/);
    assert.equal(fetched, 0);
  });

  it('rejects HS256 signed with the public key (key confusion)', async () => {
    const pem = await exportSPKI((await importJWK(rsa.publicJwk, 'RS256')) as Parameters<typeof exportSPKI>[0]);
    const signingInput = `${b64url({ alg: 'HS256', kid: 'rsa-1' })}.${b64url(accessClaims())}`;
    const mac = createHmac('sha256', pem).update(signingInput).digest('base64url');
    const r = await verifyJwt(decoded(`${signingInput}.${mac}`), base);
    assert.equal(r.signature, 'invalid');
    assert.equal(r.valid, false);
    assert.match(r.checks.find((c) => c.name === 'alg')?.message ?? '', /key-confusion/);
  });

  it('rejects a key whose declared alg differs from the header', async () => {
    const r = await verifyJwt(decoded(await sign(rsa, accessClaims(), { alg: 'RS256', kid: 'rsa-1' })), {
      ...base,
      jwks: { kind: 'keys', jwks: { keys: [{ ...rsa.publicJwk, alg: 'RS512' }] } },
    });
    assert.equal(r.signature, 'invalid');
  });

  it('rejects an unknown kid', async () => {
    const r = await verifyJwt(decoded(await sign(rsa, accessClaims(), { kid: 'rotated-away' })), base);
    assert.equal(r.signature, 'invalid');
    assert.match(r.checks.find((c) => c.name === 'signature')?.message ?? '', /no key with kid "rotated-away"/);
  });

  it('rejects a token without kid', async () => {
    const r = await verifyJwt(decoded(await sign(rsa, accessClaims(), { kid: undefined })), base);
    assert.equal(r.signature, 'invalid');
  });

  it('is unverified without a JWKS when fetching from the issuer is off', async () => {
    const r = await verifyJwt(decoded(await sign(rsa, accessClaims())), { now: () => NOW_MS, fetchFromIssuer: false });
    assert.equal(r.signature, 'unverified');
    assert.equal(r.valid, false);
  });
});

describe('verifyJwt claims', () => {
  const cases: Array<{ name: string; claims: Record<string, unknown>; options?: VerifyOptions; failed: string[] }> = [
    { name: 'expired beyond the grace period', claims: accessClaims({ exp: NOW_S - 61 }), failed: ['exp'] },
    { name: 'expired within the grace period', claims: accessClaims({ exp: NOW_S - 30 }), failed: [] },
    { name: 'expired with zero tolerance', claims: accessClaims({ exp: NOW_S - 1 }), options: { clockToleranceSeconds: 0 }, failed: ['exp'] },
    { name: 'no exp', claims: accessClaims({ exp: undefined }), failed: ['exp'] },
    { name: 'not yet valid', claims: accessClaims({ nbf: NOW_S + 3600 }), failed: ['nbf'] },
    { name: 'nbf within grace', claims: accessClaims({ nbf: NOW_S + 30 }), failed: [] },
    { name: 'issued in the future', claims: accessClaims({ iat: NOW_S + 3600 }), failed: ['iat'] },
    { name: 'iat after exp', claims: accessClaims({ iat: NOW_S + 10, exp: NOW_S + 5 }), failed: ['iat'] },
    { name: 'wrong issuer', claims: accessClaims({ iss: 'https://evil.example.com/eu-west-1_AbC123xyz' }), failed: ['iss'] },
    { name: 'issuer region differs from the pool id region', claims: accessClaims({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/eu-west-1_AbC123xyz' }), failed: ['iss'] },
    { name: 'issuer not the expected one', claims: accessClaims(), options: { issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other' }, failed: ['iss'] },
    { name: 'emulator issuer accepted when configured', claims: accessClaims({ iss: 'http://localhost:9229/local_pool' }), options: { extraIssuers: ['http://localhost:9229/local_pool'] }, failed: [] },
    { name: 'wrong token_use', claims: idClaims({ aud: CLIENT_ID }), options: { tokenUse: 'access' }, failed: ['token_use'] },
    { name: 'token_use missing', claims: accessClaims({ token_use: undefined }), failed: ['token_use'] },
    { name: 'wrong client id (access)', claims: accessClaims({ client_id: 'someoneelse' }), failed: ['client_id'] },
    { name: 'wrong client id (id token aud)', claims: idClaims({ aud: 'someoneelse' }), failed: ['aud'] },
    { name: 'one of several client ids', claims: accessClaims(), options: { clientId: ['x', CLIENT_ID] }, failed: [] },
    { name: 'has a required scope', claims: accessClaims(), options: { scopes: ['orders/write', 'orders/read'] }, failed: [] },
    { name: 'lacks the required scopes', claims: accessClaims(), options: { scopes: ['orders/write'] }, failed: ['scope'] },
    { name: 'in a required group', claims: accessClaims(), options: { groups: ['admins'] }, failed: [] },
    { name: 'not in a required group', claims: accessClaims(), options: { groups: ['auditors'] }, failed: ['cognito:groups'] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const r = await verifyJwt(decoded(await sign(rsa, c.claims)), { ...base, ...c.options });
      assert.deepEqual(failed(r), c.failed, JSON.stringify(r.checks));
      assert.equal(r.valid, c.failed.length === 0);
      assert.equal(r.signature, 'valid');
    });
  }
});

describe('JwksCache', () => {
  function fakeFetch(responses: Array<unknown>): { fetch: FetchLike; calls: string[] } {
    const calls: string[] = [];
    const fetch: FetchLike = async (url) => {
      calls.push(url);
      const next = responses.shift();
      if (next instanceof Error) throw next;
      return { ok: true, status: 200, json: async () => next };
    };
    return { fetch, calls };
  }

  it('fetches {iss}/.well-known/jwks.json for a trusted issuer and caches by kid', async () => {
    const { fetch, calls } = fakeFetch([{ keys: [rsa.publicJwk] }]);
    const cache = new JwksCache({ fetch });
    const token = decoded(await sign(rsa, accessClaims()));
    assert.equal((await verifyJwt(token, { now: () => NOW_MS, cache })).valid, true);
    assert.equal((await verifyJwt(token, { now: () => NOW_MS, cache })).valid, true);
    assert.deepEqual(calls, [`${ISSUER}/.well-known/jwks.json`]);
  });

  it('never fetches the JWKS of an untrusted issuer', async () => {
    const { fetch, calls } = fakeFetch([{ keys: [rsa.publicJwk] }]);
    const r = await verifyJwt(decoded(await sign(rsa, accessClaims({ iss: 'https://attacker.example' }))), { now: () => NOW_MS, cache: new JwksCache({ fetch }) });
    assert.equal(r.signature, 'unverified');
    assert.deepEqual(calls, []);
  });

  it('refetches once on an unknown kid, then waits out the penalty', async () => {
    let now = 0;
    const { fetch, calls } = fakeFetch([{ keys: [rsa.publicJwk] }, { keys: [rsa.publicJwk] }, { keys: [rsa.publicJwk, ec.publicJwk] }]);
    const cache = new JwksCache({ fetch, penaltyMs: 10_000, now: () => now });
    assert.ok((await cache.getKey('u', 'rsa-1')).ok);
    const miss = await cache.getKey('u', 'ec-1');
    assert.equal(miss.ok, false);
    assert.equal(calls.length, 2);
    now = 5_000;
    const blocked = await cache.getKey('u', 'ec-1');
    assert.ok(!blocked.ok && /not fetched again for 5 s/.test(blocked.reason));
    assert.equal(calls.length, 2);
    now = 10_001;
    assert.ok((await cache.getKey('u', 'ec-1')).ok);
    assert.equal(calls.length, 3);
  });

  it('reports a failed fetch as unverified and applies the penalty', async () => {
    const { fetch, calls } = fakeFetch([new Error('ECONNREFUSED')]);
    const cache = new JwksCache({ fetch, now: () => 0 });
    const r = await verifyJwt(decoded(await sign(rsa, accessClaims())), { now: () => NOW_MS, cache, jwks: { kind: 'url', url: 'http://127.0.0.1:1/jwks' } });
    assert.equal(r.signature, 'unverified');
    assert.match(r.checks[1]?.message ?? '', /ECONNREFUSED/);
    assert.equal((await cache.getKey('http://127.0.0.1:1/jwks', 'rsa-1')).ok, false);
    assert.equal(calls.length, 1);
  });

  it('times out a slow JWKS endpoint', async () => {
    const fetch: FetchLike = (_url, init) => new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    const lookup = await new JwksCache({ fetch, timeoutMs: 50 }).getKey('http://slow', 'k');
    assert.ok(!lookup.ok && /timed out after 50 ms/.test(lookup.reason));
  });

  it('rejects a response that is not a JWKS', async () => {
    const { fetch } = fakeFetch([{ hello: 'world' }]);
    const lookup = await new JwksCache({ fetch }).getKey('http://x', 'k');
    assert.ok(!lookup.ok && /did not return a JWKS/.test(lookup.reason));
  });
});

describe('resolveJwksUrl', () => {
  it('fills {poolId} and {region} from a Cognito issuer', () => {
    assert.equal(resolveJwksUrl('http://127.0.0.1:5000/{poolId}/.well-known/jwks.json?r={region}', ISSUER), 'http://127.0.0.1:5000/eu-west-1_AbC123xyz/.well-known/jwks.json?r=eu-west-1');
  });
});

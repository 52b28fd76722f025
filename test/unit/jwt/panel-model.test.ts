import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { decodeJwt, type DecodedJwt } from '../../../client/src/jwt/decode';
import { buildPanelModel, planVerification, type DecoderSettings } from '../../../client/src/jwt/panel-model';
import { JwksCache, verifyJwt } from '../../../client/src/jwt/verify';
import { makeNonce, panelHtml } from '../../../client/src/webview/html';
import { parsePageMessage, type VerifyRequest } from '../../../client/src/webview/messages';
import { accessClaims, CLIENT_ID, ISSUER, makeKey, NOW_MS, sign, type TestKey } from './keys';

const settings: DecoderSettings = { jwksUrl: '', expectedIssuer: '', fetchJwksAutomatically: false, clockToleranceSeconds: 60 };
const emptyRequest: VerifyRequest = { tokenUse: '', clientId: '', scopes: '', groups: '', jwksUrl: '', jwksJson: '' };
let key: TestKey;
let jwt: DecodedJwt;

before(async () => {
  key = await makeKey('RS256', 'k1');
  const r = decodeJwt(await sign(key, accessClaims({ 'custom:tenant': 'acme', tier: 'gold' })));
  assert.ok(r.ok);
  jwt = r.jwt;
});

describe('buildPanelModel', () => {
  it('summarizes, explains every claim and pre-fills the verify form', () => {
    const m = buildPanelModel(jwt, { clientId: CLIENT_ID, source: 'explorer: orders-m2m' }, settings, NOW_MS);
    assert.equal(m.kindLabel, 'User access token');
    assert.equal(m.source, 'explorer: orders-m2m');
    assert.match(m.summary.find((s) => s.label === 'Issuer')?.value ?? '', /region eu-west-1, user pool eu-west-1_AbC123xyz/);
    assert.match(m.claims.find((c) => c.name === 'custom:tenant')?.meaning ?? '', /Custom user-pool attribute/);
    assert.match(m.claims.find((c) => c.name === 'tier')?.meaning ?? '', /pre-token-generation/);
    assert.match(m.claims.find((c) => c.name === 'exp')?.time ?? '', /^expires in 50 min · .* · 2026-11-22 12:50:00 UTC$/);
    assert.deepEqual(m.request, { ...emptyRequest, tokenUse: 'access', clientId: CLIENT_ID });
    assert.equal(JSON.parse(m.rawPayload).client_id, CLIENT_ID);
  });

  it('fills the JWKS URL from the setting template, or from the explorer target', () => {
    const fromSetting = buildPanelModel(jwt, {}, { ...settings, jwksUrl: 'http://127.0.0.1:5000/{poolId}/.well-known/jwks.json' }, NOW_MS);
    assert.equal(fromSetting.request.jwksUrl, 'http://127.0.0.1:5000/eu-west-1_AbC123xyz/.well-known/jwks.json');
    const fromTarget = buildPanelModel(jwt, { jwksUrl: 'http://x/jwks' }, { ...settings, jwksUrl: 'http://ignored' }, NOW_MS);
    assert.equal(fromTarget.request.jwksUrl, 'http://x/jwks');
  });
});

describe('planVerification', () => {
  const cache = new JwksCache({ fetch: async () => assert.fail('no fetch expected') });

  it('a pasted JWKS wins over the URL and verifies offline', async () => {
    const plan = planVerification(jwt, { ...emptyRequest, jwksUrl: 'http://unused', jwksJson: JSON.stringify({ keys: [key.publicJwk] }), clientId: `other, ${CLIENT_ID}` }, {}, settings, cache);
    assert.ok(plan.ok);
    assert.equal(plan.jwksLabel, 'pasted JWKS');
    const r = await verifyJwt(jwt, { ...plan.options, now: () => NOW_MS });
    assert.equal(r.valid, true, JSON.stringify(r.checks));
  });

  it('a single pasted JWK is accepted', () => assert.ok(planVerification(jwt, { ...emptyRequest, jwksJson: JSON.stringify(key.publicJwk) }, {}, settings, cache).ok));

  it('rejects pasted text that is not a JWKS', () => {
    assert.deepEqual(planVerification(jwt, { ...emptyRequest, jwksJson: '{oops' }, {}, settings, cache), { ok: false, message: 'The pasted JWKS is not JSON.' });
    assert.equal(planVerification(jwt, { ...emptyRequest, jwksJson: '{"a":1}' }, {}, settings, cache).ok, false);
  });

  it('rejects a JWKS URL that is not http(s)', () => assert.equal(planVerification(jwt, { ...emptyRequest, jwksUrl: 'file:///etc/passwd' }, {}, settings, cache).ok, false));

  it('passes expected values through: issuer from the target, emulator issuer from settings, words from the form', () => {
    const plan = planVerification(jwt, { ...emptyRequest, tokenUse: 'access', scopes: 'a/b  c/d', groups: 'admins' }, { issuer: 'http://emu/pool' }, { ...settings, expectedIssuer: 'http://emu/other', clockToleranceSeconds: 5 }, cache);
    assert.ok(plan.ok);
    assert.equal(plan.options.issuer, 'http://emu/pool');
    assert.deepEqual(plan.options.extraIssuers, ['http://emu/other']);
    assert.deepEqual(plan.options.scopes, ['a/b', 'c/d']);
    assert.deepEqual(plan.options.groups, ['admins']);
    assert.equal(plan.options.tokenUse, 'access');
    assert.equal(plan.options.clockToleranceSeconds, 5);
    assert.equal(plan.options.jwks, undefined);
  });

  it('names the issuer JWKS when nothing is given', () => {
    const plan = planVerification(jwt, emptyRequest, {}, settings, cache);
    assert.ok(plan.ok && plan.jwksLabel === `${ISSUER}/.well-known/jwks.json`);
  });
});

describe('page messages', () => {
  it('accepts well-formed messages and normalizes verify requests', () => {
    assert.deepEqual(parsePageMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parsePageMessage({ type: 'copy', target: { what: 'claim', name: 'scope' } }), { type: 'copy', target: { what: 'claim', name: 'scope' } });
    assert.deepEqual(parsePageMessage({ type: 'verify', request: { tokenUse: 'refresh', clientId: 7 } }), { type: 'verify', request: emptyRequest });
  });
  it('drops anything else', () => {
    for (const bad of [null, 'ready', { type: 'eval' }, { type: 'copy', target: { what: 'file' } }, { type: 'copy', target: { what: 'claim' } }]) assert.equal(parsePageMessage(bad), undefined);
  });
});

describe('panel HTML', () => {
  it('has the strict CSP with the nonce and loads only the given script and style', () => {
    const html = panelHtml({ cspSource: 'https://webview.test', nonce: 'N0nce', scriptUri: 'https://webview.test/dist/webview.js', styleUri: 'https://webview.test/media/panel.css' });
    assert.match(html, /content="default-src 'none'; script-src 'nonce-N0nce'; style-src https:\/\/webview\.test"/);
    assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script nonce="N0nce" src="https://webview.test/dist/webview.js">']);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
  });
  it('nonces are 32 alphanumerics', () => assert.match(makeNonce((n) => new Uint8Array(n).map((_, i) => i * 7)), /^[A-Za-z0-9]{32}$/));
});

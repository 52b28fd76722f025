import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeJwt } from '../../../client/src/jwt/decode';
import { claimMeaning, claimRows, describeTime, parseIssuer, summarize, tokenKind } from '../../../client/src/jwt/explain';
import { escapeMarkdown, hoverMarkdown, openDecoderLink } from '../../../client/src/jwt/hover-text';
import { accessClaims, CLIENT_ID, idClaims, NOW_MS, NOW_S, POOL_ID, rawToken } from './keys';

function jwtOf(claims: Record<string, unknown>) {
  const r = decodeJwt(rawToken({ alg: 'RS256', kid: 'k' }, claims, 'c2ln'));
  assert.ok(r.ok);
  return r.jwt;
}

describe('tokenKind', () => {
  it('ID token', () => assert.equal(tokenKind(idClaims()), 'id'));
  it('user access token', () => assert.equal(tokenKind(accessClaims()), 'access'));
  it('M2M access token: sub is the client id and no username', () =>
    assert.equal(tokenKind(accessClaims({ sub: CLIENT_ID, username: undefined, 'cognito:groups': undefined })), 'm2m-access'));
  it('an access token whose sub is not the client id is a user token', () => assert.equal(tokenKind(accessClaims({ username: undefined })), 'access'));
  it('anything else', () => assert.equal(tokenKind({ sub: 'x' }), 'unknown'));
});

describe('parseIssuer', () => {
  it('splits region and pool id', () =>
    assert.deepEqual(parseIssuer('https://cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_Zx9'), {
      issuer: 'https://cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_Zx9',
      cognito: true,
      region: 'ap-southeast-2',
      poolId: 'ap-southeast-2_Zx9',
    }));
  for (const bad of ['http://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_A', 'https://cognito-idp.eu-west-1.amazonaws.com/us-east-1_A', 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_A/', 'https://evil.com/eu-west-1_A']) {
    it(`not Cognito: ${bad}`, () => assert.equal(parseIssuer(bad).cognito, false));
  }
});

describe('describeTime', () => {
  it('says expired 3 h ago, with UTC time', () => {
    const t = describeTime(NOW_S - 3 * 3600, NOW_MS, true);
    assert.equal(t.relative, 'expired 3 h ago');
    assert.equal(t.utc, '2026-11-22 09:00:00 UTC');
    assert.match(t.local, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC[+-]\d\d:\d\d\)$/);
  });
  it('says expires in 55 min', () => assert.equal(describeTime(NOW_S + 55 * 60, NOW_MS, true).relative, 'expires in 55 min'));
  it('non-expiry times', () => {
    assert.equal(describeTime(NOW_S - 30, NOW_MS).relative, '30 s ago');
    assert.equal(describeTime(NOW_S + 3 * 86400, NOW_MS).relative, 'in 3 d');
  });
  it('survives absurd values', () => assert.equal(describeTime(1e20, NOW_MS).utc, 'invalid date'));
});

describe('claim meanings', () => {
  it('knows Cognito claims', () => {
    for (const name of ['token_use', 'scope', 'client_id', 'aud', 'cognito:groups', 'cognito:username', 'auth_time', 'origin_jti', 'event_id', 'version', 'jti']) {
      assert.doesNotMatch(claimMeaning(name), /pre-token-generation/, name);
    }
  });
  it('custom attributes and trigger-added claims', () => {
    assert.match(claimMeaning('custom:tenant'), /Custom user-pool attribute tenant/);
    assert.match(claimMeaning('tenant_tier'), /pre-token-generation/);
  });
  it('rows carry times for time claims', () => {
    const rows = claimRows(accessClaims(), NOW_MS);
    assert.equal(rows.find((r) => r.name === 'exp')?.time?.relative, 'expires in 50 min');
    assert.equal(rows.find((r) => r.name === 'cognito:groups')?.value, '["admins"]');
    assert.equal(rows.find((r) => r.name === 'scope')?.value, 'orders/read aws.cognito.signin.user.admin');
  });
});

describe('summarize + hover', () => {
  it('summarizes an access token', () => {
    const s = summarize(jwtOf(accessClaims({ exp: NOW_S - 3 * 3600 })), NOW_MS);
    assert.equal(s.kind, 'access');
    assert.equal(s.issuer?.poolId, POOL_ID);
    assert.deepEqual(s.scopes, ['orders/read', 'aws.cognito.signin.user.admin']);
    assert.deepEqual(s.groups, ['admins']);
    assert.equal(s.expired, true);
  });

  it('hover lists kind, pool, client, scopes, groups, expiry and the command link', () => {
    const jwt = jwtOf(accessClaims({ exp: NOW_S - 3 * 3600 }));
    const md = hoverMarkdown(jwt, NOW_MS);
    assert.match(md, /User access token/);
    assert.match(md, /user pool eu\\-west\\-1\\_AbC123xyz in eu\\-west\\-1/);
    assert.match(md, /expired 3 h ago/);
    assert.match(md, /2026-11-22 09:00:00 UTC/);
    assert.ok(md.includes(`(${openDecoderLink(jwt.token)} `));
    assert.deepEqual(JSON.parse(decodeURIComponent(openDecoderLink(jwt.token).split('?')[1] ?? '')), [jwt.token]);
  });

  it('claims cannot inject links or HTML into the hover', () => {
    const evil = '[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> `code` https://evil.example';
    const md = hoverMarkdown(jwtOf(accessClaims({ client_id: evil, 'cognito:groups': [evil] })), NOW_MS);
    assert.equal(md.match(/\]\(command:/g)?.length, 1, 'only our own command link');
    assert.doesNotMatch(md, /(?<!\\)<img/);
    assert.doesNotMatch(md, /https:\/\/evil/);
  });

  it('escapeMarkdown shortens long values and flattens line breaks', () => {
    const out = escapeMarkdown(`${'a'.repeat(500)}\n# heading`);
    assert.ok(out.length < 260);
    assert.doesNotMatch(out, /\n/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { base64UrlToBytes, cleanToken, decodeJwt } from '../../../client/src/jwt/decode';
import { accessClaims, b64url, rawToken } from './keys';

const token = rawToken({ alg: 'RS256', kid: 'k1' }, accessClaims(), 'c2lnbmF0dXJl');

describe('decodeJwt', () => {
  it('decodes header, payload and keeps the signature segment', () => {
    const r = decodeJwt(token);
    assert.ok(r.ok);
    assert.deepEqual(r.jwt.header, { alg: 'RS256', kid: 'k1' });
    assert.equal(r.jwt.payload.client_id, accessClaims().client_id);
    assert.equal(r.jwt.signature, 'c2lnbmF0dXJl');
    assert.equal(r.jwt.token, token);
  });

  const wrapped: Array<[string, string]> = [
    ['Bearer prefix', `Bearer ${token}`],
    ['Authorization header line', `Authorization: Bearer ${token}`],
    ['double quotes', `"${token}"`],
    ['single quotes and comma', `'${token}',`],
    ['surrounding whitespace', `  \n\t${token}\n `],
    ['line breaks inside', token.replace(/(.{40})/g, '$1\n')],
    ['CRLF line breaks inside', token.replace(/(.{50})/g, '$1\r\n  ')],
  ];
  for (const [name, input] of wrapped) {
    it(`tolerates ${name}`, () => {
      const r = decodeJwt(input);
      assert.ok(r.ok, r.ok ? '' : r.reason);
      assert.equal(r.jwt.token, token);
    });
  }

  const broken: Array<[string, string, RegExp]> = [
    ['empty input', '   ', /no token/],
    ['two segments', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0', /3 dot-separated segments, this has 2/],
    ['JWE', 'eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d', /encrypted/],
    ['header not base64url', `eyJ+bad.${b64url({ a: 1 })}.sig`, /header is not base64url/],
    ['header not JSON', `${b64url('not json')}.${b64url({ a: 1 })}.sig`, /header is not JSON/],
    ['header an array', `${b64url([1])}.${b64url({ a: 1 })}.sig`, /header is not a JSON object/],
    ['header without alg', `${b64url({ typ: 'JWT' })}.${b64url({ a: 1 })}.sig`, /no "alg"/],
    ['payload not JSON', `${b64url({ alg: 'RS256' })}.${b64url('{oops')}.sig`, /payload is not JSON/],
    ['payload empty', `${b64url({ alg: 'RS256' })}..sig`, /payload segment is empty/],
    ['payload not UTF-8', `${b64url({ alg: 'RS256' })}.${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}.sig`, /not UTF-8/],
    ['signature with bad characters', `${b64url({ alg: 'RS256' })}.${b64url({ a: 1 })}.si+g/`, /signature is not base64url/],
  ];
  for (const [name, input, reason] of broken) {
    it(`rejects ${name} with a reason`, () => {
      const r = decodeJwt(input);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, reason);
    });
  }
});

describe('base64UrlToBytes', () => {
  it('round-trips every byte value and length', () => {
    for (let len = 0; len < 70; len++) {
      const bytes = Buffer.from(Array.from({ length: len }, (_, i) => (i * 37 + len) & 0xff));
      assert.deepEqual(Buffer.from(base64UrlToBytes(bytes.toString('base64url')) ?? []), bytes);
    }
  });
  it('rejects impossible lengths and foreign characters', () => {
    assert.equal(base64UrlToBytes('abcde'), undefined);
    assert.equal(base64UrlToBytes('ab/c'), undefined);
  });
});

describe('cleanToken', () => {
  it('keeps a bare token unchanged', () => assert.equal(cleanToken('a.b.c'), 'a.b.c'));
});

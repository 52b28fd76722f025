import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findTokenAt, findTokens } from '../../../client/src/jwt/find-tokens';
import { accessClaims, idClaims, rawToken } from './keys';

const ACCESS = rawToken({ alg: 'RS256', kid: 'k1' }, accessClaims(), 'QUJDREVGR0hJSktMTU5PUA');
const ID = rawToken({ alg: 'ES256', kid: 'k2' }, idClaims(), 'c2lnLWlk');

/** Asserts the finder returns exactly `expected`, at the offsets where they are in `text`. */
function assertFinds(text: string, expected: string[]): void {
  const found = findTokens(text);
  assert.deepEqual(found.map((f) => f.token), expected);
  let from = 0;
  for (const f of found) {
    const at = text.indexOf(f.token, from);
    assert.equal(f.offset, at);
    assert.equal(text.slice(f.offset, f.offset + f.length), f.token);
    from = at + 1;
  }
}

describe('findTokens', () => {
  it('.env', () => assertFinds(`# tokens\nACCESS_TOKEN=${ACCESS}\nID_TOKEN="${ID}"\nOTHER=eyJnotatoken\n`, [ACCESS, ID]));

  it('.http (REST Client)', () =>
    assertFinds(`@token = ${ACCESS}\n\n###\nGET https://api.example.com/orders\nAuthorization: Bearer ${ID}\n`, [ACCESS, ID]));

  it('JSON', () => assertFinds(JSON.stringify({ AuthenticationResult: { AccessToken: ACCESS, IdToken: ID, TokenType: 'Bearer' } }, null, 2), [ACCESS, ID]));

  it('YAML', () => assertFinds(`auth:\n  idToken: ${ID}\n  accessToken: '${ACCESS}'\n`, [ID, ACCESS]));

  it('logs, including a token ending a sentence', () =>
    assertFinds(`2026-11-22T00:00:00Z INFO got token=${ACCESS}. next\n2026-11-22T00:00:01Z WARN [${ID}] rejected`, [ACCESS, ID]));

  it('URL fragment of the implicit grant', () =>
    assertFinds(`https://app.example.com/cb#id_token=${ID}&access_token=${ACCESS}&expires_in=3600&token_type=Bearer`, [ID, ACCESS]));

  it('code', () => assertFinds(`const headers = { Authorization: \`Bearer ${ACCESS}\` };\nfetch(url, {headers}); // ${ID}`, [ACCESS, ID]));

  it('ignores JWT-shaped strings that do not decode', () => {
    const notJson = `eyJhbGciOiJSUzI1NiJ9.eyJub3QganNvbg.sig`; // payload "{not json"
    assertFinds(`a=${notJson} b=eyJhbGciOiJSUzI1NiJ9.bm90anNvbg.sig`, []);
  });

  it('does not start inside a longer base64 run', () => assertFinds(`xx${ACCESS}`, []));

  it('finds an unsigned token (the decoder shows it, the verifier rejects it)', () => {
    const unsigned = rawToken({ alg: 'none' }, accessClaims());
    assertFinds(`t=${unsigned}`, [unsigned]);
  });
});

describe('findTokenAt', () => {
  const text = `A=${ACCESS} B=${ID}`;
  it('finds the token under the caret, including just after its end', () => {
    assert.equal(findTokenAt(text, 2)?.token, ACCESS);
    assert.equal(findTokenAt(text, 2 + ACCESS.length)?.token, ACCESS);
    assert.equal(findTokenAt(text, text.length - 1)?.token, ID);
  });
  it('finds nothing between tokens', () => assert.equal(findTokenAt(text, 0), undefined));
});

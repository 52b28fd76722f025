import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { basicAuth, requestClientCredentialsToken, TokenRequestError } from '../../../client/src/aws/token';

interface Seen {
  authorization?: string;
  contentType?: string;
  body: string;
}

describe('client_credentials token request', () => {
  let server: Server;
  let url = '';
  const seen: Seen[] = [];
  let reply: { status: number; body: string } = { status: 200, body: '{}' };

  before(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ authorization: req.headers.authorization, contentType: req.headers['content-type'], body });
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(reply.body);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const a = server.address();
    url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/oauth2/token`;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('POSTs a form body with Basic auth and the requested scopes', async () => {
    reply = { status: 200, body: JSON.stringify({ access_token: 'eyJ.a.b', expires_in: 3600, token_type: 'Bearer' }) };
    const out = await requestClientCredentialsToken({ tokenUrl: url, clientId: 'client1', clientSecret: 's3cr3t', scopes: ['orders/read', 'orders/write'] });
    assert.deepEqual(out, { accessToken: 'eyJ.a.b', tokenType: 'Bearer', expiresIn: 3600 });
    const last = seen.at(-1)!;
    assert.equal(last.authorization, `Basic ${Buffer.from('client1:s3cr3t').toString('base64')}`);
    assert.equal(last.contentType, 'application/x-www-form-urlencoded');
    assert.deepEqual(Object.fromEntries(new URLSearchParams(last.body)), { grant_type: 'client_credentials', client_id: 'client1', scope: 'orders/read orders/write' });
    assert.ok(!last.body.includes('s3cr3t'), 'the secret is only in the Authorization header');
  });

  it('omits scope when none is picked (Cognito then grants all allowed scopes)', async () => {
    reply = { status: 200, body: JSON.stringify({ access_token: 't', token_type: 'Bearer' }) };
    await requestClientCredentialsToken({ tokenUrl: url, clientId: 'c', clientSecret: 's', scopes: [] });
    assert.equal(new URLSearchParams(seen.at(-1)!.body).get('scope'), null);
  });

  for (const [status, error, description] of [[401, 'invalid_client', undefined], [400, 'invalid_scope', 'scope orders/admin is not allowed'], [400, 'unauthorized_client', 'Client is not enabled for OAuth2.0 flows.']] as const) {
    it(`surfaces ${error} verbatim`, async () => {
      reply = { status, body: JSON.stringify(description ? { error, error_description: description } : { error }) };
      await assert.rejects(requestClientCredentialsToken({ tokenUrl: url, clientId: 'c', clientSecret: 'topsecret' }), (e: unknown) => {
        assert.ok(e instanceof TokenRequestError);
        assert.equal(e.status, status);
        assert.equal(e.error, error);
        assert.equal(e.message, description ? `${error}: ${description}` : error);
        assert.ok(!e.message.includes('topsecret'));
        return true;
      });
    });
  }

  it('reports a non-OAuth answer and an unreachable endpoint clearly', async () => {
    reply = { status: 500, body: '<html>Internal Server Error</html>' };
    await assert.rejects(requestClientCredentialsToken({ tokenUrl: url, clientId: 'c', clientSecret: 's' }), /http_500: unexpected response .*Internal Server Error/);
    await assert.rejects(requestClientCredentialsToken({ tokenUrl: 'http://127.0.0.1:1/oauth2/token', clientId: 'c', clientSecret: 's' }), /request_failed: .*could not be reached/);
  });

  it('form-encodes id and secret for Basic auth (RFC 6749 §2.3.1)', () => {
    assert.equal(basicAuth('a b', 'x:y+'), `Basic ${Buffer.from('a+b:x%3Ay%2B').toString('base64')}`);
  });
});

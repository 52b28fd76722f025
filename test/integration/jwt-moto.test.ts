// Tokens issued by moto (InitiateAuth) verified against moto's JWKS, as the decoder does for an emulator:
// moto's `iss` is the AWS issuer while its JWKS is served by the emulator, so the JWKS URL is given separately.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { decodeJwt, type DecodedJwt } from '../../client/src/jwt/decode';
import { summarize } from '../../client/src/jwt/explain';
import { JwksCache, verifyJwt, type VerifyOptions } from '../../client/src/jwt/verify';
import { startMoto, type Moto } from '../support/moto';

let moto: Moto;
let poolId: string;
let clientId: string;
let access: DecodedJwt;
let id: DecodedJwt;
let base: VerifyOptions;

function decoded(token: string | undefined): DecodedJwt {
  const r = decodeJwt(token ?? '');
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r.jwt;
}

before(async () => {
  moto = await startMoto();
  const cognito = new CognitoIdentityProviderClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  poolId = (await cognito.send(new CreateUserPoolCommand({ PoolName: 'decoder-test' }))).UserPool?.Id ?? '';
  clientId = (await cognito.send(new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'web', ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }))).UserPoolClient?.ClientId ?? '';
  await cognito.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'alice', MessageAction: 'SUPPRESS' }));
  await cognito.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'alice', Password: 'Correct-Horse-9', Permanent: true }));
  await cognito.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'admins' }));
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: 'alice', GroupName: 'admins' }));
  const auth = await cognito.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: 'alice', PASSWORD: 'Correct-Horse-9' } }));
  access = decoded(auth.AuthenticationResult?.AccessToken);
  id = decoded(auth.AuthenticationResult?.IdToken);
  base = {
    jwks: { kind: 'url', url: `${moto.endpoint}/${poolId}/.well-known/jwks.json` },
    issuer: `https://cognito-idp.us-east-1.amazonaws.com/${poolId}`,
    clientId,
    cache: new JwksCache(),
  };
});

after(async () => {
  await moto?.stop();
});

describe('tokens issued by moto', () => {
  it('decodes and explains them', () => {
    assert.equal(summarize(access, Date.now()).kind, 'access');
    assert.equal(summarize(id, Date.now()).kind, 'id');
    assert.equal(summarize(access, Date.now()).issuer?.poolId, poolId);
  });

  it('verifies the access token against moto\'s JWKS', async () => {
    const r = await verifyJwt(access, { ...base, tokenUse: 'access' });
    assert.equal(r.signature, 'valid', JSON.stringify(r.checks));
    assert.equal(r.valid, true, JSON.stringify(r.checks));
    assert.ok(r.checks.some((c) => c.name === 'client_id' && c.ok));
  });

  it('verifies the ID token (aud) and the group', async () => {
    const r = await verifyJwt(id, { ...base, tokenUse: 'id', groups: ['admins'] });
    assert.equal(r.valid, true, JSON.stringify(r.checks));
    assert.ok(r.checks.some((c) => c.name === 'aud' && c.ok));
  });

  it('rejects the ID token where an access token is expected, and another client', async () => {
    const r = await verifyJwt(id, { ...base, tokenUse: 'access', clientId: 'someone-else' });
    assert.equal(r.signature, 'valid');
    assert.deepEqual(r.checks.filter((c) => !c.ok).map((c) => c.name), ['token_use', 'aud']);
  });

  it('rejects a tampered moto token', async () => {
    const [h, , s] = access.token.split('.');
    const forged = decoded(`${h}.${Buffer.from(JSON.stringify({ ...access.payload, scope: 'admin' })).toString('base64url')}.${s}`);
    const r = await verifyJwt(forged, base);
    assert.equal(r.signature, 'invalid');
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REDACTED_SECRET, snapshotDocuments, snapshotPool } from '../../../client/src/aws/snapshot';
import { lintSnapshot, liveUri } from '../../../client/src/explorer/lint-pool';
import { compareTexts, findLocalClients, matchLocalClient } from '../../../client/src/explorer/compare';
import type { UserPoolClient } from '../../../client/src/aws/data';
import { tokenTarget, scopeChoices } from '../../../client/src/explorer/actions';
import { ExplorerModel } from '../../../client/src/explorer/model';
import { PoolNode } from '../../../client/src/explorer/nodes';
import { FakeCognito, RecordingListener, fakeBackend, m2mClient, sampleAccount } from './fake-cognito';

function account() {
  const pools = sampleAccount();
  pools[0].clients.push({ ...m2mClient('nosecret1', 'no-secret', ['orders/read']), ClientSecret: undefined }, m2mClient('typo1', 'typo', ['orders/admin']));
  return new FakeCognito('us-east-1', pools);
}

describe('pool snapshot and lint', () => {
  it('writes describe outputs with the secret redacted', async () => {
    const snapshot = await snapshotPool(account(), 'us-east-1_Orders001');
    const docs = snapshotDocuments(snapshot);
    assert.deepEqual(docs.map((d) => d.path), [
      'user-pool.json', 'resource-servers/orders.json', 'resource-servers/empty-api.json',
      'clients/worker1.json', 'clients/web1.json', 'clients/conf1.json', 'clients/nosecret1.json', 'clients/typo1.json', 'domain.json',
    ]);
    const worker = docs.find((d) => d.id === 'worker1')!;
    assert.equal(JSON.parse(worker.text).UserPoolClient.ClientSecret, REDACTED_SECRET);
    assert.ok(!docs.some((d) => d.text.includes('secret-not-shown')));
  });

  it('reports the broken clients against the pool\'s own resource servers, with ranges into the describe text', async () => {
    const snapshot = await snapshotPool(account(), 'us-east-1_Orders001');
    const linted = lintSnapshot(snapshot, (d) => liveUri('cognito', 'us-east-1', 'us-east-1_Orders001', d));
    const codes = (id: string) => linted.find((l) => l.document.id === id)!.problems.filter((p) => p.severity === 'error').map((p) => p.ruleId);
    assert.deepEqual(codes('nosecret1'), ['cognito/client-credentials-requires-secret']);
    assert.ok(codes('typo1').includes('cognito/custom-scope-not-defined'), 'orders/admin is not a scope of the orders resource server');
    assert.deepEqual(codes('worker1'), []);
    const typo = linted.find((l) => l.document.id === 'typo1')!;
    const p = typo.problems.find((x) => x.ruleId === 'cognito/custom-scope-not-defined')!;
    assert.equal(typo.document.text.slice(p.offset, p.offset + p.length).replace(/"/g, ''), 'orders/admin');
    assert.equal(typo.uri, 'cognito://us-east-1/us-east-1_Orders001/clients/typo1.json');
    assert.ok(!linted.some((l) => l.problems.some((x) => x.ruleId === 'cognito/client-secret-literal')), 'the redacted secret is not a literal secret');
  });
});

describe('compare with local file', () => {
  const live: UserPoolClient = { UserPoolId: 'us-east-1_Orders001', ClientId: 'worker1', ClientName: 'worker', ClientSecret: 'x', CreationDate: new Date(0), AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['orders/write', 'orders/read'], AllowedOAuthFlowsUserPoolClient: true, AccessTokenValidity: 60 };

  it('finds the client in a CloudFormation template and shows both sides as UpdateUserPoolClient inputs', () => {
    const template = [
      'Resources:',
      '  Pool:',
      '    Type: AWS::Cognito::UserPool',
      '  Worker:',
      '    Type: AWS::Cognito::UserPoolClient',
      '    Properties:',
      '      UserPoolId: !Ref Pool',
      '      ClientName: worker',
      '      GenerateSecret: true',
      '      AllowedOAuthFlowsUserPoolClient: true',
      '      AllowedOAuthFlows: [client_credentials]',
      '      AllowedOAuthScopes: [orders/read]',
      '  Web:',
      '    Type: AWS::Cognito::UserPoolClient',
      '    Properties:',
      '      UserPoolId: !Ref Pool',
      '      ClientName: web',
    ].join('\n');
    const candidates = findLocalClients('file:///w/template.yaml', template);
    assert.deepEqual(candidates.map((c) => c.label), ['Worker', 'Web']);
    const local = matchLocalClient(candidates, live)!;
    assert.equal(local.label, 'Worker');
    const texts = compareTexts(live, local);
    assert.deepEqual(JSON.parse(texts.live), { UserPoolId: 'us-east-1_Orders001', ClientId: 'worker1', ClientName: 'worker', AccessTokenValidity: 60, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['orders/read', 'orders/write'], AllowedOAuthFlowsUserPoolClient: true });
    assert.deepEqual(JSON.parse(texts.local), { UserPoolId: 'us-east-1_Orders001', ClientId: 'worker1', ClientName: 'worker', AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['orders/read'], AllowedOAuthFlowsUserPoolClient: true });
    assert.ok(!texts.live.includes('ClientSecret') && !texts.live.includes('CreationDate'));
  });
});

describe('token targets', () => {
  async function pool() {
    const data = new FakeCognito('us-east-1', sampleAccount());
    const model = new ExplorerModel({ regions: ['us-east-1'] }, new RecordingListener(), fakeBackend(data));
    const [profile] = await model.roots();
    const [region] = await profile.getChildren!();
    return { orders: (await region.getChildren!())[0] as PoolNode, empty: (await region.getChildren!())[1] as PoolNode };
  }

  it('uses the pool domain and the real issuer by default', async () => {
    const { orders } = await pool();
    assert.deepEqual(await tokenTarget(orders, {}), {
      tokenUrl: 'https://orders-auth.auth.us-east-1.amazoncognito.com/oauth2/token',
      issuer: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Orders001',
      jwksUrl: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Orders001/.well-known/jwks.json',
    });
  });

  it('honours the emulator overrides with placeholders', async () => {
    const { orders, empty } = await pool();
    const t = await tokenTarget(orders, { endpoint: 'http://127.0.0.1:5000/', tokenEndpoint: 'http://127.0.0.1:6000/{poolId}/oauth2/token', expectedIssuer: 'http://issuer/{region}/{poolId}' });
    assert.deepEqual(t, { tokenUrl: 'http://127.0.0.1:6000/us-east-1_Orders001/oauth2/token', issuer: 'http://issuer/us-east-1/us-east-1_Orders001', jwksUrl: 'http://127.0.0.1:5000/us-east-1_Orders001/.well-known/jwks.json' });
    await assert.rejects(tokenTarget(empty, {}), /has no domain/);
  });

  it('pre-selects custom scopes only', () => {
    assert.deepEqual(scopeChoices(['openid', 'orders/read']), [{ scope: 'openid', picked: false }, { scope: 'orders/read', picked: true }]);
  });
});

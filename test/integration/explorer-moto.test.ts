import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { createLanguageService } from '../../server/src/language-service';
import { snapshotPool } from '../../client/src/aws/snapshot';
import { requestClientCredentialsToken, TokenRequestError } from '../../client/src/aws/token';
import { fetchConfiguration, fetchResourceServers, requestClientToken } from '../../client/src/explorer/actions';
import { lintSnapshot, liveUri } from '../../client/src/explorer/lint-pool';
import { ExplorerModel, awsBackend, expand } from '../../client/src/explorer/model';
import { ErrorNode, LoadMoreNode, MessageNode, type ExplorerNode } from '../../client/src/explorer/node-base';
import { ClientNode, ClientsNode, DomainNode, DomainsNode, PoolNode, ProfileNode, RegionNode, ResourceServerNode, ResourceServersNode, ScopeNode, UrlNode } from '../../client/src/explorer/nodes';
import { startEmulator, type Emulator } from '../../scripts/emulator/start';
import { seededClient } from '../../scripts/emulator/seed';
import { freePort } from '../support/moto';

// No instance-metadata probing on CI machines; moto accepts any signature.
process.env.AWS_EC2_METADATA_DISABLED = 'true';

const children = async (node: ExplorerNode): Promise<ExplorerNode[]> => (node.getChildren ? node.getChildren() : []);

function model(endpoint: string) {
  const settings = { endpoint, regions: ['us-east-1'] };
  return new ExplorerModel(settings, { changed: () => undefined, noCredentials: () => undefined }, awsBackend(settings));
}

async function regionNode(endpoint: string): Promise<RegionNode> {
  const [profile] = await model(endpoint).roots();
  const [region] = await children(profile);
  assert.ok(region instanceof RegionNode);
  return region;
}

async function allPools(region: RegionNode): Promise<PoolNode[]> {
  for (let guard = 0; guard < 10; guard++) {
    const nodes = await children(region);
    const more = nodes.find((n): n is LoadMoreNode => n instanceof LoadMoreNode);
    if (!more) return nodes.filter((n): n is PoolNode => n instanceof PoolNode);
    await more.loadMore();
  }
  throw new Error('paging did not end');
}

describe('explorer against seeded moto', () => {
  let emulator: Emulator;
  let pools: PoolNode[];

  before(async () => {
    emulator = await startEmulator({ paging: true });
    pools = await allPools(await regionNode(emulator.endpoint));
  });
  after(async () => {
    await emulator?.stop();
  });

  const pool = (key: 'orders' | 'partners' | 'storefront') => {
    const p = pools.find((x) => x.poolId === emulator.pools[key].poolId);
    assert.ok(p, key);
    return p;
  };
  const clientNode = async (key: 'orders' | 'partners' | 'storefront', name: string): Promise<ClientNode> => {
    const [clients] = await children(pool(key));
    const node = (await children(clients)).find((n) => n instanceof ClientNode && n.summary.ClientName === name);
    assert.ok(node instanceof ClientNode, name);
    return node;
  };

  it('reaches more than 60 pools through Load more', async () => {
    assert.ok(emulator.allPoolIds.length > 60);
    assert.deepEqual(pools.map((p) => p.poolId).sort(), [...emulator.allPoolIds].sort());
  });

  it('shows every node kind for the M2M pool', async () => {
    const orders = pool('orders');
    await orders.details();
    assert.match(orders.getTreeItem().description ?? '', /· ESSENTIALS$/);
    const tree = await expand(orders, 4);
    const kinds = new Set(tree.map((n) => n.constructor.name));
    for (const k of [PoolNode, ClientsNode, ClientNode, ResourceServersNode, ResourceServerNode, ScopeNode, DomainsNode, DomainNode, UrlNode]) assert.ok(kinds.has(k.name), k.name);
    const byName = new Map(tree.filter((n): n is ClientNode => n instanceof ClientNode).map((n) => [n.summary.ClientName, n.getTreeItem().contextValue]));
    assert.match(byName.get('fulfilment-worker')!, /\bclient\b.*\bconfidential\b.*\bm2m\b/);
    assert.match(byName.get('orders-web')!, /\bpublic\b/);
    assert.match(byName.get('orders-admin-portal')!, /\bconfidential\b/);
    assert.doesNotMatch(byName.get('orders-admin-portal')!, /\bm2m\b/);
    assert.doesNotMatch(byName.get('orders-web')!, /\bm2m\b/);
    assert.doesNotMatch(byName.get('reports-exporter')!, /\bconfidential\b/);
    const scopes = tree.filter((n): n is ScopeNode => n instanceof ScopeNode).map((s) => [s.fullName, s.scopeDescription]);
    assert.deepEqual(scopes, [['orders-api/read', 'Read orders'], ['orders-api/write', 'Create and update orders'], ['https://inventory.example.com/stock.read', 'Read stock levels']]);
    const urls = tree.filter((n): n is UrlNode => n instanceof UrlNode).map((u) => [u.label, u.value]);
    assert.deepEqual(urls, [
      ['Hosted UI', 'https://orders-prod-auth.auth.us-east-1.amazoncognito.com'],
      ['Token endpoint', 'https://orders-prod-auth.auth.us-east-1.amazoncognito.com/oauth2/token'],
      ['Status', 'ACTIVE'],
    ]);
    assert.ok(tree.every((n) => !(n instanceof ErrorNode)));
  });

  it('shows message nodes for a pool without resource servers', async () => {
    const [, servers] = await children(pool('storefront'));
    const [message] = await children(servers);
    assert.ok(message instanceof MessageNode);
    assert.equal(message.getTreeItem().label, 'No resource servers');
  });

  it('shows an error node with the cause when the endpoint is unreachable', async () => {
    const port = await freePort();
    const region = await regionNode(`http://127.0.0.1:${port}`);
    const [error] = await children(region);
    assert.ok(error instanceof ErrorNode);
    assert.equal(error.problem.kind, 'unreachable');
    assert.equal(error.getTreeItem().label, 'Endpoint unreachable');
    assert.match(error.problem.detail, /ECONNREFUSED/);
  });

  it('opens a client configuration that the language service lints against the live scopes', async () => {
    const node = await clientNode('orders', 'billing-typo-scope');
    const doc = await fetchConfiguration(node);
    assert.equal(doc.path, `clients/${node.clientId}.json`);
    assert.equal(JSON.parse(doc.text).UserPoolClient.ClientId, node.clientId);
    // What the language server does with the cognitoLens/externalScopes notification and the virtual document.
    const service = createLanguageService();
    const servers = await fetchResourceServers(node.pool);
    service.index.setExternal({ poolId: node.pool.poolId, resourceServers: servers.map((s) => ({ identifier: s.Identifier!, name: s.Name, scopes: (s.Scopes ?? []).map((x) => ({ name: x.ScopeName!, description: x.ScopeDescription })) })) });
    const uri = `cognito-lens://us-east-1/${node.pool.poolId}/${doc.path}`;
    service.update(uri, doc.text, 'json');
    const problems = service.validate(uri);
    const scope = problems.find((p) => p.ruleId === 'cognito/custom-scope-not-defined');
    assert.ok(scope, JSON.stringify(problems.map((p) => p.ruleId)));
    assert.equal(doc.text.slice(scope.offset, scope.offset + scope.length), '"orders-api/admin"');
    const clean = await fetchConfiguration(await clientNode('orders', 'fulfilment-worker'));
    service.update('cognito-lens://clean.json', clean.text, 'json');
    assert.deepEqual(service.validate('cognito-lens://clean.json').filter((p) => p.severity === 'error'), []);
  });

  it('lint pool reports the broken clients and nothing for the good ones', async () => {
    const orders = emulator.pools.orders;
    const data = pool('orders').data;
    const linted = lintSnapshot(await snapshotPool(data, orders.poolId), (d) => liveUri('cognito-lens', 'us-east-1', orders.poolId, d));
    const errors = (name: string) => linted.find((l) => l.document.id === seededClient(orders, name).clientId)!.problems.filter((p) => p.severity === 'error').map((p) => p.ruleId);
    for (const c of orders.clients) {
      if (c.breaks.length > 0) assert.deepEqual(errors(c.name), c.breaks, c.name);
      else assert.deepEqual(errors(c.name), [], c.name);
    }
  });

  it('requests an M2M token whose claims match the client and verify against moto\'s JWKS', async () => {
    const node = await clientNode('orders', 'fulfilment-worker');
    const overrides = { endpoint: emulator.endpoint, tokenEndpoint: emulator.tokenEndpoint, jwksUrl: emulator.jwksUrl };
    const result = await requestClientToken(node, ['orders-api/read'], overrides);
    const claims = decodeJwt(result.token);
    assert.equal(claims.token_use, 'access');
    assert.equal(claims.client_id, node.clientId);
    assert.equal(claims.sub, node.clientId);
    assert.equal(claims.scope, 'orders-api/read');
    assert.equal(result.jwksUrl, `${emulator.endpoint}/${node.pool.poolId}/.well-known/jwks.json`);
    const verified = await jwtVerify(result.token, createRemoteJWKSet(new URL(result.jwksUrl)), { issuer: result.issuer });
    assert.equal(verified.protectedHeader.kid, 'dummy');
    assert.equal(result.issuer, `https://cognito-idp.us-east-1.amazonaws.com/${node.pool.poolId}`);

    const all = decodeJwt((await requestClientToken(node, [], overrides)).token);
    assert.equal(all.scope, 'orders-api/read orders-api/write', 'no scope requested: every allowed scope');
  });

  it('gets Cognito\'s OAuth errors from the token endpoint', async () => {
    const worker = await clientNode('orders', 'fulfilment-worker');
    const overrides = { endpoint: emulator.endpoint, tokenEndpoint: emulator.tokenEndpoint };
    await assert.rejects(requestClientToken(worker, ['orders-api/admin'], overrides), (e: unknown) => e instanceof TokenRequestError && e.error === 'invalid_scope');
    await assert.rejects(requestClientToken(worker, ['orders-api/read'], overrides, 'wrong-secret'), (e: unknown) => e instanceof TokenRequestError && e.error === 'invalid_client' && e.status === 401);
    const spa = await clientNode('orders', 'orders-web');
    await assert.rejects(requestClientToken(spa, [], overrides), /does not allow client_credentials/);
    // The endpoint itself refuses what Cognito refuses: a public client cannot authenticate, a confidential client
    // without the grant is not authorised for it.
    await assert.rejects(requestClientCredentialsToken({ tokenUrl: emulator.tokenEndpoint, clientId: spa.clientId, clientSecret: 'x' }), (e: unknown) => e instanceof TokenRequestError && e.error === 'invalid_client');
    const portal = await clientNode('orders', 'orders-admin-portal');
    const portalSecret = (await portal.describe()).ClientSecret!;
    await assert.rejects(requestClientCredentialsToken({ tokenUrl: emulator.tokenEndpoint, clientId: portal.clientId, clientSecret: portalSecret }), (e: unknown) => e instanceof TokenRequestError && e.error === 'unauthorized_client' && e.status === 400);
    const legacy = await clientNode('orders', 'legacy-m2m-openid');
    const legacySecret = (await legacy.describe()).ClientSecret!;
    await assert.rejects(requestClientCredentialsToken({ tokenUrl: emulator.tokenEndpoint, clientId: legacy.clientId, clientSecret: legacySecret, scopes: ['openid'] }), (e: unknown) => e instanceof TokenRequestError && e.error === 'invalid_scope');
  });
});

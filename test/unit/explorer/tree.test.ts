import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExplorerModel } from '../../../client/src/explorer/model';
import { ErrorNode, LoadMoreNode, MessageNode, type ExplorerNode } from '../../../client/src/explorer/node-base';
import { ClientNode, ClientsNode, DomainNode, DomainsNode, PoolNode, ProfileNode, RegionNode, ResourceServerNode, ResourceServersNode, ScopeNode, UrlNode } from '../../../client/src/explorer/nodes';
import { idOf } from '../../../client/src/explorer/actions';
import { FakeCognito, RecordingListener, fakeBackend, sampleAccount } from './fake-cognito';

const settings = { profile: 'dev', regions: ['us-east-1'] };

async function setup(extra = 0) {
  const data = new FakeCognito('us-east-1', sampleAccount(extra));
  const listener = new RecordingListener();
  const model = new ExplorerModel(settings, listener, fakeBackend(data));
  const [profile] = await model.roots();
  const [region] = await profile.getChildren!();
  return { data, listener, model, profile: profile as ProfileNode, region: region as RegionNode };
}

const children = async (node: ExplorerNode) => (await node.getChildren!()) as ExplorerNode[];
const words = (node: ExplorerNode) => node.getTreeItem().contextValue.split(' ');

async function poolNamed(region: RegionNode, name: string): Promise<PoolNode> {
  const pool = (await children(region)).find((n) => n instanceof PoolNode && n.summary.Name === name);
  assert.ok(pool instanceof PoolNode, `pool ${name}`);
  return pool;
}

describe('explorer tree', () => {
  it('shows profile → region → pools with the tier in the description once described', async () => {
    const { profile, region, listener } = await setup();
    assert.equal(profile.getTreeItem().label, 'dev');
    assert.equal(listener.noCreds, false);
    assert.deepEqual(words(region), ['region', 'refreshable']);
    const pool = await poolNamed(region, 'orders');
    await pool.details();
    assert.equal(pool.getTreeItem().description, 'us-east-1_Orders001 · ESSENTIALS');
    assert.ok(words(pool).includes('pool') && words(pool).includes('refreshable'));
    assert.ok(listener.changes.includes(pool), 'the view is told to redraw the pool when its tier arrives');
  });

  it('pages pools 60 at a time behind a Load more node until all are reachable', async () => {
    const { region, data } = await setup(70);
    let nodes = await children(region);
    assert.equal(nodes.filter((n) => n instanceof PoolNode).length, 60);
    const more = nodes.at(-1);
    assert.ok(more instanceof LoadMoreNode);
    assert.equal(more.getTreeItem().command?.command, 'cognitoLens.loadMore');
    await more.loadMore();
    nodes = await children(region);
    const pools = nodes.filter((n): n is PoolNode => n instanceof PoolNode);
    assert.equal(pools.length, 72);
    assert.equal(new Set(pools.map((p) => p.id)).size, 72, 'ids are unique');
    assert.ok(!nodes.some((n) => n instanceof LoadMoreNode));
    assert.equal(data.calls.listPools, 2);
  });

  it('classifies app clients: M2M confidential, public, confidential non-M2M', async () => {
    const { region } = await setup();
    const pool = await poolNamed(region, 'orders');
    const [clients] = await children(pool);
    assert.ok(clients instanceof ClientsNode);
    const nodes = (await children(clients)) as ClientNode[];
    const byName = Object.fromEntries(nodes.map((n) => [n.summary.ClientName, n]));
    assert.deepEqual(words(byName.worker).sort(), ['client', 'confidential', 'm2m', 'refreshable']);
    assert.equal(byName.worker.getTreeItem().icon, 'server-process');
    assert.deepEqual(words(byName.web).sort(), ['client', 'public', 'refreshable']);
    assert.equal(byName.web.getTreeItem().icon, 'unlock');
    assert.ok(!words(byName.backend).includes('m2m') && words(byName.backend).includes('confidential'));
    assert.match(byName.worker.getTreeItem().description ?? '', /worker1 · M2M, confidential/);
    assert.equal(byName.worker.id, 'profile:dev/us-east-1/us-east-1_Orders001/clients/worker1');
    assert.equal(idOf(byName.worker), 'worker1');
  });

  it('matches the package.json menu regexes', async () => {
    const { region } = await setup();
    const pool = await poolNamed(region, 'orders');
    const [clients, servers] = await children(pool);
    const worker = (await children(clients)).find((n) => n instanceof ClientNode && n.clientId === 'worker1')!;
    const web = (await children(clients)).find((n) => n instanceof ClientNode && n.clientId === 'web1')!;
    const server = (await children(servers))[0];
    const ctx = (n: ExplorerNode) => n.getTreeItem().contextValue;
    assert.match(ctx(worker), /\bm2m\b/);
    assert.doesNotMatch(ctx(web), /\bm2m\b/);
    assert.match(ctx(pool), /\bpool\b/);
    assert.doesNotMatch(ctx(clients), /\b(pool|client|m2m)\b/, 'the App clients folder has no client actions');
    assert.match(ctx(server), /\bresourceServer\b/);
    assert.match(ctx(region), /\bregion\b/);
  });

  it('lists resource servers with their scopes and tells the language server about them', async () => {
    const { region, listener } = await setup();
    const pool = await poolNamed(region, 'orders');
    const servers = (await children(pool))[1];
    assert.ok(servers instanceof ResourceServersNode);
    const [orders, empty] = (await children(servers)) as ResourceServerNode[];
    assert.equal(orders.getTreeItem().label, 'orders');
    const scopes = (await children(orders)) as ScopeNode[];
    assert.deepEqual(scopes.map((s) => [s.getTreeItem().label, s.getTreeItem().description, s.fullName]), [['read', 'Read orders', 'orders/read'], ['write', 'Write orders', 'orders/write']]);
    assert.equal(scopes[0].getTreeItem().contextValue, 'scope');
    assert.ok((await children(empty))[0] instanceof MessageNode);
    assert.deepEqual(listener.scopes, [{ poolId: 'us-east-1_Orders001', identifiers: ['orders', 'empty-api'] }]);
  });

  it('shows the prefix domain with hosted UI and token endpoint URLs, or a message when there is none', async () => {
    const { region } = await setup();
    const pool = await poolNamed(region, 'orders');
    const domains = (await children(pool))[2];
    assert.ok(domains instanceof DomainsNode);
    const [domain] = await children(domains);
    assert.ok(domain instanceof DomainNode);
    assert.equal(domain.getTreeItem().description, 'prefix domain');
    assert.equal(domain.getTreeItem().contextValue, 'domain');
    const info = (await children(domain)) as UrlNode[];
    assert.deepEqual(info.map((i) => [i.label, i.value]), [
      ['Hosted UI', 'https://orders-auth.auth.us-east-1.amazoncognito.com'],
      ['Token endpoint', 'https://orders-auth.auth.us-east-1.amazoncognito.com/oauth2/token'],
      ['Status', 'ACTIVE'],
    ]);
    const emptyPool = await poolNamed(region, 'empty');
    const [noDomain] = await children((await children(emptyPool))[2]);
    assert.ok(noDomain instanceof MessageNode);
    assert.match(noDomain.getTreeItem().label, /No domain/);
  });

  it('shows message nodes for empty lists', async () => {
    const { region } = await setup();
    const pool = await poolNamed(region, 'empty');
    const [clients, servers] = await children(pool);
    assert.deepEqual((await children(clients)).map((n) => n.getTreeItem().label), ['No app clients']);
    assert.deepEqual((await children(servers)).map((n) => n.getTreeItem().label), ['No resource servers']);
  });

  it('keeps ids stable across a refresh and asks AWS again', async () => {
    const { region, data, listener } = await setup();
    const before = (await children(region)).map((n) => n.id);
    region.refresh();
    assert.ok(listener.changes.includes(region));
    const after = (await children(region)).map((n) => n.id);
    assert.deepEqual(after, before);
    assert.equal(data.calls.listPools, 2);
  });

  it('turns a failed list into an error node whose retry loads again', async () => {
    const { region, data } = await setup();
    data.failNext('listPools', Object.assign(new Error('User: arn:aws:iam::1:user/x is not authorized to perform: cognito-idp:ListUserPools'), { name: 'AccessDeniedException' }));
    const [error] = await children(region);
    assert.ok(error instanceof ErrorNode);
    assert.equal(error.problem.kind, 'access-denied');
    assert.equal(error.getTreeItem().label, 'Access denied');
    assert.match(error.getTreeItem().description ?? '', /not authorized to perform: cognito-idp:ListUserPools/);
    assert.equal(error.getTreeItem().command?.command, 'cognitoLens.retry');
    await error.retry();
    assert.ok((await children(region)).every((n) => n instanceof PoolNode));
  });

  it('keeps loaded pools when a later page fails, and retries only that page', async () => {
    const { region, data } = await setup(70);
    await children(region);
    data.failNext('listPools', Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }));
    await ((await children(region)).at(-1) as LoadMoreNode).loadMore();
    let nodes = await children(region);
    assert.equal(nodes.filter((n) => n instanceof PoolNode).length, 60);
    const error = nodes.at(-1);
    assert.ok(error instanceof ErrorNode && error.problem.kind === 'throttled');
    await error.retry();
    nodes = await children(region);
    assert.equal(nodes.filter((n) => n instanceof PoolNode).length, 72);
  });

  it('marks a client whose describe failed instead of dropping it', async () => {
    const { region, data } = await setup();
    const pool = await poolNamed(region, 'orders');
    const [clients] = await children(pool);
    data.failNext('describeClient', Object.assign(new Error('The security token included in the request is expired'), { name: 'ExpiredTokenException' }));
    const nodes = (await children(clients)) as ClientNode[];
    assert.equal(nodes.length, 3);
    const broken = nodes.filter((n) => n.kind === undefined);
    assert.equal(broken.length, 1);
    assert.match(broken[0].getTreeItem().tooltip ?? '', /expired/);
    assert.equal(broken[0].getTreeItem().iconColor, 'errorForeground');
  });

  it('leaves the view empty (welcome content) without credentials, and shows an expired session as an error', async () => {
    const data = new FakeCognito('us-east-1', sampleAccount());
    const listener = new RecordingListener();
    const none = new ExplorerModel(settings, listener, { ...fakeBackend(data), checkCredentials: async () => ({ kind: 'no-credentials', title: 'No credentials', detail: 'Could not load credentials from any providers' }) });
    assert.deepEqual(await none.roots(), []);
    assert.equal(listener.noCreds, true);
    const expired = new ExplorerModel(settings, listener, { ...fakeBackend(data), checkCredentials: async () => ({ kind: 'expired-credentials', title: 'Credentials expired', detail: 'SSO session expired', hint: 'aws sso login' }) });
    const [profile] = await expired.roots();
    assert.equal(listener.noCreds, false);
    const [error] = await children(profile);
    assert.ok(error instanceof ErrorNode && error.problem.kind === 'expired-credentials');
    assert.equal(data.calls.listPools, undefined, 'no AWS call without usable credentials');
  });

  it('shows one region node per configured region', async () => {
    const data = new FakeCognito('us-east-1', sampleAccount());
    const model = new ExplorerModel(settings, new RecordingListener(), fakeBackend(data, ['us-east-1', 'eu-west-1']));
    const [profile] = await model.roots();
    assert.deepEqual((await children(profile)).map((n) => n.id), ['profile:dev/us-east-1', 'profile:dev/eu-west-1']);
  });
});

// The explorer's VS Code side (tree adapter, commands, virtual documents, Problems, secrets) against a recorded fake
// of `vscode` and the AWS SDK mocked with aws-sdk-client-mock.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import Module from 'node:module';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  CognitoIdentityProviderClient,
  DescribeResourceServerCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ListResourceServersCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mockClient } from 'aws-sdk-client-mock';
import type { UserPoolClientType } from '@aws-sdk/client-cognito-identity-provider';
import type * as RegisterModule from '../../../client/src/explorer/register';
import type { ExplorerNode } from '../../../client/src/explorer/node-base';
import * as fake from './fake-vscode';

const fakePath = require.resolve('./fake-vscode');
const internals = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const originalResolve = internals._resolveFilename;
internals._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakePath : originalResolve.call(this, request, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registerExplorer } = require('../../../client/src/explorer/register') as typeof RegisterModule;

const SECRET = 'TOPSECRETvalue1234567890abcdef';
const POOL = 'us-east-1_Orders001';
const RS = { UserPoolId: POOL, Identifier: 'orders', Name: 'Orders', Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }, { ScopeName: 'write', ScopeDescription: 'Write' }] };
const WORKER: UserPoolClientType = { UserPoolId: POOL, ClientId: 'worker1', ClientName: 'worker', ClientSecret: SECRET, AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['orders/read', 'orders/write'] };
const NO_SECRET: UserPoolClientType = { UserPoolId: POOL, ClientId: 'nosecret1', ClientName: 'no-secret', AllowedOAuthFlowsUserPoolClient: true, AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: ['orders/read'] };

const cognito = mockClient(CognitoIdentityProviderClient);
const logLines: string[] = [];
const log = { info: (m: string) => logLines.push(m), warn: (m: string) => logLines.push(m), error: (m: string) => logLines.push(m) };
const opened: { token: string; target: unknown }[] = [];
const notifications: { method: string; params: { poolId: string; resourceServers: { identifier: string; scopes: { name: string }[] }[] } }[] = [];
const secrets = new Map<string, string>();
const state = new Map<string, unknown>();
const token = { status: 200, body: '' as string, authorization: [] as string[], bodies: [] as string[] };
let server: Server;
let languageServerRunning = true;
const stateListeners: ((e: { newState: number }) => void)[] = [];
let tokenUrl = '';

function mockAws(): void {
  cognito.reset();
  cognito.on(ListUserPoolsCommand).resolves({ UserPools: [{ Id: POOL, Name: 'orders' }] });
  cognito.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: POOL, Name: 'orders', Domain: 'orders-auth', UserPoolTier: 'ESSENTIALS', Arn: `arn:aws:cognito-idp:us-east-1:111122223333:userpool/${POOL}` } });
  cognito.on(ListUserPoolClientsCommand).resolves({ UserPoolClients: [{ ClientId: 'worker1', ClientName: 'worker', UserPoolId: POOL }, { ClientId: 'nosecret1', ClientName: 'no-secret', UserPoolId: POOL }] });
  cognito.on(DescribeUserPoolClientCommand, { ClientId: 'worker1' }).resolves({ UserPoolClient: WORKER });
  cognito.on(DescribeUserPoolClientCommand, { ClientId: 'nosecret1' }).resolves({ UserPoolClient: NO_SECRET });
  cognito.on(ListResourceServersCommand).resolves({ ResourceServers: [RS] });
  cognito.on(DescribeResourceServerCommand).resolves({ ResourceServer: RS });
  cognito.on(DescribeUserPoolDomainCommand).resolves({ DomainDescription: { Domain: 'orders-auth', UserPoolId: POOL, Status: 'ACTIVE' } });
}

const provider = () => fake.recorded.treeProviders.get('cognitoLens.explorer')!;
const command = (id: string) => {
  const fn = fake.recorded.commands.get(id);
  assert.ok(fn, id);
  return fn;
};

async function node(path: string[]): Promise<ExplorerNode> {
  let children = (await provider().getChildren()) as ExplorerNode[];
  let found: ExplorerNode | undefined;
  for (const label of path) {
    found = children.find((c) => c.getTreeItem().label === label);
    assert.ok(found, `${label} in ${children.map((c) => c.getTreeItem().label).join(', ')}`);
    children = found.getChildren ? await found.getChildren() : [];
  }
  return found!;
}
const PROFILE = 'local @ http://127.0.0.1:9';
const client = (name: string) => node([PROFILE, 'us-east-1', 'orders', 'App clients', name]);

before(async () => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      token.authorization.push(req.headers.authorization ?? '');
      token.bodies.push(body);
      res.writeHead(token.status, { 'content-type': 'application/json' });
      res.end(token.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  tokenUrl = `http://127.0.0.1:${port}/${POOL}/oauth2/token`;
  fake.recorded.settings = { profile: 'local', endpoint: 'http://127.0.0.1:9', regions: ['us-east-1'], tokenEndpoint: `http://127.0.0.1:${port}/{poolId}/oauth2/token` };
  mockAws();
  const context = {
    subscriptions: [] as unknown[],
    secrets: { get: async (k: string) => secrets.get(k), store: async (k: string, v: string) => void secrets.set(k, v), delete: async (k: string) => void secrets.delete(k) },
    globalState: { get: <T>(k: string, d: T) => (state.has(k) ? (state.get(k) as T) : d), update: async (k: string, v: unknown) => void state.set(k, v) },
  };
  const languageClient = {
    isRunning: () => languageServerRunning,
    onDidChangeState: (l: (e: { newState: number }) => void) => {
      stateListeners.push(l);
      return { dispose: () => undefined };
    },
    sendNotification: async (method: string, params: never) => void notifications.push({ method, params }),
  };
  const decoder = { openToken: async (t: string, target: unknown) => void opened.push({ token: t, target }) };
  registerExplorer(context as never, { log: log as never, decoder, languageClient: languageClient as never });
});
after(() => {
  cognito.restore();
  server.close();
});
beforeEach(() => {
  fake.resetRecorded();
  mockAws();
});

describe('explorer registration', () => {
  it('registers every explorer command the manifest declares, and the status bar item', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const decoderOwned = new Set(['cognitoLens.decodeToken', 'cognitoLens.decodeSelection', 'cognitoLens.openDecoder', 'cognitoLens.showOutput']);
    const declared = manifest.contributes.commands.map((c) => c.command).filter((c) => !decoderOwned.has(c)).sort();
    assert.deepEqual([...fake.recorded.commands.keys()].sort(), declared);
    assert.equal(fake.recorded.statusBar[0].command, 'cognitoLens.selectProfile');
    assert.match(fake.recorded.statusBar[0].text, /local \(emulator\)/);
  });

  it('maps nodes to tree items with stable ids, context values and icons', async () => {
    const worker = await client('worker');
    const item = provider().getTreeItem(worker);
    assert.equal(item.id, `profile:${PROFILE}/us-east-1/${POOL}/clients/worker1`);
    assert.match(item.contextValue ?? '', /\bclient\b/);
    assert.match(item.contextValue ?? '', /\bm2m\b/);
    assert.equal(item.iconPath?.id, 'server-process');
    assert.equal(fake.recorded.context.get('cognitoLens.noCredentials'), false);
  });

  it('opens a configuration as a cognito-lens document with the secret redacted and sends the pool scopes', async () => {
    notifications.length = 0;
    await command('cognitoLens.openConfiguration')(await client('worker'));
    const uri = `cognito-lens://us-east-1/${POOL}/clients/worker1.json`;
    assert.deepEqual(fake.recorded.opened, [uri]);
    const text = fake.recorded.contentProviders.get('cognito-lens')!.provideTextDocumentContent(fake.Uri.parse(uri));
    assert.equal(JSON.parse(text).UserPoolClient.ClientId, 'worker1');
    assert.ok(!text.includes(SECRET));
    assert.deepEqual(notifications.map((n) => [n.method, n.params.poolId, n.params.resourceServers[0].scopes.map((s) => s.name)]), [['cognitoLens/externalScopes', POOL, ['read', 'write']]]);
  });

  it('holds the scopes back until the language server runs', async () => {
    notifications.length = 0;
    languageServerRunning = false;
    await command('cognitoLens.openConfiguration')(await client('worker'));
    assert.equal(notifications.length, 0);
    languageServerRunning = true;
    for (const l of stateListeners) l({ newState: 2 });
    assert.deepEqual(notifications.map((n) => [n.method, n.params.poolId]), [['cognitoLens/externalScopes', POOL]]);
  });

  it('lint pool puts the broken client into the Problems panel', async () => {
    await command('cognitoLens.lintPool')(await node([PROFILE, 'us-east-1', 'orders']));
    const collection = fake.recorded.diagnostics.find((d) => d.name === 'cognito-live')!;
    const broken = collection.entries.get(`cognito-lens://us-east-1/${POOL}/clients/nosecret1.json`) ?? [];
    assert.deepEqual(broken.filter((d) => d.severity === fake.DiagnosticSeverity.Error).map((d) => (d.code as { value: string }).value), ['cognito/client-credentials-requires-secret']);
    assert.deepEqual((collection.entries.get(`cognito-lens://us-east-1/${POOL}/clients/worker1.json`) ?? []).filter((d) => d.severity === 0), []);
    assert.ok(fake.recorded.executed.some((e) => e.id === 'workbench.actions.view.problems'));
    assert.deepEqual(fake.recorded.errors, []);
  });

  it('requests an M2M token with the picked scopes, opens it in the decoder and keeps the secret out of logs and storage', async () => {
    token.status = 200;
    token.body = JSON.stringify({ access_token: 'header.payload.signature', expires_in: 3600, token_type: 'Bearer' });
    fake.recorded.quickPick = (items) => items.filter((i) => i.label === 'orders/read');
    fake.recorded.infoAnswers.push('Not now');
    opened.length = 0;
    await command('cognitoLens.requestToken')(await client('worker'));
    const pick = fake.recorded.quickPickCalls[0];
    assert.deepEqual(pick.items.map((i) => [i.label, i.picked]), [['orders/read', true], ['orders/write', true]]);
    assert.equal(pick.options.canPickMany, true);
    assert.equal(token.authorization.at(-1), `Basic ${Buffer.from(`worker1:${SECRET}`).toString('base64')}`);
    assert.equal(new URLSearchParams(token.bodies.at(-1)).get('scope'), 'orders/read');
    assert.deepEqual(opened, [{
      token: 'header.payload.signature',
      target: { jwksUrl: `http://127.0.0.1:9/${POOL}/.well-known/jwks.json`, issuer: `https://cognito-idp.us-east-1.amazonaws.com/${POOL}`, clientId: 'worker1', source: `client_credentials · worker · ${tokenUrl}` },
    }]);
    await new Promise((r) => setImmediate(r));
    assert.equal(secrets.size, 0, 'nothing remembered unless asked');
    assert.ok(logLines.every((l) => !l.includes(SECRET) && !l.includes('header.payload.signature')), 'neither secret nor token is logged');
  });

  it('remembers the secret only when asked, and forgets it on request', async () => {
    token.status = 200;
    token.body = JSON.stringify({ access_token: 'a.b.c', token_type: 'Bearer' });
    fake.recorded.quickPick = () => [];
    fake.recorded.infoAnswers.push('Remember');
    await command('cognitoLens.requestToken')(await client('worker'));
    for (let i = 0; i < 5 && secrets.size === 0; i++) await new Promise((r) => setTimeout(r, 5));
    assert.deepEqual([...secrets.entries()], [[`cognitoLens.clientSecret/${POOL}/worker1`, SECRET]]);
    assert.equal(new URLSearchParams(token.bodies.at(-1)).get('scope'), null, 'nothing picked: no scope parameter');
    await command('cognitoLens.forgetSecrets')();
    assert.equal(secrets.size, 0);
    assert.match(fake.recorded.infos.at(-1) ?? '', /Forgot 1 remembered client secret/);
  });

  it('shows the OAuth error verbatim when the token endpoint refuses', async () => {
    token.status = 400;
    token.body = JSON.stringify({ error: 'invalid_scope', error_description: 'orders/write is not allowed' });
    fake.recorded.quickPick = (items) => items;
    await command('cognitoLens.requestToken')(await client('worker'));
    assert.deepEqual(fake.recorded.errors, ['Token request failed: invalid_scope: orders/write is not allowed']);
  });

  it('copies ids and ARNs', async () => {
    await command('cognitoLens.copyId')(await client('worker'));
    assert.equal(fake.recorded.clipboard, 'worker1');
    await command('cognitoLens.copyArn')(await node([PROFILE, 'us-east-1', 'orders']));
    assert.equal(fake.recorded.clipboard, `arn:aws:cognito-idp:us-east-1:111122223333:userpool/${POOL}`);
    await command('cognitoLens.copyId')(await node([PROFILE, 'us-east-1', 'orders', 'Resource servers', 'orders', 'read']));
    assert.equal(fake.recorded.clipboard, 'orders/read');
  });

  it('adds a region to the ones shown and removes one', async () => {
    fake.recorded.quickPick = (items) => items.find((i) => i.label === 'eu-west-1');
    await command('cognitoLens.addRegion')();
    await command('cognitoLens.removeRegion')(await node([PROFILE, 'us-east-1']));
    assert.deepEqual(fake.recorded.updates.map((u) => [u.key, u.value]), [['regions', ['us-east-1', 'eu-west-1']], ['regions', []]]);
    fake.recorded.settings.regions = ['us-east-1'];
  });
});

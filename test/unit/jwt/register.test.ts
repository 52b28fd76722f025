// The extension side of the decoder (hover, commands, panel, serializer) against a recorded fake of `vscode`.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Module from 'node:module';
import { before, beforeEach, describe, it } from 'node:test';
import type * as RegisterModule from '../../../client/src/jwt/register';
import type { PanelModel } from '../../../client/src/webview/messages';
import * as fake from './fake-vscode';
import { accessClaims, CLIENT_ID, makeKey, sign, type TestKey } from './keys';

// Route `require('vscode')` from the code under test to the fake (the real module exists only inside VS Code).
const fakePath = require.resolve('./fake-vscode');
const moduleInternals = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string };
const originalResolve = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? fakePath : originalResolve.call(this, request, ...rest);
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registerDecoder } = require('../../../client/src/jwt/register') as typeof RegisterModule;

const logLines: string[] = [];
const log = { info: (m: string) => logLines.push(m), error: (m: string) => logLines.push(m), warn: (m: string) => logLines.push(m) };
let api: RegisterModule.DecoderApi;
let key: TestKey;
let token: string;

type Posted = { type: string; [k: string]: unknown };
const lastPanel = (): fake.FakePanel => {
  const p = fake.recorded.panels.at(-1);
  assert.ok(p, 'a panel was created');
  return p;
};
const posted = (p: fake.FakePanel): Posted[] => p.webview.posted as Posted[];
const renderedModel = (p: fake.FakePanel): PanelModel => {
  const render = posted(p).filter((m) => m.type === 'render').at(-1) as { model: PanelModel } | undefined;
  assert.ok(render, 'the panel rendered');
  return render.model;
};

before(async () => {
  key = await makeKey('RS256', 'k1');
  token = await sign(key, { ...accessClaims(), exp: Math.floor(Date.now() / 1000) + 3600, iat: Math.floor(Date.now() / 1000) - 10 });
  const context = { subscriptions: [] as unknown[], extensionUri: fake.Uri.file('/ext') };
  api = registerDecoder(context as never, { log: log as never });
});

beforeEach(() => {
  for (const p of fake.recorded.panels) p.dispose();
  fake.recorded.settings = {};
  fake.recorded.errors.length = 0;
});

describe('registration', () => {
  it('hovers in every language of file and untitled documents; registers the commands and the serializer', () => {
    assert.deepEqual(fake.recorded.hoverSelectors, [[{ scheme: 'file' }, { scheme: 'untitled' }]]);
    for (const id of ['cognitoLens.decodeToken', 'cognitoLens.decodeSelection', 'cognitoLens.openDecoder']) assert.ok(fake.recorded.commands.has(id), id);
    assert.ok(fake.recorded.serializers.has('cognitoLens.decoder'));
  });
});

describe('hover', () => {
  const hoverAt = (text: string, line: number, character: number) => fake.recorded.hoverProviders[0]?.provideHover(fake.fakeDocument(text), { line, character });

  for (const [name, text, line] of [
    ['.env', '# local\nACCESS_TOKEN=%T%\n', 1],
    ['.http', 'GET https://api.example.com/orders\nAuthorization: Bearer %T%\n', 1],
    ['JSON', '{\n  "AccessToken": "%T%"\n}', 1],
  ] as const) {
    it(`summarizes a token in a ${name} file, with only our command trusted`, () => {
      const doc = text.replace('%T%', token);
      const lineText = doc.split('\n')[line] ?? '';
      const start = lineText.indexOf(token);
      const hover = hoverAt(doc, line, start + 20);
      assert.ok(hover);
      assert.deepEqual(hover.range, new fake.Range(line, start, line, start + token.length));
      assert.match(hover.contents.value, /User access token/);
      assert.match(hover.contents.value, /\(command:cognitoLens\.openDecoder\?/);
      assert.deepEqual(hover.contents.isTrusted, { enabledCommands: ['cognitoLens.openDecoder'] });
    });
  }

  it('nothing off the token, nothing when disabled', () => {
    const doc = `A=1 B=${token}`;
    assert.equal(hoverAt(doc, 0, 1), undefined);
    fake.recorded.settings = { 'hover.enabled': false };
    assert.equal(hoverAt(doc, 0, 10), undefined);
  });
});

describe('decoder panel', () => {
  it('opens from the hover link as a locked-down webview and renders once the page is ready', async () => {
    await fake.recorded.commands.get('cognitoLens.openDecoder')?.(token);
    const panel = lastPanel();
    assert.equal(panel.viewType, 'cognitoLens.decoder');
    const options = panel.options as { enableScripts: boolean; localResourceRoots: fake.Uri[] };
    assert.equal(options.enableScripts, true);
    assert.deepEqual(options.localResourceRoots.map((u) => u.path), ['/ext/dist', '/ext/media']);
    const html = panel.webview.html;
    const nonce = /script-src 'nonce-([A-Za-z0-9]{32})'/.exec(html)?.[1];
    assert.ok(nonce);
    assert.ok(html.includes(`<script nonce="${nonce}" src="file:///webview/ext/dist/webview.js">`));
    assert.ok(!html.includes(token.split('.')[1] ?? 'x') && !html.includes(CLIENT_ID), 'no token data in the HTML');
    await panel.webview.fromPage({ type: 'ready' });
    assert.equal(renderedModel(panel).source, 'hover');
    assert.equal(renderedModel(panel).kindLabel, 'User access token');
  });

  it('is a singleton: the explorer target reuses and reveals the open panel', async () => {
    await api.openToken(token, { source: 'first' });
    const panel = lastPanel();
    await panel.webview.fromPage({ type: 'ready' });
    const count = fake.recorded.panels.length;
    await api.openToken(token, { source: 'explorer: web', clientId: CLIENT_ID, issuer: 'http://emu/pool', jwksUrl: 'http://emu/jwks' });
    assert.equal(fake.recorded.panels.length, count);
    assert.equal(panel.revealed, 1);
    const { request } = renderedModel(panel);
    assert.deepEqual([request.clientId, request.jwksUrl], [CLIENT_ID, 'http://emu/jwks']);
  });

  it('verifies with a pasted JWKS, copies claims, and never logs the token', async () => {
    await api.openToken(token, {});
    const panel = lastPanel();
    await panel.webview.fromPage({ type: 'ready' });
    await panel.webview.fromPage({ type: 'verify', request: { tokenUse: 'access', clientId: CLIENT_ID, scopes: '', groups: '', jwksUrl: '', jwksJson: JSON.stringify({ keys: [key.publicJwk] }) } });
    const verified = posted(panel).find((m) => m.type === 'verified');
    assert.equal(verified?.valid, true, JSON.stringify(verified));
    assert.equal(verified?.jwksLabel, 'pasted JWKS');
    await panel.webview.fromPage({ type: 'copy', target: { what: 'claim', name: 'client_id' } });
    assert.equal(fake.recorded.clipboard, CLIENT_ID);
    await panel.webview.fromPage({ type: 'copy', target: { what: 'token' } });
    assert.equal(fake.recorded.clipboard, token);
    const [h, p, s] = token.split('.');
    for (const line of logLines) for (const part of [h, p, s]) assert.ok(!line.includes(part ?? '~'), line);
  });

  it('fetches the JWKS on open when cognitoLens.verify.fetchJwksAutomatically is on', async () => {
    const server = createServer((_req, res) => res.end(JSON.stringify({ keys: [key.publicJwk] })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      fake.recorded.settings = { 'verify.fetchJwksAutomatically': true };
      await api.openToken(token, { jwksUrl: `http://127.0.0.1:${port}/jwks.json`, clientId: CLIENT_ID });
      const panel = lastPanel();
      await panel.webview.fromPage({ type: 'ready' });
      for (let i = 0; i < 100 && !posted(panel).some((m) => m.type === 'verified'); i++) await new Promise((r) => setTimeout(r, 20));
      const verified = posted(panel).find((m) => m.type === 'verified');
      assert.equal(verified?.signature, 'valid', JSON.stringify(verified));
      assert.equal(verified?.jwksLabel, `http://127.0.0.1:${port}/jwks.json`);
    } finally {
      server.close();
    }
  });

  it('does not fetch on open by default', async () => {
    await api.openToken(token, { jwksUrl: 'http://127.0.0.1:9/never' });
    const panel = lastPanel();
    await panel.webview.fromPage({ type: 'ready' });
    assert.deepEqual(posted(panel).map((m) => m.type), ['render']);
  });

  it('reports a bad pasted JWKS to the page without verifying', async () => {
    await api.openToken(token, {});
    const panel = lastPanel();
    await panel.webview.fromPage({ type: 'ready' });
    await panel.webview.fromPage({ type: 'verify', request: { tokenUse: '', clientId: '', scopes: '', groups: '', jwksUrl: '', jwksJson: 'nope' } });
    assert.deepEqual(posted(panel).at(-1), { type: 'verifyError', message: 'The pasted JWKS is not JSON.' });
  });

  it('restores after a reload as an empty panel: the token was never persisted', async () => {
    const revived = new fake.FakePanel('cognitoLens.decoder', {});
    await fake.recorded.serializers.get('cognitoLens.decoder')?.deserializeWebviewPanel(revived, undefined);
    await revived.webview.fromPage({ type: 'ready' });
    const messages = posted(revived);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.type, 'empty');
    assert.match(String(messages[0]?.message), /does not keep tokens/);
    assert.deepEqual((revived.webview.options as { localResourceRoots: fake.Uri[] }).localResourceRoots.map((u) => u.path), ['/ext/dist', '/ext/media']);
    revived.dispose();
  });

  it('the palette asks with a masked input box', async () => {
    fake.recorded.inputBoxAnswer = `Bearer ${token}`;
    await fake.recorded.commands.get('cognitoLens.decodeToken')?.();
    assert.equal(fake.recorded.inputBoxOptions.at(-1)?.password, true);
    const validate = fake.recorded.inputBoxOptions.at(-1)?.validateInput as (v: string) => string | undefined;
    assert.equal(validate(token), undefined);
    assert.match(validate('abc') ?? '', /Not a JWT/);
    await lastPanel().webview.fromPage({ type: 'ready' });
    assert.equal(renderedModel(lastPanel()).source, 'pasted token');
  });

  it('a non-token gives an error that does not quote the input', async () => {
    await api.openToken('secret-looking.value');
    assert.equal(fake.recorded.errors.length, 1);
    assert.doesNotMatch(fake.recorded.errors[0] ?? '', /secret-looking/);
  });

  it('decodes the selection, or the token under the cursor', async () => {
    const text = `X=${token}`;
    const doc = { ...fake.fakeDocument(text), uri: fake.Uri.file('/w/.env'), getText: () => text };
    fake.window.activeTextEditor = { document: doc, selection: { isEmpty: true, active: { line: 0, character: 5 } } };
    const before = fake.recorded.panels.length;
    await fake.recorded.commands.get('cognitoLens.decodeSelection')?.();
    assert.equal(fake.recorded.panels.length, before + 1);
    await lastPanel().webview.fromPage({ type: 'ready' });
    assert.equal(renderedModel(lastPanel()).source, 'selection in /w/.env');
    fake.window.activeTextEditor = undefined;
  });
});

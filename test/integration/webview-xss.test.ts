// Proves the decoder page renders hostile claims inertly: the real page bundle, the real panel HTML with its CSP,
// in Debian's Chromium (CI needs `apt-get install chromium`), fed a token built to break out of the claims table.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { decodeJwt } from '../../client/src/jwt/decode';
import { buildPanelModel } from '../../client/src/jwt/panel-model';
import { panelHtml } from '../../client/src/webview/html';
import type { HostMessage } from '../../client/src/webview/messages';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
const ONE_MB = 'X'.repeat(1024 * 1024);
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

const HOSTILE_CLAIMS: Record<string, unknown> = {
  iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_<script>alert("iss")</script>',
  sub: '<script>alert(1)</script>',
  token_use: 'access',
  client_id: '<img src=x onerror=alert(2)>',
  website: 'javascript:alert(3)',
  'custom:html': '</td></tr></table><iframe src="javascript:alert(4)"></iframe><a href="javascript:alert(5)">click</a>',
  '<img src=y onerror=alert(6)>': 'hostile claim name',
  'cognito:groups': ['<svg onload=alert(7)>', '<style>body{display:none}</style>'],
  scope: '<b>bold</b> <link rel=stylesheet href=//evil.example/x.css>',
  big: `<script>alert(8)</script>${ONE_MB}`,
  exp: 1795348800,
};
const TOKEN = `${b64({ alg: 'RS256', kid: '<svg/onload=alert(9)>' })}.${b64(HOSTILE_CLAIMS)}.c2ln`;

let dir: string;
let server: Server;
let origin: string;
let browser: Browser;
const served: string[] = [];

before(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: this test needs Debian's Chromium (apt-get install -y chromium)`);
  dir = mkdtempSync(join(tmpdir(), 'cognito-webview-'));
  // The same entry and settings as esbuild.mjs's webview build, into a temp dir so a stale dist/ cannot be tested.
  await esbuild.build({ entryPoints: ['client/src/webview/page.ts'], outfile: join(dir, 'webview.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'error' });
  const script = readFileSync(join(dir, 'webview.js'));
  const css = readFileSync('media/panel.css');
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url === '/') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(panelHtml({ cspSource: origin, nonce: 'TestNonce0123456789abcdefABCDEF0', scriptUri: `${origin}/dist/webview.js`, styleUri: `${origin}/media/panel.css` }));
    } else if (req.url === '/dist/webview.js') {
      res.setHeader('content-type', 'text/javascript');
      res.end(script);
    } else if (req.url === '/media/panel.css') {
      res.setHeader('content-type', 'text/css');
      res.end(css);
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Observed {
  requests: string[];
  dialogs: string[];
  page: Page;
}

async function openPage(): Promise<Observed> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const observed: Observed = { requests: [], dialogs: [], page };
  context.on('request', (r) => observed.requests.push(r.url()));
  page.on('dialog', (d) => {
    observed.dialogs.push(d.message());
    void d.dismiss();
  });
  // Stands in for the VS Code webview host API, and records CSP violations and every DOM mutation from the start.
  // Plain JavaScript text: tsx would add helpers to a function that do not exist in the page.
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => ((window as unknown as { __posted: unknown[] }).__posted ?? []).length > 0);
  return observed;
}

async function post(page: Page, message: HostMessage): Promise<void> {
  await page.evaluate((m) => window.postMessage(m, '*'), message);
}

const INIT_SCRIPT = `
  window.__posted = [];
  window.__violations = [];
  window.__mutations = [];
  window.acquireVsCodeApi = function () {
    return { postMessage: function (m) { window.__posted.push(m); }, getState: function () { return undefined; }, setState: function () {} };
  };
  document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });
  new MutationObserver(function (records) {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      const regionEl = target ? target.closest('[data-region]') : null;
      const added = [];
      // Rows are built detached and attached whole, so the subtree of each added node counts.
      for (const n of r.addedNodes) if (n instanceof Element) for (const e of [n, ...n.querySelectorAll('*')]) added.push(e.tagName.toLowerCase());
      window.__mutations.push({ type: r.type, region: regionEl ? regionEl.getAttribute('data-region') : null, target: target ? (target.id || target.tagName.toLowerCase()) : null, attribute: r.attributeName, added: added });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

type Mutation = { type: string; region: string | null; target: string; attribute: string | null; added: string[] };

describe('decoder page with hostile claims', () => {
  it('renders them as text: no script, no dialog, no request, no DOM change outside the render regions', async () => {
    const decoded = decodeJwt(TOKEN);
    assert.ok(decoded.ok);
    const model = buildPanelModel(decoded.jwt, { source: '<img src=z onerror=alert(10)>' }, { jwksUrl: '', expectedIssuer: '', fetchJwksAutomatically: false, clockToleranceSeconds: 60 }, Date.now());
    const { page, requests, dialogs } = await openPage();
    await page.evaluate(() => ((window as unknown as { __mutations: unknown[] }).__mutations.length = 0));

    await post(page, { type: 'render', model });
    await page.locator('#claims tbody tr').first().waitFor();
    await post(page, { type: 'verified', signature: 'invalid', valid: false, jwksLabel: '<img src=q onerror=alert(11)>', checks: [{ name: '<script>alert(12)</script>', ok: false, message: '<img src=w onerror=alert(13)>' }] });
    await page.locator('#checks tbody tr').first().waitFor();

    const claims = page.locator('#claims');
    for (const text of ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', 'javascript:alert(3)', '<img src=y onerror=alert(6)>', '["<svg onload=alert(7)>","<style>body{display:none}</style>"]']) {
      await assert.doesNotReject(claims.getByText(text, { exact: true }).waitFor({ state: 'visible', timeout: 5000 }), text);
    }
    assert.match(await claims.innerText(), /<\/td><\/tr><\/table><iframe src="javascript:alert\(4\)"><\/iframe>/);
    assert.match(await page.locator('#checks').innerText(), /<script>alert\(12\)<\/script>[\s\S]*<img src=w onerror=alert\(13\)>/);
    assert.match(await page.locator('#signature-status').innerText(), /keys: <img src=q onerror=alert\(11\)>/);

    // The 1 MB claim: shortened in the table, whole in the raw JSON, both as text.
    const bigCell = claims.locator('tr', { hasText: 'big' }).locator('td.value');
    assert.match(await bigCell.innerText(), /^<script>alert\(8\)<\/script>X+… \(\d+ more characters; see Raw JSON\)/);
    assert.ok((await page.locator('#raw-payload').evaluate((e) => e.textContent?.length ?? 0)) > ONE_MB.length);

    // Give any injected handler a moment to fire; nothing in the page should react to it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))));
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, [`${origin}/`, `${origin}/media/panel.css`, `${origin}/dist/webview.js`].filter((u) => requests.includes(u)));
    assert.equal(requests.length, 3, requests.join('\n'));
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), []);

    const dom = await page.evaluate(() => ({
      scripts: Array.from(document.scripts).map((s) => s.getAttribute('src')),
      active: document.querySelectorAll('img, iframe, svg, object, embed, a, style, link:not([rel=stylesheet]), b, frame').length,
      links: Array.from(document.querySelectorAll('link')).map((l) => l.getAttribute('href')),
      handlers: Array.from(document.querySelectorAll('*')).filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith('on'))).length,
      claimTags: [...new Set(Array.from(document.querySelectorAll('#claims tbody *')).map((e) => e.tagName.toLowerCase()))].sort(),
      posted: (window as unknown as { __posted: unknown[] }).__posted,
    }));
    assert.deepEqual(dom.scripts, [`${origin}/dist/webview.js`]);
    assert.equal(dom.active, 0);
    assert.deepEqual(dom.links, [`${origin}/media/panel.css`]);
    assert.equal(dom.handlers, 0);
    assert.deepEqual(dom.claimTags, ['button', 'div', 'span', 'td', 'tr']);
    assert.deepEqual(dom.posted, [{ type: 'ready' }]);

    const mutations = await page.evaluate(() => (window as unknown as { __mutations: Mutation[] }).__mutations);
    const outside = mutations.filter((m) => m.region === null && !isExpectedStateChange(m));
    assert.deepEqual(outside, []);
    const claimMutations = mutations.filter((m) => m.region === 'claims');
    assert.ok(claimMutations.length > 0);
    assert.deepEqual([...new Set(mutations.flatMap((m) => m.added))].sort(), ['button', 'div', 'span', 'td', 'th', 'tr']);
    await page.context().close();
  });
});

/** Outside the regions the page only toggles which section is shown and sets form state. */
function isExpectedStateChange(m: Mutation): boolean {
  if (m.type !== 'attributes') return false;
  return (m.attribute === 'hidden' && (m.target === 'token' || m.target === 'empty')) || (m.attribute === 'placeholder' && m.target === 'f-jwks-url');
}

// The user's path through Cognito Lens in a real VS Code (code-server), driven with Chromium. Each step waits on what a
// user would see (never a fixed sleep) and leaves a screenshot test/e2e/artifacts/<NN-step>.png, taken whether the
// step passed or not, so a reviewer can check that the pictures show what the step names claim.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STEP_TIMEOUT = 30_000;

export async function runSteps({ context, serverUrl, workspace, artifacts, session, log = () => {} }) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT);
  const ui = helpers(page);
  const tree = page.locator('[id="workbench.view.extension.cognitoLens"]');
  // A row by its visible label (the accessible name is the tooltip, which differs per node kind).
  const row = (label) => tree.getByRole('treeitem').filter({ has: page.locator('.label-name').getByText(label, { exact: true }) });
  // The activity bar icon toggles: click it only when the view is not already showing.
  const showView = async () => {
    if (!(await tree.isVisible())) await page.locator('.activitybar .action-item a[aria-label^="Cognito Lens"]').click();
    await tree.waitFor();
  };
  const results = [];
  let n = 0;
  const passed = new Set();
  const step = async (slug, name, fn, { needs = [], reset = true } = {}) => {
    const file = join(artifacts, `${String(++n).padStart(2, '0')}-${slug}.png`);
    const started = Date.now();
    let error;
    try {
      const missing = needs.filter((s) => !passed.has(s));
      if (missing.length > 0) throw new Error(`skipped: needs the step(s) ${missing.join(', ')}, which failed`);
      // Close whatever a failed step may have left open (menus, quick inputs, hovers).
      if (reset) for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
      await fn();
      passed.add(slug);
    } catch (e) {
      error = e instanceof Error ? e.message.split('\n').slice(0, 4).join('\n') : String(e);
      const rows = await tree.getByRole('treeitem').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label'))).catch(() => []);
      if (rows.length > 0) error += `\ntree rows: ${rows.join(' | ')}`;
    }
    await page.screenshot({ path: file }).catch(() => {});
    const r = { name, slug, ok: !error, ms: Date.now() - started, screenshot: file, error };
    results.push(r);
    console.log(`${r.ok ? '  ✓' : '  ✗'} ui: ${name} (${r.ms} ms) → ${file}`);
    if (error) console.log(error.split('\n').map((l) => `      ${l}`).join('\n'));
    return r.ok;
  };

  const workerId = session.emulator.pools.orders.clients.find((c) => c.name === 'fulfilment-worker').clientId;
  const template = readFileSync(join(workspace, 'infra', 'orders-auth.yaml'), 'utf8');
  const envText = readFileSync(join(workspace, '.env'), 'utf8');

  await page.goto(`${serverUrl}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.activitybar').waitFor({ timeout: 60_000 });
  log('workbench ready');

  await step('cognito-view', 'open the Cognito view', async () => {
    await showView();
    await page.locator('.sidebar .title-label', { hasText: /user pools/i }).waitFor();
    await tree.getByRole('treeitem').first().waitFor();
  });

  await step('pools-listed', 'pools from moto listed', async () => {
    await ui.expand(row('us-east-1'));
    for (const pool of ['orders-prod', 'partners-clean', 'storefront-lite']) await row(pool).waitFor();
  });

  await step('pool-expanded', 'expand a pool', async () => {
    await ui.expand(row('orders-prod'));
    for (const child of ['App clients', 'Resource servers', 'Domain']) await row(child).waitFor();
  });

  await step('clients-and-scopes', 'app clients and resource servers with scopes', async () => {
    await ui.expand(row('App clients'));
    for (const client of ['fulfilment-worker', 'orders-web', 'reports-exporter']) await row(client).waitFor();
    await ui.expand(row('Resource servers'));
    await ui.expand(row('orders-api'));
    for (const scope of ['read', 'write']) await row(scope).waitFor();
  });

  await step('template-open', 'open a template with mistakes', async () => {
    await ui.quickOpen('orders-auth.yaml');
    await page.locator('.view-line', { hasText: 'FulfilmentWorkerClient' }).first().waitFor();
  });

  const problems = page.locator('.markers-panel');
  await step('problems-panel', 'Problems panel lists cognito/… codes', async () => {
    await page.keyboard.press('Control+Shift+M');
    await problems.waitFor();
    for (const code of ['cognito/client-credentials-requires-secret', 'cognito/custom-scope-not-defined', 'cognito/callback-url-insecure-http']) {
      await problems.getByText(code).first().waitFor();
    }
  });

  const fixItem = page.locator('.action-widget .monaco-list-row', { hasText: /GenerateSecret/ }).first();
  await step('quick-fix-menu', 'a quick fix is offered on the diagnostic', async () => {
    const { line, column } = ui.find(template, 'GenerateSecret: false', 'GenerateSecret: '.length);
    await ui.goTo(line, column);
    await page.keyboard.press('Control+.');
    await fixItem.waitFor();
  });

  await step('diagnostic-gone', 'applying the quick fix makes the diagnostic go', async () => {
    // The menu opens with its first action focused; move to the GenerateSecret fix and apply it with Enter.
    for (let i = 0; i < 10 && !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: /GenerateSecret/ }).count()); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.locator('.view-line', { hasText: 'GenerateSecret: true' }).first().waitFor();
    await problems.getByText('cognito/custom-scope-not-defined').first().waitFor();
    await problems.getByText('cognito/client-credentials-requires-secret').waitFor({ state: 'detached' });
  }, { needs: ['quick-fix-menu'], reset: false });

  await step('scope-completion', "completion offers the workspace's scopes inside AllowedOAuthScopes", async () => {
    const { line } = ui.find(template, '- orders-api/write', 0);
    await ui.goTo(line, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- ');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget.visible');
    await suggest.locator('.monaco-list-row', { hasText: 'orders-api/refunds' }).first().waitFor();
  });

  const hover = page.locator('.monaco-hover-content');
  await step('jwt-hover', 'hover a JWT in .env shows the decoded summary', async () => {
    await ui.closePanel();
    await ui.quickOpen('.env');
    await page.locator('.view-line', { hasText: 'ORDERS_ACCESS_TOKEN' }).first().waitFor();
    const { line, column } = ui.find(envText, 'ORDERS_ACCESS_TOKEN=', 'ORDERS_ACCESS_TOKEN='.length + 10);
    await ui.goTo(line, column);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await hover.filter({ hasText: 'Cognito Lens' }).first().waitFor();
    await hover.getByText(/orders-api\/read/).first().waitFor();
    await ui.settled(hover.first());
  });

  const webview = () => page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
  await step('decoder-panel', 'open it in the decoder panel', async () => {
    await hover.getByRole('link', { name: /Open in Cognito Lens/ }).first().click();
    await webview().locator('#claims').getByText('token_use').waitFor();
    await webview().locator('#claims tr', { hasText: 'token_use' }).getByText('access', { exact: true }).waitFor();
    // Clicking into the editor dismisses the hover so the screenshot shows the panel.
    await page.locator('.editor-group-container .monaco-editor .view-lines').first().click({ position: { x: 5, y: 200 } });
    await hover.first().waitFor({ state: 'hidden' });
  }, { needs: ['jwt-hover'], reset: false });

  await step('request-m2m-token', 'request an M2M token from a client node', async () => {
    await showView();
    const client = row('fulfilment-worker');
    if (!(await client.isVisible())) {
      await ui.expand(row('orders-prod'));
      await ui.expand(row('App clients'));
    }
    await client.hover();
    await client.locator('.action-label[aria-label^="Request M2M Token"]').click();
    // A scope pick or confirmation may follow: accept its defaults.
    // The token in the panel must be the worker's new one, not the .env token opened before (another client).
    const quickInput = page.locator('.quick-input-widget');
    const workerClaim = webview().locator('#claims tr', { hasText: 'client_id' }).filter({ hasText: workerId });
    await Promise.race([quickInput.waitFor({ state: 'visible' }).then(() => page.keyboard.press('Enter')), workerClaim.waitFor()]);
    await workerClaim.waitFor();
  });

  await step('m2m-token-verified', 'the panel shows token_use: access and a verified signature', async () => {
    const status = webview().locator('#signature-status');
    await webview().locator('#claims tr', { hasText: 'client_id' }).filter({ hasText: workerId }).waitFor();
    if (!/Signature valid/.test((await status.textContent()) ?? '')) await webview().locator('#verify').click();
    await webview().locator('#signature-status', { hasText: 'Signature valid' }).waitFor();
    await webview().locator('#claims tr', { hasText: 'token_use' }).getByText('access', { exact: true }).waitFor();
    await status.scrollIntoViewIfNeeded();
  }, { needs: ['request-m2m-token'] });

  await page.close();
  return results;
}

function helpers(page) {
  return {
    /** Expands a tree row (single click toggles in VS Code trees; Right arrow when the click opened something instead). */
    async expand(row) {
      await row.waitFor();
      if ((await row.getAttribute('aria-expanded')) === 'true') return;
      await row.click();
      try {
        await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: 3000 });
      } catch {
        await row.click();
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle());
      }
    },
    async closePanel() {
      if (await page.locator('.part.panel').isVisible()) {
        await page.keyboard.press('Control+J');
        await page.locator('.part.panel').waitFor({ state: 'hidden' });
      }
    },
    async quickOpen(name) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    },
    /** 1-based line and column of `needle` in `text`, plus `offset` characters. */
    find(text, needle, offset) {
      const at = text.indexOf(needle);
      if (at < 0) throw new Error(`${needle} not in the sample file`);
      const before = text.slice(0, at + offset).split('\n');
      return { line: before.length, column: before[before.length - 1].length + 1 };
    },
    async goTo(line, column) {
      await page.keyboard.press('Control+G');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`:${line}:${column}`);
      await page.keyboard.press('Enter');
      await input.waitFor({ state: 'hidden' });
      await page.locator('.monaco-editor .cursors-layer .cursor').first().waitFor();
    },
    /** Waits for a fading widget to be fully opaque, so the screenshot shows it. */
    async settled(locator) {
      await page.waitForFunction((el) => {
        for (let e = el; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return false;
        return true;
      }, await locator.elementHandle());
    },
  };
}

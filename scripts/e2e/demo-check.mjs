// Checks `npm run demo` as a newcomer would use it: start it, open the URL it prints, see moto's pools in the explorer
// and diagnostics in the sample workspace, press Ctrl-C, and find no process of it left behind.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const demoState = join(repoRoot, '.tools', 'demo');

export async function runDemoCheck({ context, artifacts, log = () => {} }) {
  const results = [];
  const check = (name, ok, error) => {
    results.push({ name, ok, error });
    console.log(`${ok ? '  ✓' : '  ✗'} demo: ${name}${error ? `\n      ${error}` : ''}`);
  };
  // --no-package: the e2e run has just built cognito-lens.vsix.
  const demo = spawn(process.execPath, [join(repoRoot, 'scripts', 'demo.mjs'), '--no-package'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const urlSeen = new Promise((resolveUrl, reject) => {
    const onData = (d) => {
      output += d.toString();
      const m = /Open (http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/.exec(output);
      if (m) resolveUrl(m[1]);
    };
    demo.stdout.on('data', onData);
    demo.stderr.on('data', onData);
    demo.once('exit', (code) => reject(new Error(`the demo exited (${code}) before printing a URL:\n${output.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`no URL within 180 s:\n${output.slice(-2000)}`)), 180_000);
  });
  const exited = new Promise((r) => demo.once('exit', (code, signal) => r({ code, signal })));
  let url;
  try {
    url = await urlSeen;
    check('prints the URL to open', true);
  } catch (e) {
    check('prints the URL to open', false, e.message);
    try {
      process.kill(-demo.pid, 'SIGKILL');
    } catch {}
    return results;
  }
  const motoPort = /moto http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
  const serverPort = new URL(url).port;

  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  try {
    await page.goto(url);
    await page.locator('.activitybar .action-item a[aria-label^="Cognito Lens"]').click();
    const tree = page.locator('[id="workbench.view.extension.cognitoLens"]');
    const row = (label) => tree.getByRole('treeitem').filter({ has: page.locator('.label-name').getByText(label, { exact: true }) });
    await row('us-east-1').click();
    for (const pool of ['orders-prod', 'partners-clean', 'storefront-lite']) await row(pool).waitFor();
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('orders-auth.yaml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'orders-auth.yaml' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').getByText('cognito/client-credentials-requires-secret').first().waitFor();
    check('the explorer lists moto\'s pools and the sample workspace shows diagnostics', true);
  } catch (e) {
    check('the explorer lists moto\'s pools and the sample workspace shows diagnostics', false, e.message.split('\n').slice(0, 4).join('\n'));
  }
  await page.screenshot({ path: join(artifacts, 'demo.png') }).catch(() => {});
  await page.close();

  // Ctrl-C: SIGINT to the demo's process group, as a terminal sends it.
  process.kill(-demo.pid, 'SIGINT');
  const exit = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 30_000))]);
  if (!exit) {
    check('Ctrl-C stops the demo', false, 'still running 30 s after SIGINT');
    try {
      process.kill(-demo.pid, 'SIGKILL');
    } catch {}
    return results;
  }
  check('Ctrl-C stops the demo', exit.code === 0, exit.code === 0 ? undefined : `exit ${exit.code ?? exit.signal}`);
  const leftovers = processesUsing(demoState);
  const listening = [];
  for (const port of [serverPort, motoPort].filter(Boolean)) {
    try {
      await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) });
      listening.push(port);
    } catch {
      // refused: nothing left on that port
    }
  }
  const ok = leftovers.length === 0 && listening.length === 0;
  check('no process left behind', ok, ok ? undefined : `still running: ${leftovers.join(', ') || '-'}; ports still answering: ${listening.join(', ') || '-'}`);
  log(`demo output:\n${output.split('\n').filter((l) => l.startsWith('[demo]') || l.includes('Open ')).join('\n')}`);
  return results;
}

/** PIDs of processes whose environment points into `dir` (code-server, its extension host, the language server). */
function processesUsing(dir) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`XDG_DATA_HOME=${dir}/`)) found.push(`${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').slice(0, 80)}`);
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

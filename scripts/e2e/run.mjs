#!/usr/bin/env node
// `npm run test:e2e`: packages the extension, installs the .vsix into code-server (a real VS Code), starts moto seeded
// with the sample account, runs the extension-host suite (test/host) and then drives the workbench with Chromium like a
// user (test/e2e/steps.mjs), a screenshot per step in test/e2e/artifacts/. Ends with "N passed, N failed".
// Last, it checks `npm run demo` the way a newcomer uses it (scripts/e2e/demo-check.mjs).
//   --no-package   reuse cognito-lens.vsix    --only=host|ui|demo   one part    --headed   show the browser
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { ensureCodeServer } from '../tools/ensure-code-server.mjs';
import { ensureChromium, launchChromium } from '../tools/chromium.mjs';
import { startCodeServer } from '../tools/code-server.mjs';
import { buildHostSuite } from './build-host-suite.mjs';
import { runHostSuite } from './host.mjs';
import { runDemoCheck } from './demo-check.mjs';
import { checkPackage } from './package-check.mjs';

// Node 20 is deliberate here (code-server 4.100.3 needs it): the AWS SDK's notice about Node 22 is noise for this script.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const stateDir = join(repoRoot, '.tools', 'e2e', 'state');
const artifacts = join(repoRoot, 'test', 'e2e', 'artifacts');
const vsix = join(repoRoot, 'cognito-lens.vsix');
const timings = {};
const t0 = Date.now();
const log = (m) => console.log(`[e2e] ${m}`);
const lap = (name, since) => {
  timings[name] = Math.round((Date.now() - since) / 100) / 10;
};

const cleanups = [];
let cleaning;
const cleanup = () => (cleaning ??= (async () => {
  for (const c of cleanups.reverse()) await c().catch((e) => console.error(`[e2e] cleanup: ${e.message}`));
})());
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    void cleanup().then(() => process.exit(130));
  });
}

async function main() {
  let since = Date.now();
  if (!args.includes('--no-package') || !existsSync(vsix)) {
    log('building and packaging the extension');
    run('npm', ['run', '--silent', 'package']);
  }
  log(`cognito-lens.vsix: ${(statSync(vsix).size / 1024).toFixed(0)} KB`);
  lap('packageSeconds', since);

  since = Date.now();
  ensureCodeServer();
  ensureChromium();
  const suiteIndex = await buildHostSuite();
  lap('toolsSeconds', since);

  since = Date.now();
  const { startSession, writeWorkspace } = await tsImport('./session.ts', import.meta.url);
  const session = await startSession();
  cleanups.push(() => session.stop());
  lap('emulatorSeconds', since);
  log(`moto at ${session.emulator.endpoint}, token endpoint ${session.emulator.tokenEndpoint}`);

  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const hostWorkspace = join(stateDir, 'workspace-host');
  const uiWorkspace = join(stateDir, 'workspace-ui');
  writeWorkspace(repoRoot, hostWorkspace, session.tokens);
  writeWorkspace(repoRoot, uiWorkspace, session.tokens);
  const resultsFile = join(stateDir, 'host-results.json');

  since = Date.now();
  const server = await startCodeServer({
    stateDir,
    vsix,
    settings: session.settings,
    env: { ...session.env, COGNITO_LENS_HOST_RESULTS: resultsFile, COGNITO_LENS_E2E_STATE: stateDir },
    log,
  });
  cleanups.push(() => server.stop());
  lap('codeServerStartSeconds', since);

  const context = await launchChromium(stateDir, { headless: !args.includes('--headed') });
  cleanups.push(() => context.close());

  const outcomes = checkPackage(repoRoot, vsix).map((r) => ({ name: `package: ${r.name}`, ok: r.ok, error: r.ok ? undefined : r.error }));
  const summary = { timings, vsixBytes: statSync(vsix).size };
  if (!only || only === 'host') {
    since = Date.now();
    const extensionPath = join(server.extensionsDir, readdirSync(server.extensionsDir).find((d) => d.startsWith('cognito-lens.cognito-lens-')) ?? 'missing');
    const host = await runHostSuite({ context, serverUrl: server.url, port: server.port, workspace: hostWorkspace, extensionPath, suiteIndex, resultsFile, log });
    lap('hostSuiteSeconds', since);
    for (const t of host.tests) {
      outcomes.push({ name: `host: ${t.title}`, ok: t.state === 'passed', error: t.error });
      console.log(`${t.state === 'passed' ? '  ✓' : t.state === 'failed' ? '  ✗' : '  -'} host: ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
      if (t.error) console.log(indent(t.error.split('\n').slice(0, 6).join('\n')));
    }
    summary.hostMetrics = host.metrics;
    log(`extension-host metrics: ${JSON.stringify(host.metrics)}`);
    const m = host.metrics ?? {};
    if (typeof m.activateLoggedMs === 'number') log(`activation: ${m.activateLoggedMs} ms in activate() (goal ≤ ${m.activateGoalMs} ms: ${m.activateGoalMet ? 'met' : 'MISSED'}); ${m.activateCallMs} ms for extension.activate() including loading the bundle`);
  }
  if (!only || only === 'ui') {
    since = Date.now();
    const { runSteps } = await import('../../test/e2e/steps.mjs');
    const steps = await runSteps({ context, serverUrl: server.url, workspace: uiWorkspace, artifacts, session, log });
    lap('uiStepsSeconds', since);
    for (const s of steps) outcomes.push({ name: `ui: ${s.name}`, ok: s.ok, error: s.error });
    summary.steps = steps;
  }
  if (!only || only === 'demo') {
    // The demo starts its own moto and code-server: stop ours first to keep memory down on 2-core machines.
    await server.stop();
    since = Date.now();
    const demo = await runDemoCheck({ context, artifacts, log });
    lap('demoCheckSeconds', since);
    for (const d of demo) outcomes.push({ name: `demo: ${d.name}`, ok: d.ok, error: d.error });
  }
  lap('totalSeconds', t0);
  summary.outcomes = outcomes;
  writeFileSync(join(artifacts, 'summary.json'), JSON.stringify(summary, null, 2));
  if (existsSync(resultsFile)) writeFileSync(join(artifacts, 'host-results.json'), readFileSync(resultsFile));
  log(`timings (s): ${JSON.stringify(timings)}`);
  const passed = outcomes.filter((o) => o.ok).length;
  const failed = outcomes.length - passed;
  return { passed, failed };
}

function run(cmd, argv) {
  const r = spawnSync(cmd, argv, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed (exit ${r.status})`);
}

function indent(text) {
  return text.split('\n').map((l) => `      ${l}`).join('\n');
}

let exitCode = 1;
try {
  const { passed, failed } = await main();
  await cleanup();
  console.log(`${passed} passed, ${failed} failed`);
  exitCode = failed > 0 || passed === 0 ? 1 : 0;
} catch (e) {
  console.error(`[e2e] ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  await cleanup();
  console.log('0 passed, 1 failed');
}
process.exit(exitCode);

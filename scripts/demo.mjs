#!/usr/bin/env node
// `npm run demo`: a real VS Code (code-server) in the browser with Cognito Lens installed from its .vsix, the sample
// workspace open and the explorer pointed at a local, seeded Cognito (moto). Ctrl-C stops everything.
//   npm run demo                       against moto (needs Python with `pip install "moto[server]"`)
//   npm run demo -- --aws              against your real AWS account (your ~/.aws profiles; nothing is created)
//   options: --profile=NAME --region=R (with --aws), --port=N, --no-package (reuse cognito-lens.vsix)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer } from './tools/ensure-code-server.mjs';
import { startCodeServer } from './tools/code-server.mjs';

// Node 20 is deliberate here (code-server 4.100.3 needs it): the AWS SDK's notice about Node 22 is noise for this script.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const aws = args.includes('--aws');
const stateDir = join(repoRoot, '.tools', 'demo');
const vsix = join(repoRoot, 'cognito-lens.vsix');
const say = (m) => console.log(`[demo] ${m}`);

const cleanups = [];
let stopping;
const stopAll = () => (stopping ??= (async () => {
  for (const c of cleanups.reverse()) await c().catch((e) => console.error(`[demo] while stopping: ${e.message}`));
})());

function preflight() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) throw new Error(`Node ${process.versions.node} is too old: install Node 20 (code-server ${'4.100.3'} runs on Node 20)`);
  if (aws) return;
  if (spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).error) {
    const python = ['python3', 'python'].find((p) => !spawnSync(p, ['--version'], { stdio: 'ignore' }).error);
    throw new Error(python
      ? `moto is not installed (no moto_server on PATH). Install it with:\n  ${python} -m pip install "moto[server]"\n(where the system Python refuses pip, as on recent Debian/Ubuntu: pipx install "moto[server]")\nthen run npm run demo again, or npm run demo -- --aws to use your AWS account instead.`
      : 'Python is not installed, and the local Cognito (moto) needs it. Install Python 3 and moto:\n  sudo apt-get install -y python3 python3-pip   (or your OS\'s Python installer)\n  python3 -m pip install "moto[server]"\nor run npm run demo -- --aws to use your AWS account instead.');
  }
}

async function main() {
  preflight();
  if (!args.includes('--no-package') || !existsSync(vsix)) {
    say('building and packaging the extension');
    const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('npm run package failed');
  }
  say(`cognito-lens.vsix ${(statSync(vsix).size / 1024).toFixed(0)} KB`);
  ensureCodeServer();

  rmSync(stateDir, { recursive: true, force: true });
  mkdirSync(stateDir, { recursive: true });
  const workspace = join(stateDir, 'workspace');
  const { writeWorkspace, startSession } = await import('tsx/esm/api').then((m) => m.tsImport('./e2e/session.ts', import.meta.url));

  let settings;
  let env;
  if (aws) {
    writeWorkspace(repoRoot, workspace, undefined);
    // code-server runs with a scratch HOME; the AWS SDK finds profiles, SSO caches and credentials through it.
    const realAws = join(homedir(), '.aws');
    mkdirSync(join(stateDir, 'home'), { recursive: true });
    if (existsSync(realAws)) symlinkSync(realAws, join(stateDir, 'home', '.aws'));
    else say(`no ${realAws}: the AWS SDK will use environment credentials only`);
    settings = { ...(option('profile') ? { 'cognitoLens.profile': option('profile') } : {}), ...(option('region') ? { 'cognitoLens.regions': [option('region')] } : {}) };
    env = {};
  } else {
    say('starting moto and seeding the sample account (about 15 s)');
    const session = await startSession();
    cleanups.push(() => session.stop());
    writeWorkspace(repoRoot, workspace, session.tokens);
    settings = session.settings;
    env = session.env;
    say(`moto ${session.emulator.endpoint} · token endpoint ${session.emulator.tokenEndpoint}`);
    for (const p of Object.values(session.emulator.pools)) say(`  pool ${p.name.padEnd(16)} ${p.poolId} (${p.tier}, ${p.clients.length} clients)`);
  }

  const port = option('port') ? Number(option('port')) : undefined;
  const server = await startCodeServer({ stateDir, vsix, settings, env, port, log: say });
  cleanups.push(() => server.stop());
  const url = `${server.url}/?folder=${workspace}`;
  console.log(`\n  Open ${url}\n\n  ${aws ? 'Using your AWS credentials (read-only calls; Request M2M Token calls your pool\'s domain).' : 'Explorer: local moto. Workspace: a scratch copy of samples/workspace with fresh test tokens.'}\n  Ctrl-C stops everything. State: ${stateDir}\n`);
  const exit = await server.exit;
  if (stopping) await new Promise(() => {}); // Ctrl-C: the signal handler finishes the shutdown and exits.
  say(`code-server exited by itself (${exit.signal ?? exit.code}); its log: ${server.logFile}`);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    say('stopping');
    void stopAll().then(() => process.exit(0));
  });
}

try {
  await main();
  await stopAll();
  process.exit(1);
} catch (e) {
  console.error(`[demo] ${e instanceof Error ? e.message : String(e)}`);
  await stopAll();
  process.exit(1);
}

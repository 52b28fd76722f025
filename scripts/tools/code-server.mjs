// Starts code-server (installed by ensure-code-server.mjs) with all its state in one scratch folder, in its own
// process group so that stopping it also stops the extension host and the language server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, openSync, closeSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { ensureCodeServer } from './ensure-code-server.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** HOME, XDG dirs and TMPDIR inside `stateDir`, so code-server writes nothing to the user's own folders. */
export function scratchEnv(stateDir, extra = {}) {
  const dirs = { HOME: 'home', XDG_CONFIG_HOME: 'home/.config', XDG_DATA_HOME: 'home/.local/share', XDG_CACHE_HOME: 'home/.cache', TMPDIR: 'tmp' };
  const env = { ...process.env };
  for (const [key, rel] of Object.entries(dirs)) {
    env[key] = join(stateDir, rel);
    mkdirSync(env[key], { recursive: true });
  }
  // code-server reads these as its own options; never inherit them from the caller's environment.
  for (const key of ['PASSWORD', 'HASHED_PASSWORD', 'VSCODE_PROXY_URI', 'CS_DISABLE_FILE_DOWNLOADS']) delete env[key];
  return { ...env, ...extra };
}

/**
 * Prepares user-data and extensions dirs under `stateDir`, installs `vsix` (when given) and starts code-server on a
 * free loopback port. `settings` become the user settings. `env` is added to code-server's environment, which the
 * extension host inherits.
 */
export async function startCodeServer({ stateDir, vsix, settings = {}, env: extraEnv = {}, port, log = () => {} }) {
  const entry = ensureCodeServer();
  const userDataDir = join(stateDir, 'user-data');
  const extensionsDir = join(stateDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const env = scratchEnv(stateDir, extraEnv);
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
      // The scratch workspaces live inside this repository: don't offer to open it.
      'git.openRepositoryInParentFolders': 'never',
      ...settings,
    }, null, 2),
  );
  const base = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  if (vsix) {
    const r = spawnSync(process.execPath, [entry, ...base, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
    if (r.status !== 0 || !/successfully installed/i.test(r.stdout + r.stderr)) {
      throw new Error(`code-server could not install ${vsix}:\n${r.stdout}\n${r.stderr}`);
    }
    log(`installed ${vsix}`);
  }
  const chosenPort = port ?? (await freePort());
  const logFile = join(stateDir, 'code-server.log');
  const out = openSync(logFile, 'a');
  const args = [
    entry, ...base,
    '--bind-addr', `127.0.0.1:${chosenPort}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  // detached = setsid: a new process group that stop() kills as a whole.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const url = `http://127.0.0.1:${chosenPort}`;
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => {
    exited = true;
    resolve({ code, signal });
  }));
  const stop = async () => {
    if (exited || child.pid === undefined) return;
    killGroup(child.pid, 'SIGTERM');
    const done = await Promise.race([exit.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    // The extension host and language server are in the same group; make sure none survives.
    killGroup(child.pid, 'SIGKILL');
    if (!done) await exit;
  };
  try {
    await waitHealthy(url, () => exited, logFile);
  } catch (e) {
    await stop();
    throw e;
  }
  log(`code-server ready at ${url}`);
  return { url, port: chosenPort, pid: child.pid, userDataDir, extensionsDir, logFile, exit, stop };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function waitHealthy(url, hasExited, logFile) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`code-server exited during start; its log:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer ${url}/healthz within 60 s; its log:\n${tail(logFile)}`);
}

function tail(file) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '(no log)';
  }
}

#!/usr/bin/env node
// Installs code-server (a real VS Code: server + web workbench + node extension host) into .tools/code-server/ on
// first use, outside the extension's own dependencies. Offline-safe: see the four install tricks below.
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureAptPackages } from './apt.mjs';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const toolsDir = join(repoRoot, '.tools');
const installDir = join(toolsDir, 'code-server');
const marker = join(installDir, `.installed-${CODE_SERVER_VERSION}`);

/** Path of the code-server entry script (run it with this same Node). */
export const codeServerEntry = join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Installs code-server unless the pinned version is already there; returns the entry script's path. */
export function ensureCodeServer() {
  if (existsSync(marker) && existsSync(codeServerEntry)) return codeServerEntry;
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) {
    console.warn(`[tools] code-server ${CODE_SERVER_VERSION} is known to work on Node 20; this is Node ${process.versions.node}`);
  }
  // Trick 2: the `kerberos` native module needs gssapi headers. Trick 3 needs Debian's ripgrep.
  ensureAptPackages(['libkrb5-dev', 'ripgrep'], 'installing code-server');
  const started = Date.now();
  rmSync(installDir, { recursive: true, force: true });
  const tmp = join(installDir, 'tmp');
  mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp);
  writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'cognito-lens-tools', private: true }, null, 2));
  console.log(`[tools] installing code-server@${CODE_SERVER_VERSION} into ${installDir} (2–4 minutes, once)`);
  const env = {
    ...process.env,
    TMPDIR: tmp, // os.tmpdir() of the install scripts: where @vscode/ripgrep looks for its cache
    npm_config_unsafe_perm: 'true', // Trick 1, also as the environment code-server's postinstall reads
    npm_config_yes: 'true', // Trick 4: node-pty runs `npx node-gyp`, which otherwise answers "canceled"
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // Trick 1: --unsafe-perm, since code-server's install script refuses root otherwise.
  const r = spawnSync('npm', ['install', '--unsafe-perm', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: installDir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.status !== 0 || !existsSync(codeServerEntry)) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${r.status}); see the output above`);
  }
  // The VS Code server's own dependencies come from code-server's postinstall script; make sure it ran.
  if (!existsSync(join(installDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'))) {
    throw new Error(`code-server's postinstall did not complete (lib/vscode/node_modules is missing); see the output above`);
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(marker, `${new Date().toISOString()} node ${process.version}\n`);
  console.log(`[tools] code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return codeServerEntry;
}

/**
 * Trick 3: @vscode/ripgrep's postinstall downloads rg from GitHub. It first looks in
 * $TMPDIR/vscode-ripgrep-cache-<version>/<asset>, so put a tarball of Debian's rg there.
 */
function seedRipgrepCache(tmp) {
  const rg = spawnSync('which', ['rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) throw new Error('ripgrep (rg) is missing: apt-get install ripgrep');
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const stage = join(tmp, 'rg-stage');
  mkdirSync(cache, { recursive: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(rg, join(stage, 'rg'));
  const t = spawnSync('tar', ['-czf', join(cache, RIPGREP_ASSET), '-C', stage, 'rg']);
  if (t.status !== 0) throw new Error('could not build the ripgrep cache tarball');
}

/** The installed version, or undefined. */
export function installedCodeServerVersion() {
  try {
    return JSON.parse(readFileSync(join(installDir, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureCodeServer());
  } catch (e) {
    console.error(`[tools] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}

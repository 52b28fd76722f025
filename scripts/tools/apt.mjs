// Installs Debian packages the tooling needs, only when they are missing. Used by the e2e runner, the demo and .ci/run.
import { spawnSync } from 'node:child_process';

/** True when dpkg reports the package as installed. */
export function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

let updated = false;

/**
 * Installs the missing ones of `pkgs` with apt-get when running as root; otherwise throws with the exact command to run.
 * `why` says in a few words what needs them.
 */
export function ensureAptPackages(pkgs, why) {
  const missing = pkgs.filter((p) => !isInstalled(p));
  if (missing.length === 0) return;
  const command = `sudo apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('which', ['apt-get']).status !== 0) {
    throw new Error(`${why} needs the Debian packages ${missing.join(', ')}. Install them with:\n  ${command}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  console.log(`[tools] apt-get install ${missing.join(' ')} (${why})`);
  if (!updated) {
    const u = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (u.status !== 0) throw new Error('apt-get update failed');
    updated = true;
  }
  const r = spawnSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`apt-get install ${missing.join(' ')} failed; try:\n  ${command}`);
}

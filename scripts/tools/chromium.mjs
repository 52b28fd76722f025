// Debian's chromium driven by playwright-core: playwright never downloads a browser of its own here.
import { existsSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { ensureAptPackages } from './apt.mjs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium binary, installing Debian's `chromium` when none is there. */
export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  let found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    ensureAptPackages(['chromium'], 'the end-to-end tests (a browser to drive VS Code)');
    found = CANDIDATES.find((p) => existsSync(p));
  }
  if (!found) throw new Error('chromium is not installed: apt-get install chromium (or set CHROMIUM_PATH)');
  return found;
}

/** Launches headless Chromium with a fresh profile under `stateDir`. */
export async function launchChromium(stateDir, { headless = true } = {}) {
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(stateDir, 'chromium-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    ],
  });
}

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eventually, extension, metrics } from './helpers';

// The goal for the extension's own work in activate(), as logged by the extension ("activated in X ms"), is 30 ms.
// The figure moves with machine load (30–57 ms measured on the same 2-core machine), so the test fails only past a
// ceiling that means real blocking work crept into activation; the results report whether the goal was met.
const ACTIVATE_GOAL_MS = 30;
const ACTIVATE_CEILING_MS = Number(process.env.COGNITO_LENS_ACTIVATE_CEILING_MS ?? 100);

describe('activation', () => {
  it('activates, and activate() stays under its time ceiling', async () => {
    const ext = extension();
    const suiteStarted = Date.now();
    metrics.activeBeforeSuite = ext.isActive;
    const t0 = performance.now();
    await ext.activate();
    // Includes loading dist/extension.js when the extension was not active yet.
    metrics.activateCallMs = Math.round((performance.now() - t0) * 10) / 10;
    assert.equal(ext.isActive, true);

    const logged = await eventually(async () => findLoggedActivation(suiteStarted - 120_000), '"activated in X ms" in the Cognito Lens log', 10_000);
    metrics.activateLoggedMs = logged;
    metrics.activateGoalMs = ACTIVATE_GOAL_MS;
    metrics.activateGoalMet = logged <= ACTIVATE_GOAL_MS;
    assert.ok(logged <= ACTIVATE_CEILING_MS, `activate() took ${logged} ms: over the ${ACTIVATE_CEILING_MS} ms ceiling (goal ${ACTIVATE_GOAL_MS} ms)`);
  });
});

/** Reads the newest "activated in X ms" from the extension's log channel file under the code-server state folder. */
function findLoggedActivation(notBefore: number): number | undefined {
  const root = process.env.COGNITO_LENS_E2E_STATE;
  if (!root) throw new Error('COGNITO_LENS_E2E_STATE is not set: run the suite through scripts/e2e/run.mjs');
  const logs = findFiles(root, (name) => name.endsWith('Cognito Lens.log'))
    .map((file) => ({ file, mtime: statSync(file).mtimeMs }))
    .filter((f) => f.mtime >= notBefore)
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of logs) {
    const all = [...readFileSync(file, 'utf8').matchAll(/activated in ([\d.]+) ms/g)];
    if (all.length > 0) return Number(all[all.length - 1][1]);
  }
  return undefined;
}

function findFiles(dir: string, match: (name: string) => boolean, depth = 0): string[] {
  if (depth > 10) return [];
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name === 'extensions' || name === 'workspace') continue;
    const full = join(dir, name);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      continue;
    }
    if (isDir) out = out.concat(findFiles(full, match, depth + 1));
    else if (match(name)) out.push(full);
  }
  return out;
}

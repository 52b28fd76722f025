// Mocha runner for the extension-host suite: `extensionTestsPath` points at the compiled copy of this file
// (scripts/e2e/build-host-suite.mjs). The workbench shows mocha's output only as format strings, so results also go
// to the JSON file named by COGNITO_LENS_HOST_RESULTS.
import Mocha from 'mocha';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metrics } from './helpers';

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  // Activation runs first: it measures activate() before anything else wakes the extension.
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  for (const f of files) mocha.addFile(join(__dirname, f));
  const results: TestResult[] = [];
  const started = Date.now();
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration, error: err?.stack ?? String(err) }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
  });
  const failed = results.filter((r) => r.state === 'failed').length;
  const summary = { passed: results.filter((r) => r.state === 'passed').length, failed, durationMs: Date.now() - started, metrics, tests: results };
  const out = process.env.COGNITO_LENS_HOST_RESULTS;
  if (out) writeFileSync(out, JSON.stringify(summary, null, 2));
  if (failed > 0) throw new Error(`${failed} extension-host test(s) failed`);
}

function order(file: string): number {
  return file.startsWith('activation') ? 0 : 1;
}

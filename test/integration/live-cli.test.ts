import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { after, before, describe, it } from 'node:test';
import type { FileResult } from '../../server/src/cli/output';
import { seededClient } from '../../scripts/emulator/seed';
import { startEmulator, type Emulator } from '../../scripts/emulator/start';

const root = join(__dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'cognito-lens-cli-'));
const cli = join(outDir, 'cli.js');

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' };
  for (const k of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) delete env[k];
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('cognito-lint live against seeded moto', () => {
  let emulator: Emulator;
  let results: FileResult[];
  let exitCode: number;

  before(async () => {
    // The CLI under test is the bundles dist/cli.js and its sibling dist/cli-live.js are, built from the current
    // sources with esbuild.mjs's options into a temp folder, so tests running in parallel never see dist/ half-written.
    buildSync({
      entryPoints: { cli: join(root, 'server/src/cli.ts'), 'cli-live': join(root, 'server/src/cli/live.ts') },
      outdir: outDir, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      external: ['vscode'], mainFields: ['module', 'main'], logLevel: 'error', banner: { js: '#!/usr/bin/env node' },
    });
    emulator = await startEmulator();
    const out = await runCli(['live', '--endpoint', emulator.endpoint, '--region', 'us-east-1', '--format', 'json']);
    exitCode = out.code;
    assert.doesNotThrow(() => (results = JSON.parse(out.stdout) as FileResult[]), out.stderr);
  });
  after(async () => {
    await emulator?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  const fileOf = (key: 'orders' | 'partners', name: string) => `cognito://us-east-1/${emulator.pools[key].poolId}/clients/${seededClient(emulator.pools[key], name).clientId}.json`;
  const errorsIn = (file: string) => {
    const r = results.find((x) => x.file === file);
    assert.ok(r, `${file} is in the output`);
    return r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
  };

  it('exits 1 because deployed clients have errors', () => {
    assert.equal(exitCode, 1);
  });

  it('reports a client_credentials client without a secret', () => {
    assert.deepEqual(errorsIn(fileOf('orders', 'reports-exporter')), ['cognito/client-credentials-requires-secret']);
  });

  it('reports a client_credentials client with openid', () => {
    assert.deepEqual(errorsIn(fileOf('orders', 'legacy-m2m-openid')), ['cognito/client-credentials-custom-scopes-only']);
  });

  it('reports an undefined custom scope, with a range into the describe output', () => {
    const file = fileOf('orders', 'billing-typo-scope');
    assert.deepEqual(errorsIn(file), ['cognito/custom-scope-not-defined']);
    const d = results.find((x) => x.file === file)!.diagnostics.find((x) => x.code === 'cognito/custom-scope-not-defined')!;
    assert.equal(d.range.start.line, d.range.end.line);
    assert.ok(d.range.end.character - d.range.start.character === '"orders-api/admin"'.length, JSON.stringify(d.range));
    assert.match(d.message, /orders-api\/admin/);
  });

  it('reports no errors for the healthy clients and for the clean pool', () => {
    for (const name of ['fulfilment-worker', 'inventory-sync', 'orders-web', 'orders-admin-portal']) assert.deepEqual(errorsIn(fileOf('orders', name)), [], name);
    const clean = results.filter((r) => r.file.startsWith(`cognito://us-east-1/${emulator.pools.partners.poolId}/`));
    const partners = emulator.pools.partners;
    assert.deepEqual(clean.map((r) => r.file.split('/').slice(4).join('/')).sort(), [`clients/${partners.clients[0].clientId}.json`, 'domain.json', 'resource-servers/partner-api.json', 'user-pool.json']);
    assert.deepEqual(clean.flatMap((r) => r.diagnostics.filter((d) => d.severity === 'error')), []);
  });

  it('lints only the pools asked for, and exits 0 for the clean one', async () => {
    const out = await runCli(['live', '--endpoint', emulator.endpoint, '--region', 'us-east-1', '--pool', emulator.pools.partners.poolId, '--format', 'json']);
    assert.equal(out.code, 0, out.stderr);
    const only = JSON.parse(out.stdout) as FileResult[];
    assert.ok(only.length > 0);
    assert.ok(only.every((r) => r.file.startsWith(`cognito://us-east-1/${emulator.pools.partners.poolId}/`)));
  });

  it('prints SARIF and text too, and never the client secrets', async () => {
    const sarif = await runCli(['live', '--endpoint', emulator.endpoint, '--region', 'us-east-1', '--format', 'sarif']);
    const run = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[] }[] }).runs[0];
    assert.ok(run.results.some((r) => r.ruleId === 'cognito/client-credentials-requires-secret'));
    const text = await runCli(['live', '--endpoint', emulator.endpoint, '--region', 'us-east-1']);
    assert.match(text.stdout, /clients\/\w+\.json:\d+:\d+: error cognito\/client-credentials-requires-secret/);
    // moto's secrets are UUIDs; none may appear in any output.
    for (const out of [sarif.stdout, text.stdout, text.stderr]) assert.doesNotMatch(out, /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [['--format', 'xml'], ['--endpoint', 'not a url'], ['stray-positional']]) {
      const out = await runCli(['live', ...args]);
      assert.equal(out.code, 2, args.join(' '));
      assert.match(out.stderr, /Usage:/);
    }
  });

  it('exits 2 with the cause when the endpoint is unreachable', async () => {
    const out = await runCli(['live', '--endpoint', 'http://127.0.0.1:1', '--region', 'us-east-1', '--format', 'json']);
    assert.equal(out.code, 2);
    assert.match(out.stderr, /Endpoint unreachable: .*ECONNREFUSED/);
    assert.equal(out.stdout, '');
  });
});

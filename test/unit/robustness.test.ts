import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { runCase } from '../fuzz/run-case';
import { SEEDS } from '../fuzz/seeds';

// Generous bounds: the suite runs on busy 2-core machines next to other work. A hang or a blow-up is far beyond them.
const BOUND_MS = 15_000;

const letters = 'abcdefghij';
const aliasBomb = [
  'UserPoolId: us-east-1_Example',
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from({ length: 9 }, (_, i) => `${letters[i + 1]}: &${letters[i + 1]} [${Array(9).fill(`*${letters[i]}`).join(',')}]`),
  'ClientName: *j',
  'AllowedOAuthScopes: *j',
].join('\n');

const binary = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');

const NASTY: { name: string; hint: 'json' | 'yaml'; text: string }[] = [
  { name: 'YAML alias bomb', hint: 'yaml', text: aliasBomb },
  { name: '5 MB single line (YAML)', hint: 'yaml', text: `UserPoolId: us-east-1_x\nClientName: ${'x'.repeat(5_000_000)}\n` },
  { name: '5 MB single line (JSON)', hint: 'json', text: `{"UserPoolId": "us-east-1_x", "ClientName": "${'x'.repeat(5_000_000)}"}` },
  { name: '5 MB flow list on one line (YAML)', hint: 'yaml', text: `UserPoolId: us-east-1_x\nClientName: a\nAllowedOAuthScopes: [${Array(1_000_000).fill('s/x').join(', ')}]\n` },
  { name: '5,000-deep JSON arrays', hint: 'json', text: '['.repeat(5000) + ']'.repeat(5000) },
  { name: '5,000-deep JSON objects', hint: 'json', text: `{"UserPoolId":"us-east-1_x","ClientName":"c","a":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}` },
  { name: '5,000-deep unterminated JSON', hint: 'json', text: '{"UserPoolId":"x","ClientName":"c","a":'.repeat(5000) },
  { name: '5,000-deep YAML flow', hint: 'yaml', text: `UserPoolId: x\nClientName: c\nAllowedOAuthScopes: ${'['.repeat(5000)}${']'.repeat(5000)}\n` },
  { name: '5,000-deep YAML flow maps', hint: 'yaml', text: `UserPoolId: x\nClientName: c\nA: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}\n` },
  { name: '5,000-deep YAML block sequences', hint: 'yaml', text: `UserPoolId: x\nClientName: c\nA:\n${'- '.repeat(5000)}x\n` },
  { name: '5,000-deep YAML block maps', hint: 'yaml', text: `UserPoolId: x\nClientName: c\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}\n` },
  { name: 'binary content', hint: 'yaml', text: binary },
  { name: 'binary content as JSON', hint: 'json', text: `{${binary}` },
  { name: 'BOM + CRLF YAML', hint: 'yaml', text: `\uFEFF${SEEDS[2].text.replace(/\n/g, '\r\n')}` },
  { name: 'BOM + CRLF JSON', hint: 'json', text: `\uFEFF${SEEDS[1].text.replace(/\n/g, '\r\n')}` },
  { name: 'lone surrogates and NUL', hint: 'yaml', text: 'UserPoolId: "\uD800"\nClientName: \uDC00\u0000\nAllowedOAuthFlows: [\uFFFF]\n' },
  { name: 'tabs and odd indentation', hint: 'yaml', text: 'UserPoolId: x\n\tClientName: y\n   AllowedOAuthFlows:\n - code\n  -\tx\n' },
  { name: 'only a tag', hint: 'yaml', text: '!Ref' },
  { name: 'directives and many documents', hint: 'yaml', text: `%YAML 1.2\n---\n${'UserPoolId: x\nClientName: y\n---\n'.repeat(2000)}` },
];

describe('robustness: nasty inputs return, within a bound, without throwing', () => {
  for (const { name, hint, text } of NASTY) {
    it(name, () => {
      const probes = [0, 1, Math.floor(text.length / 2), text.length - 1, text.length];
      const result = runCase(text, hint, probes);
      assert.equal(result.error, undefined, result.error);
      assert.ok(result.ms < BOUND_MS, `took ${result.ms.toFixed(0)} ms`);
    });
  }

  it('every truncation of realistic documents', () => {
    for (const seed of SEEDS) {
      const hint = seed.name.endsWith('.json') ? 'json' : 'yaml';
      for (let cut = 0; cut <= seed.text.length; cut += 13) {
        const text = seed.text.slice(0, cut);
        const result = runCase(text, hint, [0, Math.max(0, cut - 1), cut]);
        assert.equal(result.error, undefined, `${seed.name} cut at ${cut}: ${result.error}`);
      }
    }
  });
});

describe('robustness: the CLI', () => {
  let dir = '';
  let cli = '';
  before(async () => {
    // The real CLI bundle, built from source into a temp dir (the same entry and options as esbuild.mjs).
    dir = mkdtempSync(path.join(tmpdir(), 'cognito-robust-'));
    cli = path.join(dir, 'cli.js');
    await esbuild.build({ entryPoints: ['server/src/cli.ts'], outfile: cli, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], external: ['vscode'], logLevel: 'error' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lints the good files even when another one is binary, huge, deep or broken', () => {
    const files = path.join(dir, 'files');
    mkdirSync(files);
    {
      const dir = files;
      const good = path.join(dir, 'z-client.json');
      writeFileSync(good, '{"UserPoolId": "us-east-1_Example", "ClientName": "m2m", "GenerateSecret": false, "AllowedOAuthFlows": ["client_credentials"], "AllowedOAuthScopes": ["api/read"], "AllowedOAuthFlowsUserPoolClient": true}');
      writeFileSync(path.join(dir, 'a-binary.json'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
      writeFileSync(path.join(dir, 'b-deep.json'), `{"UserPoolId":"x","ClientName":"c","a":${'['.repeat(20000)}`);
      writeFileSync(path.join(dir, 'c-bomb.yaml'), aliasBomb);
      writeFileSync(path.join(dir, 'd-broken.yaml'), 'UserPoolId: x\nClientName: [unclosed\n  "quote\n\t- y: : :\n');
      const run = spawnSync(process.execPath, [cli, '--format', 'json', dir], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
      assert.equal(run.signal, null, 'the CLI was killed (hang)');
      assert.equal(run.status, 1, `exit ${run.status}: ${run.stderr}`);
      const results = JSON.parse(run.stdout.toString()) as { file: string; diagnostics: { code: string }[] }[];
      const forGood = results.find((r) => r.file.endsWith('z-client.json'));
      assert.ok(forGood, `no result for the good file: ${run.stdout}`);
      assert.ok(forGood.diagnostics.some((d) => d.code === 'cognito/client-credentials-requires-secret'));
    }
  });
});

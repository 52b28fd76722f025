// Runs the real CLI bundle: server/src/cli.ts is bundled with esbuild into a temp dir (the same entry and options as
// dist/cli.js), so the test never runs a stale dist/ and never races another build writing dist/.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { accessClaims, b64url, CLIENT_ID, idClaims, makeKey, sign, type TestKey } from './keys';

let dir: string;
let cli: string;
let jwksFile: string;
let rsa: TestKey;
let ec: TestKey;
let server: Server;
let jwksUrl: string;
const now = () => Math.floor(Date.now() / 1000);
const fresh = (c: Record<string, unknown>) => ({ ...c, iat: now() - 60, auth_time: now() - 60, exp: now() + 3600 });

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cognito-decode-'));
  cli = join(dir, 'cli.js');
  // dist/cli.js loads `decode` from its sibling bundle dist/cli-decode.js.
  await esbuild.build({ entryPoints: { cli: 'server/src/cli.ts', 'cli-decode': 'server/src/cli/decode.ts' }, outdir: dir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', mainFields: ['module', 'main'], external: ['vscode'], logLevel: 'error' });
  rsa = await makeKey('RS256', 'rsa-1');
  ec = await makeKey('ES256', 'ec-1');
  jwksFile = join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [rsa.publicJwk, ec.publicJwk] }));
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [rsa.publicJwk] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  jwksUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/pool/.well-known/jwks.json`;
});

after(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'decode', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

async function runJson(args: string[], stdin?: string) {
  const r = await run(['--format', 'json', ...args], stdin);
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as Record<string, unknown> & { checks: Array<{ name: string; ok: boolean; message: string }> }) : undefined };
}

describe('cognito-lint decode', () => {
  it('valid RS256 access token against a JWKS file: exit 0 and the exact JSON shape', async () => {
    const token = await sign(rsa, fresh(accessClaims()));
    const r = await runJson(['--jwks', jwksFile, '--token-use', 'access', '--client-id', CLIENT_ID, '--scope', 'orders/read', token]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.deepEqual(Object.keys(r.json ?? {}), ['header', 'payload', 'signature', 'checks', 'valid']);
    assert.deepEqual(r.json?.header, { alg: 'RS256', kid: 'rsa-1' });
    assert.equal((r.json?.payload as Record<string, unknown>).client_id, CLIENT_ID);
    assert.equal(r.json?.signature, 'valid');
    assert.equal(r.json?.valid, true);
    for (const c of r.json?.checks ?? []) assert.deepEqual(Object.keys(c), ['name', 'ok', 'message']);
    assert.deepEqual(r.json?.checks.map((c) => c.name), ['alg', 'signature', 'iss', 'token_use', 'client_id', 'scope', 'exp', 'iat']);
  });

  it('ES256 ID token from stdin with a Bearer prefix and line breaks', async () => {
    const token = await sign(ec, fresh(idClaims()));
    const r = await runJson(['--jwks', jwksFile, '--client-id', CLIENT_ID, '-'], `Bearer ${token.slice(0, 50)}\n${token.slice(50)}\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(r.json?.checks.some((c) => c.name === 'aud' && c.ok));
  });

  it('JWKS from a URL', async () => {
    const r = await runJson(['--jwks', jwksUrl, await sign(rsa, fresh(accessClaims()))]);
    assert.equal(r.code, 0, r.stderr + r.stdout);
  });

  it('tampered token: exit 1, signature invalid', async () => {
    const [h, , s] = (await sign(rsa, fresh(accessClaims()))).split('.');
    const r = await runJson(['--jwks', jwksFile, `${h}.${b64url(fresh(accessClaims({ scope: 'admin' })))}.${s}`]);
    assert.equal(r.code, 1);
    assert.equal(r.json?.signature, 'invalid');
    assert.equal(r.json?.valid, false);
  });

  it('without --jwks: signature unverified, not valid, exit 1', async () => {
    const r = await runJson([await sign(rsa, fresh(accessClaims()))]);
    assert.equal(r.code, 1);
    assert.equal(r.json?.signature, 'unverified');
    assert.equal(r.json?.valid, false);
    assert.deepEqual(r.json?.checks.filter((c) => !c.ok).map((c) => c.name), ['signature']);
  });

  const failing: Array<[string, () => Promise<string>, string[], string]> = [
    ['expired', async () => sign(rsa, { ...fresh(accessClaims()), iat: now() - 7200, exp: now() - 3600 }), [], 'exp'],
    ['wrong client id', async () => sign(rsa, fresh(accessClaims())), ['--client-id', 'other'], 'client_id'],
    ['wrong token_use', async () => sign(rsa, fresh(accessClaims())), ['--token-use', 'id'], 'token_use'],
    ['wrong issuer', async () => sign(rsa, fresh(accessClaims())), ['--issuer', 'http://127.0.0.1:5000/us-east-1_x'], 'iss'],
    ['missing scope', async () => sign(rsa, fresh(accessClaims())), ['--scope', 'orders/write'], 'scope'],
    ['unknown kid', async () => sign(rsa, fresh(accessClaims()), { kid: 'nope' }), [], 'signature'],
  ];
  for (const [name, make, args, check] of failing) {
    it(`${name}: exit 1 with the failing check`, async () => {
      const r = await runJson(['--jwks', jwksFile, ...args, await make()]);
      assert.equal(r.code, 1, r.stderr);
      assert.deepEqual(r.json?.checks.filter((c) => !c.ok).map((c) => c.name), [check]);
    });
  }

  it('text format', async () => {
    const r = await run(['--jwks', jwksFile, await sign(rsa, fresh(accessClaims()))]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /User access token/);
    assert.match(r.stdout, /Signature: valid/);
    assert.match(r.stdout, /Result: valid/);
  });

  const usage: Array<[string, string[]]> = [
    ['not a JWT', ['hello.world']],
    ['no token', []],
    ['bad --token-use', ['--token-use', 'refresh', 'a.b.c']],
    ['bad --format', ['--format', 'sarif', 'a.b.c']],
    ['missing JWKS file', ['--jwks', '/nonexistent/jwks.json', 'eyJhbGciOiJSUzI1NiJ9.eyJhIjoxfQ.c2ln']],
    ['unknown option', ['--frobnicate', 'a.b.c']],
  ];
  for (const [name, args] of usage) {
    it(`${name}: exit 2`, async () => {
      const r = await run(args);
      assert.equal(r.code, 2, r.stdout);
      assert.notEqual(r.stderr, '');
    });
  }

  it('--help documents the unverified case', async () => {
    const r = await run(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /unverified/);
  });
});

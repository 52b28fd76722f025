/**
 * Performance figures for the targets of the language-server design, measured in one run on a generated
 * template of 1,000 app clients with their resource servers (~22k lines):
 *  - keystroke → publishDiagnostics through the real server (p50/p95/max), against one full `yaml` parse;
 *  - cold CLI lint vs a process that only runs `yaml` parseDocument (YAML) / `jsonc-parser` parseTree (JSON);
 *  - completion round trip inside a scope list; server RSS with the template open.
 * Usage: npm run bench [-- --edits 200 --runs 5 --check]   (--check: exit 1 when a target is missed)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { LspClient, positionAt } from './lsp-client';
import { generateJsonTemplate, generateYamlTemplate } from './template';
import { rng } from '../fuzz/mutate';

const { values } = parseArgs({ options: { edits: { type: 'string', default: '200' }, runs: { type: 'string', default: '5' }, check: { type: 'boolean', default: false } } });
const EDITS = Number(values.edits);
const RUNS = Number(values.runs);
const ROOT = path.resolve(__dirname, '../..');
const SERVER = path.join(ROOT, 'dist/server.js');
const CLI = path.join(ROOT, 'dist/cli.js');

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const results: { name: string; ok: boolean; detail: string }[] = [];
const report = (name: string, ok: boolean, detail: string) => {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'PASS' : 'MISS'}  ${name}: ${detail}`);
};

function wallTime(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return elapsed;
}

/** Runs the two commands alternately `RUNS` times (after one warm-up each) and returns their median wall times. */
function compareProcesses(ours: string[], baseline: string[]): { ours: number; baseline: number } {
  wallTime(ours);
  wallTime(baseline);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    a.push(wallTime(ours));
    b.push(wallTime(baseline));
  }
  return { ours: median(a), baseline: median(b) };
}

async function keystrokes(dir: string, text: string): Promise<void> {
  const client = new LspClient(SERVER);
  const uri = pathToFileURL(path.join(dir, 'big.yaml')).toString();
  const versions = new Map<number, { resolve: (count: number) => void }>();
  client.on('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
    if (p.uri === uri && p.version !== undefined) versions.get(p.version)?.resolve(p.diagnostics.length);
  });
  const diagnosticsFor = (version: number) => new Promise<number>((resolve) => versions.set(version, { resolve }));
  await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  client.notify('initialized', {});

  let start = performance.now();
  const opened = diagnosticsFor(1);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const initialCount = await opened;
  console.log(`      didOpen → diagnostics: ${ms(performance.now() - start)} (${initialCount} diagnostics)`);

  const r = rng(42);
  const times: number[] = [];
  let version = 1;
  let current = text;
  let findingChanges = 0;
  let lastCount = initialCount;
  for (let i = 0; i < EDITS; i++) {
    const n = String(1 + Math.floor(r() * 1000)).padStart(4, '0');
    let offset: number;
    let removed: number;
    let inserted: string;
    if (i % 5 === 4) {
      // Flip a client's GenerateSecret: adds or removes a client_credentials finding.
      const at = current.indexOf('GenerateSecret: ', current.indexOf(`  Client${n}:`)) + 'GenerateSecret: '.length;
      const old = current.startsWith('true', at) ? 'true' : 'false';
      [offset, removed, inserted] = [at, old.length, old === 'true' ? 'false' : 'true'];
    } else {
      // Type (or delete) one character inside the client's name.
      const at = current.indexOf('ClientName: ', current.indexOf(`  Client${n}:`)) + 'ClientName: '.length + 4;
      [offset, removed, inserted] = i % 3 === 2 ? [at, 1, ''] : [at, 0, 'x'];
    }
    const range = { start: positionAt(current, offset), end: positionAt(current, offset + removed) };
    current = current.slice(0, offset) + inserted + current.slice(offset + removed);
    version++;
    const done = diagnosticsFor(version);
    start = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: inserted }] });
    const count = await done;
    times.push(performance.now() - start);
    if (count !== lastCount) findingChanges++;
    lastCount = count;
  }
  const p95 = quantile(times, 0.95);
  const fullParse: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    parseDocument(text);
    fullParse.push(performance.now() - s);
  }
  const parse = median(fullParse);
  console.log(`      ${EDITS} edits (${findingChanges} changed the number of findings); one yaml parseDocument: ${ms(parse)}`);
  report('keystroke → publishDiagnostics', p95 <= 25 && p95 * 20 <= parse, `p50 ${ms(median(times))}, p95 ${ms(p95)}, max ${ms(Math.max(...times))} (target p95 ≤ 25 ms and ≥ 20× under a full parse: ${(parse / p95).toFixed(0)}×)`);

  // Completion inside a scope list: after `- ` of a client's AllowedOAuthScopes item.
  const scopeLine = current.indexOf('        - https://api-0500.example.com/read');
  const position = positionAt(current, scopeLine + '        - '.length);
  const completion: number[] = [];
  let items = 0;
  for (let i = 0; i < 20; i++) {
    const s = performance.now();
    const result = await client.request<unknown[] | { items: unknown[] } | null>('textDocument/completion', { textDocument: { uri }, position });
    completion.push(performance.now() - s);
    items = Array.isArray(result) ? result.length : (result?.items.length ?? 0);
  }
  report('completion in a scope list', quantile(completion, 0.95) <= 10, `p50 ${ms(median(completion))}, p95 ${ms(quantile(completion, 0.95))} (${items} items; target ≤ 10 ms)`);

  const status = readFileSync(`/proc/${client.proc.pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  report('server memory with the template open', rssMb <= 150, `RSS ${rssMb.toFixed(0)} MB (target ≤ 150 MB)`);
  await client.shutdown();
}

/**
 * How steady this machine is: a fixed CPU-bound loop timed 40 times. On a shared machine its p95 runs well above
 * its p50, and every figure above is read against that.
 */
function machineJitter(): string {
  const times: number[] = [];
  for (let k = 0; k < 40; k++) {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 3e6; i++) x += Math.sqrt(i);
    if (x < 0) console.log(x);
    times.push(performance.now() - start);
  }
  const p50 = median(times);
  const p95 = quantile(times, 0.95);
  return `machine: a fixed CPU loop takes p50 ${ms(p50)}, p95 ${ms(p95)} (p95/p50 ${(p95 / p50).toFixed(2)}; 1.0–1.3 on a quiet machine)`;
}

async function main(): Promise<void> {
  console.log(machineJitter());
  const dir = mkdtempSync(path.join(tmpdir(), 'cognito-bench-'));
  try {
    const yamlText = generateYamlTemplate({ clients: 1000 });
    const jsonText = generateJsonTemplate({ clients: 1000 });
    const yamlFile = path.join(dir, 'big.yaml');
    const jsonFile = path.join(dir, 'big.json');
    writeFileSync(yamlFile, yamlText);
    writeFileSync(jsonFile, jsonText);
    console.log(`template: ${yamlText.split('\n').length} lines YAML (${(yamlText.length / 1024).toFixed(0)} KiB), ${jsonText.split('\n').length} lines JSON`);
    const lint = spawnSync(process.execPath, [CLI, '--format', 'json', yamlFile], { maxBuffer: 64 * 1024 * 1024 });
    const found = (lint.stdout.toString().match(/"code":/g) ?? []).length;
    console.log(`      the CLI reports ${found} problems in big.yaml (exit ${lint.status})`);

    const yamlOnly = path.join(dir, 'yaml-only.cjs');
    writeFileSync(yamlOnly, `require(${JSON.stringify(require.resolve('yaml'))}).parseDocument(require('fs').readFileSync(process.argv[2], 'utf8'));`);
    const jsonOnly = path.join(dir, 'jsonc-only.cjs');
    writeFileSync(jsonOnly, `require(${JSON.stringify(require.resolve('jsonc-parser'))}).parseTree(require('fs').readFileSync(process.argv[2], 'utf8'));`);

    const y = compareProcesses([CLI, '--format', 'json', yamlFile], [yamlOnly, yamlFile]);
    report('cold CLI lint, YAML', y.ours <= y.baseline, `${ms(y.ours)} vs yaml parseDocument process ${ms(y.baseline)} (${(y.ours / y.baseline).toFixed(2)}×; target ≤ 1.0×)`);
    const j = compareProcesses([CLI, '--format', 'json', jsonFile], [jsonOnly, jsonFile]);
    report('cold CLI lint, JSON', j.ours <= 1.5 * j.baseline, `${ms(j.ours)} vs jsonc-parser parseTree process ${ms(j.baseline)} (${(j.ours / j.baseline).toFixed(2)}×; target ≤ 1.5×)`);

    await keystrokes(dir, yamlText);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(machineJitter());
  const missed = results.filter((r) => !r.ok);
  console.log(missed.length === 0 ? 'all targets met' : `${missed.length} target(s) missed: ${missed.map((m) => m.name).join(', ')}`);
  if (values.check && missed.length > 0) process.exitCode = 1;
}

void main();

#!/usr/bin/env node
// Compiles test/host/*.ts (one CommonJS file each, not bundled: `vscode` and `mocha` are required at run time) into
// .tools/e2e/host-suite/, the extensionTestsPath of the extension-host suite.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const hostSuiteDir = join(repoRoot, '.tools', 'e2e', 'host-suite');

export async function buildHostSuite() {
  const src = join(repoRoot, 'test', 'host');
  rmSync(hostSuiteDir, { recursive: true, force: true });
  const entryPoints = readdirSync(src).filter((f) => f.endsWith('.ts') && f !== 'run-electron.ts').map((f) => join(src, f));
  await esbuild.build({ entryPoints, outdir: hostSuiteDir, platform: 'node', format: 'cjs', target: 'node20', sourcemap: 'inline', logLevel: 'warning' });
  return join(hostSuiteDir, 'index.js');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildHostSuite());
}

// Bundles the extension host client, the language server, the CLI and the webview page.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
  // The AWS SDK and jose have ESM-first exports; prefer the node entry points.
  mainFields: ['module', 'main'],
  legalComments: 'none',
};

// The `yaml` library is a bundle of its own, loaded by the others on first use (server/src/parse/yaml.ts).
const usesYaml = { ...node, external: [...node.external, 'yaml'] };
const builds = [
  { ...usesYaml, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' },
  { ...usesYaml, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...usesYaml, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Loaded by cli.ts only for their subcommand: the AWS SDK and jose stay out of a lint's start-up.
  { ...usesYaml, entryPoints: ['server/src/cli/live.ts'], outfile: 'dist/cli-live.js' },
  { ...usesYaml, entryPoints: ['server/src/cli/decode.ts'], outfile: 'dist/cli-decode.js' },
  { ...node, entryPoints: ['server/src/parse/yaml-lib.ts'], outfile: 'dist/yaml-lib.js' },
];
if (existsSync('client/src/webview/page.ts')) {
  builds.push({ bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: !production, minify: production, entryPoints: ['client/src/webview/page.ts'], outfile: 'dist/webview.js', logLevel: 'warning' });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

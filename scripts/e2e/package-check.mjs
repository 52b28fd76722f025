// Checks the packaged extension: the .vsix stays small and holds exactly the allow-listed files (.vscodeignore).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_BYTES = 2 * 1024 * 1024;
const REQUIRED = ['package.json', 'LICENSE', 'CHANGELOG.md', 'media/icon.png', 'dist/extension.js', 'dist/server.js', 'dist/webview.js'];
const ALLOWED = /^(package\.json|LICENSE|README\.md|CHANGELOG\.md|dist\/[\w.-]+\.js|schemas\/.+\.json|media\/.+)$/;

export function checkPackage(repoRoot, vsix) {
  const results = [];
  const size = statSync(vsix).size;
  results.push({ name: `cognito-lens.vsix is at most 2 MB (${(size / 1024).toFixed(0)} KB)`, ok: size <= MAX_BYTES });
  const ls = spawnSync(join(repoRoot, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' });
  const files = ls.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
  const missing = REQUIRED.filter((f) => !files.includes(f));
  const unexpected = files.filter((f) => !ALLOWED.test(f));
  results.push({
    name: 'the package holds the allow-listed files only',
    ok: ls.status === 0 && missing.length === 0 && unexpected.length === 0,
    error: ls.status !== 0 ? ls.stderr : `missing: ${missing.join(', ') || '-'}; unexpected: ${unexpected.join(', ') || '-'}`,
  });
  for (const r of results) console.log(`${r.ok ? '  ✓' : '  ✗'} package: ${r.name}${r.ok ? '' : `\n      ${r.error ?? ''}`}`);
  return results;
}

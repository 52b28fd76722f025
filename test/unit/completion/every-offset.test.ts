import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../../server/src/language-service';

/**
 * Completion and hover at every offset of the realistic fixtures, whole and cut off at each line (a file being
 * typed): nothing may throw, and every edit must be one an LSP client accepts — a single-line range that contains
 * the cursor. Hover ranges must contain the cursor too.
 */
const ROOT = join(__dirname, '..', '..', 'fixtures');

function fixtures(): { name: string; text: string; syntax: 'json' | 'yaml' }[] {
  const out: { name: string; text: string; syntax: 'json' | 'yaml' }[] = [];
  for (const dir of ['valid', 'invalid']) {
    let files: string[] = [];
    try {
      files = readdirSync(join(ROOT, dir));
    } catch {
      continue;
    }
    for (const f of files.filter((n) => /\.(json|ya?ml)$/.test(n) && !n.endsWith('.expected.json'))) {
      out.push({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8'), syntax: f.endsWith('.json') ? 'json' : 'yaml' });
    }
  }
  return out;
}

function check(text: string, syntax: 'json' | 'yaml', label: string): number {
  const service = createLanguageService();
  const uri = `file:///w/doc.${syntax}`;
  service.update(uri, text, syntax);
  let offered = 0;
  for (let offset = 0; offset <= text.length; offset++) {
    const items = service.complete(uri, offset);
    offered += items.length;
    for (const item of items) {
      const r = item.replace ?? { offset, length: 0 };
      const where = `${label} @${offset} ${JSON.stringify(text.slice(Math.max(0, offset - 20), offset))}: ${item.label}`;
      assert.ok(r.offset <= offset && offset <= r.offset + r.length, `range must contain the cursor: ${where}`);
      assert.ok(!text.slice(r.offset, r.offset + r.length).includes('\n'), `range must stay on one line: ${where}`);
    }
    const hover = service.hover(uri, offset);
    if (hover) assert.ok(hover.offset <= offset && offset <= hover.offset + hover.length, `hover range must contain the cursor: ${label} @${offset}`);
  }
  return offered;
}

describe('completion and hover at every offset of the fixtures', () => {
  const all = fixtures();
  it('has fixtures to walk', () => assert.ok(all.length > 0, 'no fixtures under test/fixtures'));
  for (const f of all) {
    it(f.name, () => {
      const offered = check(f.text, f.syntax, f.name);
      assert.ok(offered > 0, 'expected some completions somewhere in a Cognito file');
      // Half-typed: the file cut after each of its first lines.
      const cuts = [...f.text.matchAll(/\n/g)].map((m) => m.index!).filter((_, i) => i % 4 === 1).slice(0, 12);
      for (const cut of cuts) check(f.text.slice(0, cut + 1), f.syntax, `${f.name} cut at ${cut}`);
    });
  }
});

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseJson, parseWellFormed, parseWithVisitor } from '../../../server/src/parse/json';
import { generateJsonTemplate } from '../../bench/template';
import { mutate, rng } from '../../fuzz/mutate';

function jsonFixtures(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return jsonFixtures(file);
    return e.name.endsWith('.json') ? [readFileSync(file, 'utf8')] : [];
  });
}

/** The direct scan either gives up or builds exactly what the visitor builds, with no errors. */
function assertSame(text: string): boolean {
  const fast = parseWellFormed(text);
  if (!fast) return false;
  const slow = parseWithVisitor(text);
  assert.deepEqual(slow.errors, [], `the scan accepted text the visitor rejects: ${JSON.stringify(text.slice(0, 200))}`);
  assert.deepEqual(fast, slow.roots[0], JSON.stringify(text.slice(0, 200)));
  return true;
}

describe('JSON direct scan', () => {
  it('builds the visitor nodes for fixtures and the bench template', () => {
    const texts = [...jsonFixtures(path.join(__dirname, '../../fixtures')), generateJsonTemplate({ clients: 20 })];
    for (const t of texts) assert.ok(assertSame(t) || parseWithVisitor(t).errors.length > 0);
  });

  it('matches the visitor on tricky well-formed input', () => {
    const cases = [
      '{"a": "\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r", "b": -0.5e+10, "c": [true, false, null, 0, -0, 1E3, 12.25], "d": {}}',
      '// head\n{"Ref": "X"} /* tail */',
      '{"a": [1, 2,], "b": {"c": 1,},}',
      '{"Fn::If": ["C", {"Ref": "A"}, {"Fn::GetAtt": ["B", "Arn"]}]}',
      '{"a": 1, "a": 2}',
      '  "just a string"  ',
      '{"\\ud83d\\ude00": "😀", "long": "' + 'x'.repeat(5000) + '"}',
      '[{"Ref": "X", "Other": 1}]',
    ];
    for (const c of cases) assert.ok(assertSame(c), `the scan gave up on ${JSON.stringify(c.slice(0, 80))}`);
  });

  it('gives up on what the visitor reports, and parseJson still reports it', () => {
    const cases = ['', '   ', '{"a": 1', '{"a": 01}', '{"a": 1.}', '{"a": -}', '{"a": tru}', '{"a": truex}', '{a: 1}', '{"a" 1}', '[1 2]', '"\\x"', '"\\u12G4"', '"a\nb"', '{"a": 1} 2', '/* open', '\uFEFF{}', '{"a": 1}}'];
    for (const c of cases) {
      assert.equal(parseWellFormed(c), undefined, JSON.stringify(c));
      assert.deepEqual(parseJson(c), parseWithVisitor(c));
    }
  });

  it('agrees with the visitor on thousands of mutated documents', () => {
    const seeds = [...jsonFixtures(path.join(__dirname, '../../fixtures')), generateJsonTemplate({ clients: 2 })];
    const r = rng(7);
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      let text = seeds[i % seeds.length];
      for (let k = 1 + Math.floor(r() * 3); k > 0; k--) text = mutate(text, r);
      if (assertSame(text)) accepted++;
      else assert.deepEqual(parseJson(text), parseWithVisitor(text));
    }
    assert.ok(accepted > 100, `only ${accepted} mutated documents were well-formed: the comparison saw too little`);
  });

  it('falls back on nesting deeper than it recurses', () => {
    const deep = `${'['.repeat(600)}${']'.repeat(600)}`;
    assert.equal(parseWellFormed(deep), undefined);
    assert.equal(parseJson(deep).roots[0]?.kind, 'seq');
  });
});

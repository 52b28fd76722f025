import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineMap, positionsAt, toFileResult } from '../../../server/src/cli/output';
import { rng } from '../../fuzz/mutate';

describe('CLI output positions', () => {
  it('positionsAt agrees with LineMap at every offset, line breaks and ends included', () => {
    const r = rng(3);
    for (const text of ['', 'one line', '\n\nx\n', 'a\r\nb\r\n\r\nccc\n', Array.from({ length: 200 }, () => 'x'.repeat(Math.floor(r() * 5))).join('\n')]) {
      const lines = new LineMap(text);
      const offsets = Array.from({ length: text.length + 2 }, (_, i) => i).reverse();
      const at = positionsAt(text, offsets);
      for (const o of offsets) assert.deepEqual(at.get(o), lines.position(o), `offset ${o} of ${JSON.stringify(text.slice(0, 40))}`);
    }
  });

  it('toFileResult sorts findings and gives 0-based start and end positions', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n}\n';
    const b = text.indexOf('"b"');
    const a = text.indexOf('"a"');
    const result = toFileResult('f.json', text, [
      { ruleId: 'cognito/y', severity: 'error', message: 'second', offset: b, length: 3 },
      { ruleId: 'cognito/x', severity: 'warning', message: 'first', offset: a, length: text.indexOf('2') - a },
    ]);
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.range]), [
      ['cognito/x', { start: { line: 1, character: 2 }, end: { line: 2, character: 7 } }],
      ['cognito/y', { start: { line: 2, character: 2 }, end: { line: 2, character: 5 } }],
    ]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mutateMany, rng } from '../fuzz/mutate';
import { runCase } from '../fuzz/run-case';
import { SEEDS } from '../fuzz/seeds';

// A bounded, seeded, deterministic slice of `npm run fuzz`: 2,000 mutated realistic documents through parse,
// detection, every rule, completion and hover. A failure names its case number; re-run it with the same seed.
const SEED = 424242;
const CASES = 2000;
const BOUND_MS = 5_000;

describe('fuzz (bounded)', () => {
  it(`${CASES} mutated documents neither throw nor stall`, () => {
    const r = rng(SEED);
    const failures: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const seed = SEEDS[i % SEEDS.length];
      const text = mutateMany(seed.text, r, 1 + Math.floor(r() * 4));
      const hint = seed.name.endsWith('.json') ? 'json' : 'yaml';
      const probes = [Math.floor(r() * (text.length + 1)), Math.floor(r() * (text.length + 1))];
      const result = runCase(text, hint, probes);
      if (result.error) failures.push(`case ${i} (${seed.name}): ${result.error.split('\n').slice(0, 4).join(' | ')}`);
      else if (result.ms > BOUND_MS) failures.push(`case ${i} (${seed.name}): took ${result.ms.toFixed(0)} ms`);
      if (failures.length >= 5) break;
    }
    assert.deepEqual(failures, []);
  });
});

/**
 * Fuzzes everything a keystroke reaches (parse + detect + all rules + completion + hover) with mutations of
 * realistic templates and API documents: byte flips, truncation, deleted/duplicated/swapped lines, indentation
 * changes, random tags and YAML syntax. Reports every throw and every case slower than the bound; exits 1 on any.
 * Usage: tsx test/fuzz/fuzz.ts [--cases 100000] [--seed 1] [--bound-ms 2000] [--only N]
 */
import { parseArgs } from 'node:util';
import { mutateMany, rng } from './mutate';
import { runCase } from './run-case';
import { SEEDS } from './seeds';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, 'bound-ms': { type: 'string', default: '2000' }, only: { type: 'string' } },
});
const cases = Number(values.cases);
const bound = Number(values['bound-ms']);
const r = rng(Number(values.seed));
const failures: string[] = [];
const started = Date.now();
let slowest = 0;

for (let i = 0; i < cases; i++) {
  const seed = SEEDS[i % SEEDS.length];
  const text = mutateMany(seed.text, r, 1 + Math.floor(r() * 4));
  const hint = seed.name.endsWith('.json') ? 'json' : 'yaml';
  const probes = [Math.floor(r() * (text.length + 1)), Math.floor(r() * (text.length + 1))];
  if (values.only !== undefined && Number(values.only) !== i) continue;
  const result = runCase(text, hint, probes);
  slowest = Math.max(slowest, result.ms);
  if (result.error || result.ms > bound) {
    const why = result.error ? result.error.split('\n').slice(0, 6).join('\n    ') : `took ${result.ms.toFixed(0)} ms (bound ${bound} ms)`;
    failures.push(`case ${i} (${seed.name}): ${why}`);
    console.log(`FAIL case ${i} (${seed.name}): ${why}\n  input: ${JSON.stringify(text.slice(0, 400))}`);
  }
  if ((i + 1) % 10000 === 0) console.log(`${i + 1} cases, ${failures.length} failures, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
console.log(`${cases} cases in ${((Date.now() - started) / 1000).toFixed(0)} s: ${failures.length} failures; slowest case ${slowest.toFixed(0)} ms`);
process.exitCode = failures.length > 0 ? 1 : 0;

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYamlFastOnly, parseYamlWithLibrary } from '../../../server/src/parse/yaml';
import { generateYamlTemplate } from '../../bench/template';
import { mutateMany, rng } from '../../fuzz/mutate';
import { SEEDS } from '../../fuzz/seeds';

/** The fast parser either declines (undefined) or gives exactly the `yaml` library's result. */
function assertSameAsLibrary(text: string, label: string): boolean {
  const fast = parseYamlFastOnly(text);
  if (fast === undefined) return false;
  assert.deepStrictEqual(fast, parseYamlWithLibrary(text), `${label}: ${JSON.stringify(text.slice(0, 300))}`);
  return true;
}

// Documents the fast path must handle itself (they are what configuration files look like).
const HANDLED = [
  'a: 1',
  'a: 1  # c\nb:\n  c: !Ref x # hi\n  d:\n    - e\n    - [f, "g", 0x1F]\n# end\n\nz: \nq: {a: 1, b: !GetAtt x.y}\n',
  'a:\n- x\n-\n- - y\n  - z\nf:',
  'a: |\n  x\n   y\n\n  z\n\n\nb: >\n  p\n  q\n\n  r\nc: |-\n  s\n\nd: >+\n  t\n\n\ne: !Sub |\n  u ${X}\n  # not comment\n# c\nf: 1',
  'a: "x\\ty\\u00e9"\nb: \'it\'\'s\'\nc: 0o17\nd: 1e3\ne: .inf\nf: ~\ng: True\nh: 017\ni: +12\nj: 1_000\nk: -.5\nl: 12.\nm: yes\nn: .NaN\n',
  'a  : 1\n"b" : 2\n1.0: x\n~: y\n-x: 1\n',
  'a: [ ]\nb: {}\nc: [a,b]\nd: { a: 1 }\ne: [ x , y ]\nf: !If [c, !Ref x, {Ref: y}]\n',
  '- \n-   \n- a\n-',
  'a:\n  b:\nc: 1',
  'Key: # comment\n  Nested: 1\n',
  '# lead\n\nA: 1\n',
  'Fn::If: [a, b, c]\n',
  'x:\n  Ref: y\nz:\n  Fn::GetAtt: [a, b]\n',
  'Resources:\n  R:\n    Type: AWS::Cognito::UserPoolClient\n    Properties:\n      CallbackURLs:\n        - https://a.example/cb?x=1#frag\n',
];

// Documents only the `yaml` library handles; the fast path must decline rather than guess.
const DECLINED = [
  'a: &x 1\nb: *x\n', '--- \na: 1\n', 'a: 1\n---\nb: 2\n', '%YAML 1.2\n---\na: 1\n', '? a\n: b\n', 'a: b\n  c\n',
  'a: "x\n  y"\n', 'a:\tb\n', 'a: 1\r\nb: 2\r\n', 'a:\n  b: 1\n   # deeper comment\nc: 2', 'a: !!str 1\n', 'a: b: c\n',
  `a: |${' '.repeat(50)}x\n  y\n`, '[1, 2]\n', 'just a scalar\n', '', '# only a comment\n', 'a: [1,\n  2]\n', 'a: |2\n   x\n', 'a: {b}\n',
];

describe('fast YAML parser', () => {
  it('handles plain configuration itself, with the same result as the yaml library', () => {
    for (const text of HANDLED) assert.ok(assertSameAsLibrary(text, 'handled'), `declined: ${JSON.stringify(text)}`);
  });

  it('declines what needs the full grammar', () => {
    for (const text of DECLINED) assert.equal(parseYamlFastOnly(text), undefined, JSON.stringify(text));
  });

  it('handles a generated 1,000-line template like the library', () => {
    const text = generateYamlTemplate({ clients: 40 });
    assert.ok(assertSameAsLibrary(text, 'generated'));
  });

  it('agrees with the library on 3,000 mutated documents whenever it does not decline', () => {
    const r = rng(20261122);
    let handled = 0;
    const yamlSeeds = SEEDS.filter((s) => !s.name.endsWith('.json'));
    for (let i = 0; i < 3000; i++) {
      const seed = yamlSeeds[i % yamlSeeds.length];
      const text = mutateMany(seed.text, r, 1 + Math.floor(r() * 3));
      if (assertSameAsLibrary(text, `case ${i} (${seed.name})`)) handled++;
    }
    // Most single edits leave a document the fast path still reads; if it declined everything the test proves nothing.
    assert.ok(handled > 1000, `only ${handled} of 3000 mutated documents took the fast path`);
  });
});

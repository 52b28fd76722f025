import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES } from '../../../server/src/rules/index';
import { CATALOG } from '../../../server/src/rules/catalog-full';
import { ruleName } from '../../../server/src/rules/catalog';
import { collectQuickFixes, DOCS_DIR, differences, renderRuleDocs, toYaml } from '../../../scripts/gen-rule-docs.mjs';

const ROOT = join(__dirname, '..', '..', '..');
const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe('rule registry', () => {
  it('every catalog rule is implemented exactly once', () => {
    const implemented = ALL_RULES.map((r) => r.id);
    const missing = CATALOG.map((e) => e.id).filter((id) => !implemented.includes(id));
    const duplicated = implemented.filter((id, i) => implemented.indexOf(id) !== i);
    assert.deepEqual({ missing, duplicated }, { missing: [], duplicated: [] });
  });

  it('no rule outside the catalog', () => {
    const ids = new Set(CATALOG.map((e) => e.id));
    assert.deepEqual(ALL_RULES.map((r) => r.id).filter((id) => !ids.has(id)), []);
  });

  it("each rule lives in server/src/rules/<name>.ts and is exported under its camel-cased name", async () => {
    for (const rule of ALL_RULES) {
      const name = ruleName(rule.id);
      const file = join(ROOT, 'server', 'src', 'rules', `${name}.ts`);
      assert.ok(existsSync(file), `${rule.id}: no file ${name}.ts`);
      const mod = (await import(file)) as Record<string, unknown>;
      assert.equal(mod[camel(name)], rule, `${name}.ts does not export ${camel(name)} with id ${rule.id}`);
    }
  });

  it('each rule has a test file and a docs page', () => {
    const missing = ALL_RULES.map((r) => ruleName(r.id)).flatMap((name) => [
      ...(existsSync(join(ROOT, 'test', 'unit', 'rules', `${name}.test.ts`)) ? [] : [`test/unit/rules/${name}.test.ts`]),
      ...(existsSync(join(DOCS_DIR, `${name}.md`)) ? [] : [`docs/rules/${name}.md`]),
    ]);
    assert.deepEqual(missing, []);
  });
});

describe('rule docs', () => {
  it('docs/rules matches the generator (run `npm run docs:rules` after changing the catalog or a fix title)', async () => {
    const expected = renderRuleDocs(CATALOG, await collectQuickFixes(CATALOG));
    const onDisk = readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md'));
    assert.deepEqual(onDisk.sort(), Object.keys(expected).sort(), 'pages on disk');
    const stale = Object.entries(expected).filter(([file, text]) => readFileSync(join(DOCS_DIR, file), 'utf8') !== text).map(([file]) => file);
    assert.deepEqual(stale, []);
  });

  it('every page links its sources and shows both examples', () => {
    const pages = renderRuleDocs(CATALOG);
    for (const entry of CATALOG) {
      const page = pages[`${ruleName(entry.id)}.md`];
      for (const s of entry.sources ?? []) assert.ok(page.includes(`](${s.url})`), `${entry.id}: source ${s.url}`);
      assert.ok(page.includes('### Fails') && page.includes('### Passes'), entry.id);
      assert.ok(page.includes(entry.fail?.format === 'cfn' ? '```yaml' : '```json'), `${entry.id}: example language`);
    }
  });

  it('templates render as YAML with short intrinsic tags', () => {
    const yaml = toYaml({
      Resources: {
        C: {
          Type: 'AWS::Cognito::UserPoolClient',
          Properties: {
            UserPoolId: { Ref: 'Pool' }, Arn: { 'Fn::GetAtt': ['Fn', 'Arn'] }, Scopes: [{ 'Fn::Sub': '${Api}/read' }],
            Flag: 'true', Flows: [], Urls: { 'Fn::If': ['C', ['https://a'], { Ref: 'AWS::NoValue' }] },
          },
        },
      },
    });
    assert.equal(yaml, [
      'Resources:', '  C:', '    Type: AWS::Cognito::UserPoolClient', '    Properties:', '      UserPoolId: !Ref Pool',
      '      Arn: !GetAtt Fn.Arn', '      Scopes:', '        - !Sub "${Api}/read"', '      Flag: "true"', '      Flows: []',
      '      Urls: !If [C, [https://a], !Ref AWS::NoValue]', '',
    ].join('\n'));
  });

  it('"how to fix" lists what differs between the failing and passing examples', () => {
    assert.deepEqual(differences({ A: ['token'], B: 1, C: { D: 'x' } }, { A: ['implicit'], C: { D: 'y' }, E: true }), [
      'Remove `"token"` from `A`', 'Add `"implicit"` to `A`', 'Remove `B`', 'Change `C.D` from `"x"` to `"y"`', 'Add `E`: `true`',
    ]);
  });
});

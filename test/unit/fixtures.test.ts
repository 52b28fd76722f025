import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLanguageService, type LanguageService } from '../../server/src/language-service';
import type { Problem } from '../../server/src/rules/types';

/**
 * Realistic whole files run through every rule. Valid fixtures are linted together as one workspace (so
 * cross-file facts such as resource-server scopes and pool tiers resolve) and must give no error; each invalid
 * fixture is linted on its own and must give the rule codes its `<file>.expected.json` lists.
 */
const ROOT = join(__dirname, '..', 'fixtures');
const VALID = join(ROOT, 'valid');
const INVALID = join(ROOT, 'invalid');

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(json|ya?ml|template)$/.test(f) && !f.endsWith('.expected.json')).sort();
}

function serviceFor(dir: string, files: string[]): LanguageService {
  const service = createLanguageService({ onRuleError: (id, e) => { throw new Error(`rule ${id} threw: ${String(e)}`); } });
  for (const f of files) service.update(uri(dir, f), readFileSync(join(dir, f), 'utf8'), f.endsWith('.json') ? 'json' : 'yaml');
  return service;
}

function uri(dir: string, file: string): string {
  return `file://${join(dir, file)}`;
}

function show(problems: Problem[]): string {
  return JSON.stringify(problems.map((p) => `${p.ruleId} (${p.severity}) ${p.message}`), null, 2);
}

describe('valid fixtures', () => {
  const files = fixtureFiles(VALID);
  const service = serviceFor(VALID, files);

  it('are at least eight files covering every document kind the linter understands', () => {
    assert.ok(files.length >= 8, `only ${files.length} valid fixtures`);
    const formats = new Set(files.flatMap((f) => service.get(uri(VALID, f))?.resources.map((r) => r.format) ?? []));
    for (const format of ['cfn', 'api:CreateUserPoolClient', 'api:UpdateUserPoolClient', 'api:CreateResourceServer', 'describe:DescribeUserPoolClient', 'describe:DescribeResourceServer', 'describe:DescribeUserPool']) {
      assert.ok(formats.has(format as never), `no valid fixture of format ${format} (have ${[...formats].join(', ')})`);
    }
  });

  for (const file of files) {
    it(`${file}: is recognised and has no error`, () => {
      const doc = service.get(uri(VALID, file));
      assert.ok(doc && doc.resources.length > 0, 'no Cognito resource detected');
      assert.deepEqual(doc.parsed.errors.map((e) => e.message), [], 'parse errors');
      const errors = service.validate(uri(VALID, file)).filter((p) => p.severity === 'error');
      assert.equal(errors.length, 0, show(errors));
    });
  }
});

describe('invalid fixtures', () => {
  for (const file of fixtureFiles(INVALID)) {
    it(`${file}: reports the expected rules`, () => {
      const expected = JSON.parse(readFileSync(join(INVALID, `${file}.expected.json`), 'utf8')) as { codes: string[] };
      const service = serviceFor(INVALID, [file]);
      const problems = service.validate(uri(INVALID, file));
      const found = new Set(problems.map((p) => p.ruleId));
      for (const code of expected.codes) assert.ok(found.has(code), `missing ${code}; got ${show(problems)}`);
      // Nothing else may be an error: an unexpected error in a fixture is either a rule bug or a fixture bug.
      const unexpected = problems.filter((p) => p.severity === 'error' && !expected.codes.includes(p.ruleId));
      assert.deepEqual(unexpected.map((p) => `${p.ruleId}: ${p.message}`), []);
    });
  }
});

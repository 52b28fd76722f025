import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CATALOG } from '../../../server/src/rules/catalog-full';
import type { Format } from '../../../server/src/model/types';
import { lintText } from '../helpers/lint';

/**
 * The catalog's own examples are the contract: each failing example must get its rule's diagnostic, each passing
 * example must not. A `cfn` example is linted as a JSON template; API examples with the format they name.
 */
function lintExample(example: { format: string; document: unknown }) {
  const doc = example.document as Record<string, unknown>;
  const format = example.format === 'cfn' ? undefined : (example.format as Format);
  return lintText(JSON.stringify(doc, null, 2), { syntax: 'json', format, uri: 'file:///work/example.json' });
}

describe('catalog examples', () => {
  for (const entry of CATALOG) {
    it(`${entry.id} fails its failing example`, () => {
      assert.ok(entry.fail, 'catalog entry has a failing example');
      const ids = lintExample(entry.fail).map((p) => p.ruleId);
      assert.ok(ids.includes(entry.id), `expected ${entry.id}, got ${JSON.stringify(ids)}`);
    });
    it(`${entry.id} passes its passing example`, () => {
      assert.ok(entry.pass, 'catalog entry has a passing example');
      const problems = lintExample(entry.pass).filter((p) => p.ruleId === entry.id);
      assert.deepEqual(problems.map((p) => p.message), []);
    });
  }
});

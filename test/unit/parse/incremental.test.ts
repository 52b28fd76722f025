import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseText, reparseText } from '../../../server/src/parse';
import { isFastParsed, parseYamlFastOnly } from '../../../server/src/parse/yaml';
import { createLanguageService } from '../../../server/src/language-service';
import { generateYamlTemplate } from '../../bench/template';
import { mutate, pick, rng } from '../../fuzz/mutate';

/** An edit a person makes while typing: a character typed or deleted in a value, a value flipped, a line added. */
function typingEdit(text: string, r: () => number): string {
  const values = [...text.matchAll(/: (\S[^\n]*)/g)];
  const m = pick(r, values);
  const at = m.index! + 2 + Math.floor(r() * (m[1].length + 1));
  switch (Math.floor(r() * 6)) {
    case 0:
      return text.slice(0, at) + pick(r, ['x', '-', '0', ' ', '/', ':', '#', '"', '[', '!']) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.replace(/GenerateSecret: (true|false)/, (_, v) => `GenerateSecret: ${v === 'true' ? 'false' : 'true'}`);
    case 3: {
      const eol = text.indexOf('\n', at);
      const indent = /^ */.exec(text.slice(text.lastIndexOf('\n', at - 1) + 1))![0];
      return `${text.slice(0, eol)}\n${indent}${pick(r, ['CallbackURLs: [http://x.example/cb]', 'GenerateSecret: false', 'Foo:', '- x'])}${text.slice(eol)}`;
    }
    case 4:
      return text.slice(0, at) + '\n' + text.slice(at);
    default:
      return mutate(text, r);
  }
}

describe('incremental YAML re-parse', () => {
  it('gives exactly what a full parse gives, edit after edit, and mostly re-parses one entry', () => {
    const r = rng(7);
    const base = generateYamlTemplate({ clients: 15, findingEvery: 3 });
    let text = base;
    let parsed = parseText(text, 'yaml');
    let incremental = 0;
    let eligible = 0;
    for (let i = 0; i < 400; i++) {
      const next = typingEdit(text, r);
      const fastBoth = isFastParsed(parsed) && parseYamlFastOnly(next) !== undefined;
      const reparsed = reparseText(parsed, text, next, 'yaml');
      assert.deepStrictEqual(reparsed, parseText(next, 'yaml'), `edit ${i}`);
      // The incremental path updates and returns the previous tree; a full parse makes a new one.
      if (fastBoth) {
        eligible++;
        if (reparsed === parsed) incremental++;
      }
      // Keep typing on texts the fast parser reads; start over from a broken one.
      [text, parsed] = fastBoth ? [next, reparsed] : [base, parseText(base, 'yaml')];
    }
    // Between two texts in the fast parser's subset, nearly every edit stays inside one entry.
    assert.ok(eligible > 100 && incremental > eligible * 0.8, `only ${incremental} of ${eligible} edits were re-parsed incrementally`);
  });
});

describe('language service after edits', () => {
  it('reports exactly what a fresh service reports for the same text (cached rule results stay correct)', () => {
    const r = rng(11);
    const uri = 'file:///w/template.yaml';
    const service = createLanguageService();
    service.update('file:///w/other.yaml', 'UserPoolId: us-east-1_Example\nIdentifier: shared\nScopes:\n  - ScopeName: read\n', 'yaml');
    let text = generateYamlTemplate({ clients: 12, findingEvery: 2 });
    service.update(uri, text, 'yaml');
    service.validate(uri);
    for (let i = 0; i < 150; i++) {
      text = typingEdit(text, r);
      service.update(uri, text, 'yaml');
      const fresh = createLanguageService();
      fresh.update('file:///w/other.yaml', 'UserPoolId: us-east-1_Example\nIdentifier: shared\nScopes:\n  - ScopeName: read\n', 'yaml');
      fresh.update(uri, text, 'yaml');
      assert.deepStrictEqual(service.validate(uri), fresh.validate(uri), `edit ${i}`);
    }
  });
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createLanguageService } from '../../../server/src/language-service';
import type { Format } from '../../../server/src/model/types';
import type { Fix, Problem } from '../../../server/src/rules/types';

export interface WorkspaceFile {
  uri: string;
  json?: string;
  yaml?: string;
  format?: Format;
}

export interface RuleCase {
  name: string;
  /** The document under test. `[|` and `|]` mark the range the (first) expected problem must cover. */
  json?: string;
  yaml?: string;
  format?: Format;
  uri?: string;
  /** Other files of the same workspace (resource servers, pools...). */
  files?: WorkspaceFile[];
  /** Expected problems of the rule under test, as rule ids (repeat an id to expect it more than once). */
  problems: string[];
  /** Optional: a substring the first problem's message must contain. */
  message?: string;
  /** Optional: apply the first problem's fix with this title and expect this text (markers removed). */
  fix?: { title: string; result: string };
}

export interface Marked {
  text: string;
  range?: { offset: number; length: number };
}

export function unmark(source: string): Marked {
  const start = source.indexOf('[|');
  if (start < 0) return { text: source };
  const end = source.indexOf('|]', start);
  const text = source.slice(0, start) + source.slice(start + 2, end) + source.slice(end + 2);
  return { text, range: { offset: start, length: end - start - 2 } };
}

/** Lints `text` (plus the other workspace files) with every rule; returns all problems of the main document. */
export function lintText(text: string, options: { syntax: 'json' | 'yaml'; format?: Format; uri?: string; files?: WorkspaceFile[] }): Problem[] {
  const service = createLanguageService({ onRuleError: (id, e) => { throw new Error(`rule ${id} threw: ${String(e)}`); } });
  for (const f of options.files ?? []) {
    const other = f.json ?? f.yaml ?? '';
    service.update(f.uri, other, f.json !== undefined ? 'json' : 'yaml', { format: f.format });
  }
  const uri = options.uri ?? `file:///work/doc.${options.syntax}`;
  service.update(uri, text, options.syntax, { format: options.format });
  return service.validate(uri);
}

export function applyEdits(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.offset - a.offset);
  let out = text;
  for (const e of edits) out = out.slice(0, e.offset) + e.newText + out.slice(e.offset + e.length);
  return out;
}

/** One `it` per case: the rule under test must report exactly `problems` (other rules are ignored). */
export function runRuleCases(ruleId: string, cases: RuleCase[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const source = c.json ?? c.yaml;
      assert.ok(source !== undefined, 'a case needs json or yaml');
      const { text, range } = unmark(source);
      const problems = lintText(text, { syntax: c.json !== undefined ? 'json' : 'yaml', format: c.format, uri: c.uri, files: c.files }).filter((p) => p.ruleId === ruleId);
      assert.deepEqual(problems.map((p) => p.ruleId), c.problems, `problems: ${JSON.stringify(problems.map((p) => p.message))}`);
      const first = problems[0];
      if (range && first) assert.deepEqual({ offset: first.offset, length: first.length }, range, `range of "${first.message}": got ${JSON.stringify(text.slice(first.offset, first.offset + first.length))}`);
      if (c.message && first) assert.ok(first.message.includes(c.message), `message "${first.message}" lacks "${c.message}"`);
      if (c.fix) {
        const fix = first?.fixes?.find((f) => f.title === c.fix!.title);
        assert.ok(fix, `no fix "${c.fix.title}" (have ${JSON.stringify(first?.fixes?.map((f) => f.title))})`);
        assert.equal(applyEdits(text, fix), c.fix.result);
      }
    });
  }
}

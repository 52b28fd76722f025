import type { Resource } from '../model/types';
import type { MapNode, Pair } from '../parse/types';
import { getPair } from '../model/nodes';
import { DESCRIBE_ONLY_MEMBERS } from './common/update';
import { trimmedSpan } from './common/plain';
import type { Fix, Problem, Rule, RuleContext } from './types';

const DATES = ['CreationDate', 'LastModifiedDate'];

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The text of a member moved `shift` columns to the left (its continuation lines too). */
function dedented(text: string, pair: Pair, shift: number): string {
  const raw = text.slice(pair.span.offset, pair.span.offset + pair.span.length).trimEnd();
  if (shift <= 0) return raw;
  return raw.replace(new RegExp(`\\n {1,${shift}}`, 'g'), '\n');
}

/** Replaces `{"UserPoolClient": {…}}` by the inner members an update accepts, keeping each member's text. */
function unwrap(client: Resource, inner: MapNode, ctx: RuleContext): Fix | undefined {
  const root = client.wrapper;
  const wrapperPair = root && getPair(root, 'UserPoolClient');
  if (!root || !wrapperPair) return undefined;
  const text = ctx.doc.text;
  const kept = inner.pairs.filter((p) => !(DESCRIBE_ONLY_MEMBERS as readonly string[]).includes(p.key));
  if (kept.length === 0) return undefined;
  const outer = columnOf(text, wrapperPair.keySpan.offset);
  const shift = columnOf(text, kept[0].keySpan.offset) - outer;
  const indent = ' '.repeat(outer);
  const members = kept.map((p) => dedented(text, p, shift));
  if (ctx.doc.syntax === 'json' || root.flow) {
    const body = `{\n${members.map((m) => indent + m).join(',\n')}\n${' '.repeat(columnOf(text, root.offset))}}`;
    return { title: 'Unwrap UserPoolClient into an update input', edits: [ctx.edits.replaceText(root, body)] };
  }
  // A block map's span runs to the next line: keep the document's final newline.
  return { title: 'Unwrap UserPoolClient into an update input', edits: [ctx.edits.replaceText(trimmedSpan(text, root), members.join(`\n${indent}`))] };
}

export const updateInputReadonlyFields: Rule = {
  id: 'cognito/update-input-readonly-fields',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const props = client.props;
    if (!props) return [];
    if (client.wrapper) {
      const fix = unwrap(client, props, ctx);
      return [ctx.problem(client.anchor, 'An update input takes the client members at the top level, without CreationDate, LastModifiedDate or ClientSecret: unwrap the pasted describe-user-pool-client output; found the wrapper UserPoolClient', ...(fix ? [fix] : []))];
    }
    const problems: Problem[] = [];
    for (const key of DATES) {
      const pair = getPair(props, key);
      if (!pair) continue;
      const remove = ctx.edits.removeProperty(props, key);
      problems.push(ctx.problem(pair.keySpan, `UpdateUserPoolClient rejects members that only describe-user-pool-client returns: remove ${key}`,
        ...(remove ? [{ title: `Remove ${key}`, edits: [remove] }] : [])));
    }
    return problems;
  },
};

import { getPair, getValue, listState, stringItems } from '../model/nodes';
import type { SeqNode, Span } from '../parse/types';
import type { Fix, Problem, Rule, RuleContext, TextEdit } from './types';

const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const MAX_SCOPES = 50;

export const oauthScopeFormat: Rule = {
  id: 'cognito/oauth-scope-format',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const problems: Problem[] = [];
    const list = listState(client.props, 'AllowedOAuthScopes');
    const pair = getPair(client.props, 'AllowedOAuthScopes');
    if ((list.state === 'known' || list.state === 'partial') && list.seq.items.length > MAX_SCOPES && pair) {
      problems.push(ctx.problem(pair.keySpan, `AllowedOAuthScopes has too many scopes: keep at most ${MAX_SCOPES} (it has ${list.seq.items.length})`));
    }
    for (const item of stringItems(getValue(client.props, 'AllowedOAuthScopes'))) {
      if (item.value.length === 0) problems.push(ctx.problem(item.node, 'A scope is empty: remove it or write a scope name'));
      else if (item.value.length > 256) problems.push(ctx.problem(item.node, `A scope is too long: use at most 256 characters (it has ${item.value.length})`));
      else if (!SCOPE.test(item.value)) {
        const words = item.value.split(/\s+/).filter((w) => w !== '');
        const fixes: Fix[] = list.state !== 'absent' && list.state !== 'unknown' && words.length > 1 && words.every((w) => SCOPE.test(w))
          ? [{ title: 'Split into separate scopes', edits: [splitItem(ctx, list.seq, item.node, words)] }]
          : [];
        const hint = words.length > 1 ? 'list each scope as its own item' : 'remove spaces, quotes, backslashes and non-ASCII characters';
        problems.push(ctx.problem(item.node, `A scope may contain only printable ASCII without spaces, " or \\: ${hint}: ${JSON.stringify(item.value)}`, ...fixes));
      }
    }
    return problems;
  },
};

/** Replaces one list item with several, written the way the list is (flow/JSON: `, `; block YAML: new `- ` lines). */
function splitItem(ctx: RuleContext, seq: SeqNode, node: Span, words: string[]): TextEdit {
  const parts = words.map((w) => ctx.edits.format(w));
  if (seq.flow || ctx.doc.syntax === 'json') return ctx.edits.replaceText(node, parts.join(', '));
  const text = ctx.doc.text;
  const dash = text.lastIndexOf('-', node.offset);
  const lineStart = text.lastIndexOf('\n', dash) + 1;
  const indent = text.slice(lineStart, dash).replace(/[^\t]/g, ' ');
  return ctx.edits.replaceText(node, parts.join(`\n${indent}- `));
}

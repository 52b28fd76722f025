import { getPair, getValue, literalString } from '../model/nodes';
import type { Resource } from '../model/types';
import { scopeItems, type ScopeItem } from './common/resource-server';
import { describeChars, invalidChars, SCOPE_NAME_CHAR } from './common/patterns';
import { trimmedSpan } from './common/plain';
import type { Fix, Problem, Rule, RuleContext } from './types';

function checkName(server: Resource, item: ScopeItem, ctx: RuleContext): Problem | undefined {
  const pair = getPair(item.map, 'ScopeName');
  if (!pair || pair.value === undefined) return undefined;
  const name = literalString(pair.value);
  if (name === undefined) return undefined;
  if (name.length === 0) return ctx.problem(pair.value, 'ScopeName must not be empty: name the scope, such as read');
  if (name.length > 256) return ctx.problem(pair.value, `ScopeName must be at most 256 characters: shorten it; it has ${name.length}`);
  const identifier = literalString(getValue(server.props, 'Identifier'));
  const slash = name.lastIndexOf('/');
  if (slash >= 0 && identifier !== undefined && name.slice(0, slash) === identifier) {
    const bare = name.slice(slash + 1);
    const fixes: Fix[] = bare ? [{ title: `Use ${bare}`, edits: [ctx.edits.replace(pair.value, bare)] }] : [];
    return ctx.problem(pair.value, `ScopeName is the name alone: Cognito adds the identifier itself (${identifier}/<name>); use ${bare || 'the part after the /'}`, ...fixes);
  }
  const bad = invalidChars(name, SCOPE_NAME_CHAR);
  if (bad.length === 0) return undefined;
  return ctx.problem(pair.value, `ScopeName may contain only printable ASCII without '/', spaces, quotes or backslashes; not allowed: ${describeChars(bad)}`);
}

function checkDescription(item: ScopeItem, ctx: RuleContext): Problem | undefined {
  const pair = getPair(item.map, 'ScopeDescription');
  if (!pair || pair.value === undefined) return undefined;
  const description = literalString(pair.value);
  if (description === undefined) return undefined;
  if (description.length === 0) return ctx.problem(pair.value, 'ScopeDescription must not be empty: describe what the scope allows');
  if (description.length > 256) return ctx.problem(pair.value, `ScopeDescription must be at most 256 characters: shorten it; it has ${description.length}`);
  return undefined;
}

function checkItem(server: Resource, item: ScopeItem, ctx: RuleContext): Problem[] {
  const missing = ['ScopeName', 'ScopeDescription'].filter((k) => getPair(item.map, k) === undefined);
  // A key typed without a value yet is half-typed input, not a missing member.
  const problems = missing.length > 0 ? [ctx.problem(trimmedSpan(ctx.doc.text, item.map), `Each scope needs a ScopeName and a ScopeDescription: add ${missing.join(' and ')}`)] : [];
  for (const p of [checkName(server, item, ctx), checkDescription(item, ctx)]) if (p) problems.push(p);
  return problems;
}

export const scopeFieldInvalid: Rule = {
  id: 'cognito/scope-field-invalid',
  appliesTo: ['resource-server'],
  check(server, ctx) {
    return scopeItems(server).flatMap((item) => checkItem(server, item, ctx));
  },
};

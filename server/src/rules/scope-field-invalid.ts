import { getPair, getValue, literalString } from '../model/nodes';
import type { Node, Pair } from '../parse/types';
import type { Resource } from '../model/types';
import { scopeItems, type ScopeItem } from './common/resource-server';
import { describeChars, invalidChars, SCOPE_NAME_CHAR } from './common/patterns';
import { trimmedSpan } from './common/plain';
import type { Fix, Problem, Rule, RuleContext } from './types';

/** A scope member with a literal value; undefined while absent, half-typed or an intrinsic. */
function literalMember(item: ScopeItem, key: 'ScopeName' | 'ScopeDescription'): { pair: Pair & { value: Node }; value: string } | undefined {
  const pair = getPair(item.map, key);
  const value = literalString(pair?.value);
  return pair?.value !== undefined && value !== undefined ? { pair: pair as Pair & { value: Node }, value } : undefined;
}

/** Both members are 1..256 characters (ResourceServerScopeType). */
function lengthProblem(ctx: RuleContext, pair: Pair & { value: Node }, value: string, whenEmpty: string): Problem | undefined {
  if (value.length === 0) return ctx.problem(pair.value, `${pair.key} must not be empty: ${whenEmpty}`);
  if (value.length > 256) return ctx.problem(pair.value, `${pair.key} must be at most 256 characters: shorten it; it has ${value.length}`);
  return undefined;
}

function checkName(server: Resource, item: ScopeItem, ctx: RuleContext): Problem | undefined {
  const member = literalMember(item, 'ScopeName');
  if (!member) return undefined;
  const { pair, value: name } = member;
  const length = lengthProblem(ctx, pair, name, 'name the scope, such as read');
  if (length) return length;
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
  const member = literalMember(item, 'ScopeDescription');
  return member && lengthProblem(ctx, member.pair, member.value, 'describe what the scope allows');
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

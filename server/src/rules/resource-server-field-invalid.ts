import { getPair, literalString } from '../model/nodes';
import { describeChars, IDENTIFIER_CHAR, invalidChars, NAME_CHAR } from './common/patterns';
import type { Problem, Rule, RuleContext } from './types';
import type { Resource } from '../model/types';

const FIELDS = [
  { key: 'Identifier', allowed: IDENTIFIER_CHAR, hint: 'printable ASCII without spaces, quotes or backslashes, such as orders-api or https://api.example.com' },
  { key: 'Name', allowed: NAME_CHAR, hint: 'letters, digits, spaces and _ + = , . @ -' },
];

function checkField(server: Resource, ctx: RuleContext, field: (typeof FIELDS)[number]): Problem | undefined {
  const pair = getPair(server.props, field.key);
  const value = literalString(pair?.value);
  if (!pair?.value || value === undefined) return undefined;
  if (value.length === 0) return ctx.problem(pair.value, `${field.key} must not be empty: use ${field.hint}`);
  if (value.length > 256) return ctx.problem(pair.value, `${field.key} must be at most 256 characters: shorten it; it has ${value.length}`);
  const bad = invalidChars(value, field.allowed);
  if (bad.length === 0) return undefined;
  return ctx.problem(pair.value, `${field.key} may contain only ${field.hint}; not allowed: ${describeChars(bad)}`);
}

export const resourceServerFieldInvalid: Rule = {
  id: 'cognito/resource-server-field-invalid',
  appliesTo: ['resource-server'],
  check(server, ctx) {
    return FIELDS.map((f) => checkField(server, ctx, f)).filter((p): p is Problem => p !== undefined);
  },
};

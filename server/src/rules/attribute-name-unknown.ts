import type { Resource } from '../model/types';
import { getValue, stringItems, type LiteralItem } from '../model/nodes';
import { schemaAttributes, type SchemaAttribute, STANDARD_ATTRIBUTES, suggestStandardAttribute } from './common/attributes';
import { poolResource } from './common/pool';
import type { Fix, Problem, Rule, RuleContext } from './types';

export const attributeNameUnknown: Rule = {
  id: 'cognito/attribute-name-unknown',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const pool = poolResource(client, ctx.index);
    const schema = pool ? schemaAttributes(pool) : undefined;
    const declared = schema ? declaredNames(schema) : undefined;
    return ['ReadAttributes', 'WriteAttributes'].flatMap((key) =>
      stringItems(getValue(client.props, key)).flatMap((item) => checkItem(client, ctx, key, item, declared)));
  },
};

/** The schema's attribute names, once per schema (the same list for every client of the pool; perf). */
function declaredNames(schema: readonly SchemaAttribute[]): Set<string> {
  let names = namesOf.get(schema);
  if (!names) {
    names = new Set(schema.map((a) => a.name));
    namesOf.set(schema, names);
  }
  return names;
}

const namesOf = new WeakMap<readonly SchemaAttribute[], Set<string>>();

function checkItem(client: Resource, ctx: RuleContext, key: string, item: LiteralItem, declared: Set<string> | undefined): Problem[] {
  const name = item.value;
  if (name.length === 0 || name.length > 2048) return [ctx.problem(item.node, `An attribute name must be 1 to 2048 characters: ${key} item ${item.index + 1}`)];
  if (STANDARD_ATTRIBUTES.has(name) || name.startsWith('dev:')) return [];
  if (name.startsWith('custom:')) {
    if (!declared || declared.has(name)) return [];
    return [ctx.problem(item.node, `The user pool's Schema declares no such custom attribute: add it to the Schema or fix the name: ${name}`)];
  }
  const fixes: Fix[] = [];
  const standard = suggestStandardAttribute(name);
  if (standard) fixes.push({ title: `Replace with ${standard}`, edits: [ctx.edits.replace(item.node, standard)] });
  else if (!declared || declared.has(`custom:${name}`)) fixes.push({ title: `Replace with custom:${name}`, edits: [ctx.edits.replace(item.node, `custom:${name}`)] });
  const hint = standard ? `did you mean ${standard}?` : 'custom attributes take the custom: prefix';
  return [ctx.problem(item.node, `Not a standard attribute and not custom:/dev: prefixed (${hint}): ${name}`, ...fixes)];
}

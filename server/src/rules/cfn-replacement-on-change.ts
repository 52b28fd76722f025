import { asMap, getPair, getValue, literalBool } from '../model/nodes';
import type { Resource, ResourceKind } from '../model/types';
import type { Node } from '../parse/types';
import { sameValue, spanWithTag, toPlain } from './common/plain';
import type { Fix, Problem, Rule, RuleContext } from './types';

/** Create-only properties (CloudFormation resource schemas) and what a replacement costs. */
const CREATE_ONLY: Partial<Record<ResourceKind, { keys: string[]; cost: string }>> = {
  'app-client': { keys: ['GenerateSecret', 'UserPoolId'], cost: 'the app client is replaced: new client id and secret' },
  'resource-server': { keys: ['Identifier', 'UserPoolId'], cost: 'the resource server is replaced: its scopes get a new identifier prefix' },
  domain: { keys: ['Domain', 'UserPoolId'], cost: 'the domain is replaced: its sign-in and token URLs change' },
};

/** GenerateSecret omitted means false: writing the default is not a change. */
function normalized(key: string, node: Node | undefined): unknown {
  if (key === 'GenerateSecret') return literalBool(node) ?? (node === undefined ? false : toPlain(node));
  return toPlain(node);
}

function shown(node: Node | undefined): string {
  if (!node) return '(omitted)';
  const v = toPlain(node);
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function restore(resource: Resource, key: string, now: Node | undefined, old: Node | undefined, ctx: RuleContext): Fix | undefined {
  const props = resource.props;
  if (!props) return undefined;
  const title = 'Keep the deployed value';
  if (!old) {
    const remove = ctx.edits.removeProperty(props, key);
    return remove ? { title, edits: [remove] } : undefined;
  }
  return { title, edits: [now ? ctx.edits.replace(spanWithTag(ctx.doc.text, now), toPlain(old)) : ctx.edits.setProperty(props, key, toPlain(old))] };
}

export const cfnReplacementOnChange: Rule = {
  id: 'cognito/cfn-replacement-on-change',
  appliesTo: ['app-client', 'resource-server', 'domain'],
  check(resource: Resource, ctx) {
    const spec = CREATE_ONLY[resource.kind];
    const previous = resource.logicalId ? resource.template?.previous?.resources.get(resource.logicalId) : undefined;
    if (!spec || !previous || previous.type !== resource.cfnType) return [];
    const before = asMap(getValue(previous.map, 'Properties'));
    const problems: Problem[] = [];
    for (const key of spec.keys) {
      const now = getPair(resource.props, key);
      // A key typed without a value yet is half-typed input.
      if (now && (now.value === undefined || (now.value.kind === 'scalar' && now.value.value === null))) continue;
      const old = getValue(before, key);
      if (sameValue(now?.value, old) || JSON.stringify(normalized(key, now?.value)) === JSON.stringify(normalized(key, old))) continue;
      const fix = restore(resource, key, now?.value, old, ctx);
      problems.push(ctx.problem(now?.value ? spanWithTag(ctx.doc.text, now.value) : resource.anchor, `Changing ${key} makes CloudFormation replace the resource (${spec.cost}): keep the deployed value unless you plan the replacement; was ${shown(old)}`, ...(fix ? [fix] : [])));
    }
    return problems;
  },
};

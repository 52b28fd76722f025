import type { Format, Resource, ResourceKind } from '../model/types';
import type { MapNode } from '../parse/types';
import { asMap, getPair, getValue } from '../model/nodes';
import type { Problem, Rule, RuleContext } from './types';

const API_REQUIRED: Partial<Record<Format, string[]>> = {
  'api:CreateUserPoolClient': ['UserPoolId', 'ClientName'],
  'api:UpdateUserPoolClient': ['UserPoolId', 'ClientId'],
  'api:CreateResourceServer': ['UserPoolId', 'Identifier', 'Name'],
  'api:UpdateResourceServer': ['UserPoolId', 'Identifier', 'Name'],
  'api:CreateUserPoolDomain': ['Domain', 'UserPoolId'],
};

// CloudFormation requires less than the API: a UserPoolClient needs only UserPoolId (ClientName is optional).
const CFN_REQUIRED: Partial<Record<ResourceKind, string[]>> = {
  'app-client': ['UserPoolId'],
  'resource-server': ['UserPoolId', 'Identifier', 'Name'],
  domain: ['UserPoolId', 'Domain'],
};

const SCOPE_REQUIRED = ['ScopeName', 'ScopeDescription'];

export const requiredFieldMissing: Rule = {
  id: 'cognito/required-field-missing',
  appliesTo: ['app-client', 'resource-server', 'user-pool', 'domain'],
  check(resource, ctx) {
    const required = resource.format === 'cfn' ? CFN_REQUIRED[resource.kind] : API_REQUIRED[resource.format];
    if (!required) return [];
    const where = resource.format === 'cfn' ? `${resource.cfnType ?? 'The resource'} is` : `The ${resource.format.replace(/^api:/, '')} input is`;
    const problems = missing(resource.props, required, resource.anchor, where, ctx);
    if (resource.kind === 'resource-server') {
      for (const item of scopeItems(resource)) problems.push(...missing(item, SCOPE_REQUIRED, item.pairs[0]?.keySpan ?? item, 'A Scopes item is', ctx));
    }
    return problems;
  },
};

/** One problem per required member that is absent (at `anchor`) or has no value yet (at its key). */
function missing(map: MapNode | undefined, keys: string[], anchor: { offset: number; length: number }, where: string, ctx: RuleContext): Problem[] {
  const out: Problem[] = [];
  for (const key of keys) {
    const pair = getPair(map, key);
    if (!pair) out.push(ctx.problem(anchor, `${where} missing a required member: add ${key}`));
    else if (pair.value === undefined || (pair.value.kind === 'scalar' && pair.value.value === null)) {
      out.push(ctx.problem(pair.keySpan, `A required member has no value: fill in ${key}`));
    }
  }
  return out;
}

function scopeItems(server: Resource): MapNode[] {
  const scopes = getValue(server.props, 'Scopes');
  if (scopes?.kind !== 'seq') return [];
  return scopes.items.map(asMap).filter((m): m is MapNode => m !== undefined);
}

import { getValue, literalString } from '../model/nodes';
import type { Rule } from './types';

const POOL_ID = /^[A-Za-z0-9_-]+_[0-9a-zA-Z]+$/;

export const userPoolIdInvalid: Rule = {
  id: 'cognito/user-pool-id-invalid',
  // CreateUserPoolDomain inputs are domain resources; the catalog lists that format for this rule.
  appliesTo: ['app-client', 'resource-server', 'user-pool', 'domain'],
  check(resource, ctx) {
    const node = getValue(resource.props, 'UserPoolId');
    const id = literalString(node);
    if (id === undefined || node?.kind !== 'scalar') return [];
    if (id.length > 55) return [ctx.problem(node, `UserPoolId is too long: a user pool id has at most 55 characters (it has ${id.length})`)];
    if (POOL_ID.test(id)) return [];
    return [ctx.problem(node, `UserPoolId is not a user pool id: use the <region>_<id> form, e.g. us-east-1_AbC123xyz, not ${id}`)];
  },
};

import { authFlowItems } from './common/auth-flows';
import { poolResource, poolTier } from './common/pool';
import type { Rule } from './types';

export const allowUserAuthRequiresEssentials: Rule = {
  id: 'cognito/allow-user-auth-requires-essentials',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const item = authFlowItems(client).find((i) => i.value === 'ALLOW_USER_AUTH');
    if (!item) return [];
    const pool = poolResource(client, ctx.index);
    if (poolTier(pool) !== 'LITE') return [];
    const where = pool?.logicalId ?? pool?.pool?.literalId ?? 'the user pool';
    return [ctx.problem(item.node, `ALLOW_USER_AUTH (choice-based sign-in) needs the Essentials or Plus feature plan: set UserPoolTier: ESSENTIALS on ${where}, which is LITE`)];
  },
};

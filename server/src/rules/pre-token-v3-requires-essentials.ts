import { getValue, literalString } from '../model/nodes';
import { poolTier, preTokenConfig } from './common/pool';
import type { Rule } from './types';

export const preTokenV3RequiresEssentials: Rule = {
  id: 'cognito/pre-token-v3-requires-essentials',
  appliesTo: ['user-pool'],
  check(pool, ctx) {
    const node = getValue(preTokenConfig(pool).config, 'LambdaVersion');
    if (literalString(node) !== 'V3_0' || poolTier(pool) !== 'LITE' || !node || !pool.props) return [];
    return [ctx.problem(node, 'Pre token generation event V3_0 needs the Essentials or Plus feature plan: set UserPoolTier to ESSENTIALS or use V1_0; the pool is on LITE',
      { title: 'Set UserPoolTier: ESSENTIALS', edits: [ctx.edits.setProperty(pool.props, 'UserPoolTier', 'ESSENTIALS')] },
      { title: 'Use LambdaVersion V1_0', edits: [ctx.edits.replace(node, 'V1_0')] })];
  },
};

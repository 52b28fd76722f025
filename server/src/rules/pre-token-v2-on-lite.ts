import { getValue, literalString } from '../model/nodes';
import { poolTier, preTokenConfig } from './common/pool';
import type { Rule } from './types';

export const preTokenV2OnLite: Rule = {
  id: 'cognito/pre-token-v2-on-lite',
  appliesTo: ['user-pool'],
  check(pool, ctx) {
    const node = getValue(preTokenConfig(pool).config, 'LambdaVersion');
    if (literalString(node) !== 'V2_0' || poolTier(pool) !== 'LITE' || !node || !pool.props) return [];
    return [ctx.problem(node,
      'Access-token customization (V2_0) needs the Essentials or Plus feature plan; only Lite pools that had advanced security before 2024-11-22 keep it: set UserPoolTier to ESSENTIALS or use V1_0; the pool is on LITE',
      { title: 'Set UserPoolTier: ESSENTIALS', edits: [ctx.edits.setProperty(pool.props, 'UserPoolTier', 'ESSENTIALS')] },
      { title: 'Use LambdaVersion V1_0', edits: [ctx.edits.replace(node, 'V1_0')] })];
  },
};

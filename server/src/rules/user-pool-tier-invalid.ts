import { getValue, literalString } from '../model/nodes';
import type { Rule } from './types';

const TIERS = ['LITE', 'ESSENTIALS', 'PLUS'];

export const userPoolTierInvalid: Rule = {
  id: 'cognito/user-pool-tier-invalid',
  appliesTo: ['user-pool'],
  check(pool, ctx) {
    const node = getValue(pool.props, 'UserPoolTier');
    const tier = literalString(node);
    if (!node || tier === undefined || TIERS.includes(tier)) return [];
    const upper = tier.trim().toUpperCase();
    const fixes = TIERS.includes(upper) ? [{ title: `Change to ${upper}`, edits: [ctx.edits.replace(node, upper)] }] : [];
    return [ctx.problem(node, `UserPoolTier must be LITE, ESSENTIALS or PLUS (upper-case; omitted means ESSENTIALS): ${tier}`, ...fixes)];
  },
};

import { asMap, getValue, literalString } from '../model/nodes';
import type { Rule } from './types';

export const advancedSecurityRequiresPlus: Rule = {
  id: 'cognito/advanced-security-requires-plus',
  appliesTo: ['user-pool'],
  check(pool, ctx) {
    const addOns = asMap(getValue(pool.props, 'UserPoolAddOns'));
    const modeNode = getValue(addOns, 'AdvancedSecurityMode');
    const mode = literalString(modeNode);
    // Only an explicit LITE/ESSENTIALS conflicts: an omitted tier defaults to PLUS when advanced security is on.
    const tier = literalString(getValue(pool.props, 'UserPoolTier'));
    if (!modeNode || !pool.props || (mode !== 'AUDIT' && mode !== 'ENFORCED') || (tier !== 'LITE' && tier !== 'ESSENTIALS')) return [];
    return [ctx.problem(modeNode, `AdvancedSecurityMode ${mode} (threat protection) needs the Plus feature plan: set UserPoolTier to PLUS or AdvancedSecurityMode to OFF; the pool is on ${tier}`,
      { title: 'Set UserPoolTier: PLUS', edits: [ctx.edits.setProperty(pool.props, 'UserPoolTier', 'PLUS')] },
      { title: 'Set AdvancedSecurityMode: OFF', edits: [ctx.edits.replace(modeNode, 'OFF')] })];
  },
};

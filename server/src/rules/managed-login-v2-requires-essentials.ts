import { getValue, literalNumber, literalString } from '../model/nodes';
import { poolResource, poolTier } from './common/pool';
import type { Rule } from './types';

export const managedLoginV2RequiresEssentials: Rule = {
  id: 'cognito/managed-login-v2-requires-essentials',
  appliesTo: ['domain'],
  check(domain, ctx) {
    const node = getValue(domain.props, 'ManagedLoginVersion');
    if (!node || node.kind !== 'scalar' || node.value === null) return [];
    const version = literalNumber(node);
    if (version !== 1 && version !== 2) {
      return [ctx.problem(node, `ManagedLoginVersion must be 1 (hosted UI classic) or 2 (managed login): ${literalString(node) ?? ''}`)];
    }
    const pool = poolResource(domain, ctx.index);
    if (version !== 2 || poolTier(pool) !== 'LITE') return [];
    const fixes = [{ title: 'Use ManagedLoginVersion 1', edits: [ctx.edits.replace(node, 1)] }];
    if (pool?.props && pool.uri === domain.uri) fixes.push({ title: 'Set UserPoolTier: ESSENTIALS', edits: [ctx.edits.setProperty(pool.props, 'UserPoolTier', 'ESSENTIALS')] });
    return [ctx.problem(node, `Managed login (version 2) needs a feature plan other than Lite: use ManagedLoginVersion 1 or set the pool's UserPoolTier to ESSENTIALS; the pool is on LITE`, ...fixes)];
  },
};

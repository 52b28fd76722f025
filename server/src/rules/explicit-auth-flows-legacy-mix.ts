import { asSeq, getValue } from '../model/nodes';
import { authFlowItems, LEGACY_AUTH_FLOWS } from './common/auth-flows';
import type { Fix, Rule } from './types';

export const explicitAuthFlowsLegacyMix: Rule = {
  id: 'cognito/explicit-auth-flows-legacy-mix',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const items = authFlowItems(client);
    if (!items.some((i) => i.value.startsWith('ALLOW_'))) return [];
    const seq = asSeq(getValue(client.props, 'ExplicitAuthFlows'));
    const values = new Set(items.map((i) => i.value));
    return items
      .filter((item) => item.value in LEGACY_AUTH_FLOWS)
      .map((item) => {
        const replacement = LEGACY_AUTH_FLOWS[item.value];
        // When the ALLOW_ equivalent is already listed the legacy value only has to go.
        const fix: Fix = values.has(replacement) && seq
          ? { title: `Remove ${item.value}`, edits: [ctx.edits.removeItem(seq, item.index)] }
          : { title: `Replace with ${replacement}`, edits: [ctx.edits.replace(item.node, replacement)] };
        return ctx.problem(item.node, `Legacy ExplicitAuthFlows values cannot be combined with ALLOW_ values: use ${replacement} instead of ${item.value}`, fix);
      });
  },
};

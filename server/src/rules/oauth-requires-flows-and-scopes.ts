import { getPair, literalBool } from '../model/nodes';
import { flows, scopes } from './common/client';
import { hasKeyWithoutValue } from './common/half-typed';
import type { Problem, Rule } from './types';

const LISTS = [
  ['AllowedOAuthFlows', 'add at least one flow (code, implicit or client_credentials)', flows],
  ['AllowedOAuthScopes', 'add at least one scope', scopes],
] as const;

export const oauthRequiresFlowsAndScopes: Rule = {
  id: 'cognito/oauth-requires-flows-and-scopes',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const flag = getPair(client.props, 'AllowedOAuthFlowsUserPoolClient');
    if (!flag?.value || literalBool(flag.value) !== true) return [];
    const problems: Problem[] = [];
    for (const [key, todo, listOf] of LISTS) {
      const pair = getPair(client.props, key);
      // `AllowedOAuthFlows:` with nothing after it is still being typed.
      if (hasKeyWithoutValue(client.props, key)) continue;
      const list = listOf(client);
      if (list.state === 'absent') {
        problems.push(ctx.problem(pair?.keySpan ?? flag.value, `AllowedOAuthFlowsUserPoolClient is true but ${key} is missing: ${todo}`));
      } else if (list.state === 'known' && list.seq.items.length === 0) {
        problems.push(ctx.problem(list.seq, `AllowedOAuthFlowsUserPoolClient is true but ${key} is empty: ${todo}`));
      }
    }
    return problems;
  },
};

import { getPair, listState, literalBool } from '../model/nodes';
import { hasKeyWithoutValue } from './common/half-typed';
import type { Problem, Rule } from './types';

const LISTS = [
  ['AllowedOAuthFlows', 'add at least one flow (code, implicit or client_credentials)'],
  ['AllowedOAuthScopes', 'add at least one scope'],
] as const;

export const oauthRequiresFlowsAndScopes: Rule = {
  id: 'cognito/oauth-requires-flows-and-scopes',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const flag = getPair(client.props, 'AllowedOAuthFlowsUserPoolClient');
    if (!flag?.value || literalBool(flag.value) !== true) return [];
    const problems: Problem[] = [];
    for (const [key, todo] of LISTS) {
      const pair = getPair(client.props, key);
      // `AllowedOAuthFlows:` with nothing after it is still being typed.
      if (hasKeyWithoutValue(client.props, key)) continue;
      const list = listState(client.props, key);
      if (list.state === 'absent') {
        problems.push(ctx.problem(pair?.keySpan ?? flag.value, `AllowedOAuthFlowsUserPoolClient is true but ${key} is missing: ${todo}`));
      } else if (list.state === 'known' && list.seq.items.length === 0) {
        problems.push(ctx.problem(list.seq, `AllowedOAuthFlowsUserPoolClient is true but ${key} is empty: ${todo}`));
      }
    }
    return problems;
  },
};

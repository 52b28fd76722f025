import { authFlowItems, suggestAuthFlow, VALID_AUTH_FLOWS } from './common/auth-flows';
import type { Rule } from './types';

export const explicitAuthFlowInvalid: Rule = {
  id: 'cognito/explicit-auth-flow-invalid',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return authFlowItems(client)
      .filter((item) => !VALID_AUTH_FLOWS.has(item.value))
      .map((item) => {
        const suggestion = suggestAuthFlow(item.value);
        const hint = suggestion ? `use ${suggestion}` : 'use ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, ALLOW_USER_AUTH, ALLOW_CUSTOM_AUTH, ALLOW_USER_PASSWORD_AUTH or ALLOW_ADMIN_USER_PASSWORD_AUTH';
        const message = `Not a valid ExplicitAuthFlows value (InitiateAuth flow names take the ALLOW_ prefix here): ${hint}: ${item.value}`;
        return suggestion
          ? ctx.problem(item.node, message, { title: `Replace with ${suggestion}`, edits: [ctx.edits.replace(item.node, suggestion)] })
          : ctx.problem(item.node, message);
      });
  },
};

import { authFlowItems } from './common/auth-flows';
import type { Rule } from './types';

const PASSWORD_FLOWS = new Set(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH']);

export const passwordAuthFlow: Rule = {
  id: 'cognito/password-auth-flow',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return authFlowItems(client)
      .filter((item) => PASSWORD_FLOWS.has(item.value))
      .map((item) => ctx.problem(item.node, `This flow sends the plain password to Cognito instead of using SRP: prefer ALLOW_USER_SRP_AUTH unless the app needs it: ${item.value}`));
  },
};

import { getValue, stringItems } from '../model/nodes';
import { isStandardScope, STANDARD_SCOPES } from './common/client';
import { isWellFormedScope } from './common/scopes';
import { closest } from './common/suggest';
import type { Fix, Rule } from './types';

export const unknownStandardScope: Rule = {
  id: 'cognito/unknown-standard-scope',
  appliesTo: ['app-client'],
  check(client, ctx) {
    return stringItems(getValue(client.props, 'AllowedOAuthScopes'))
      .filter((item) => isWellFormedScope(item.value) && !item.value.includes('/') && !isStandardScope(item.value))
      .map((item) => {
        const meant = closest(item.value, STANDARD_SCOPES);
        const fixes: Fix[] = meant ? [{ title: `Replace with ${meant}`, edits: [ctx.edits.replace(item.node, meant)] }] : [];
        return ctx.problem(
          item.node,
          `Not a Cognito scope: use openid, email, phone, profile, aws.cognito.signin.user.admin (case-sensitive) or a custom <resource server>/<scope>, not ${item.value}`,
          ...fixes,
        );
      });
  },
};

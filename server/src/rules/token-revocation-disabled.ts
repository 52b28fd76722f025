import { getPair, literalBool } from '../model/nodes';
import type { Rule } from './types';

export const tokenRevocationDisabled: Rule = {
  id: 'cognito/token-revocation-disabled',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getPair(client.props, 'EnableTokenRevocation')?.value;
    if (!node || literalBool(node) !== false) return [];
    const fixes = client.format === 'describe:DescribeUserPoolClient' ? [] : [{ title: 'Set EnableTokenRevocation: true', edits: [ctx.edits.replace(node, true)] }];
    return [ctx.problem(node, 'Token revocation is off: RevokeToken and /oauth2/revoke cannot end this client\'s sessions; set EnableTokenRevocation: true unless that is intended', ...fixes)];
  },
};

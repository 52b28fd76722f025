import { getPair, listState } from '../model/nodes';
import { flows } from './common/client';
import type { Rule } from './types';

export const managedLoginRequiresIdp: Rule = {
  id: 'cognito/managed-login-requires-idp',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const f = flows(client);
    if (f.state !== 'known' && f.state !== 'partial') return [];
    if (!f.values.includes('code') && !f.values.includes('implicit')) return [];
    const idps = listState(client.props, 'SupportedIdentityProviders');
    if (idps.state === 'unknown' || ((idps.state === 'known' || idps.state === 'partial') && idps.seq.items.length > 0)) return [];
    const pair = getPair(client.props, 'SupportedIdentityProviders');
    const span = pair?.value && !(pair.value.kind === 'scalar' && pair.value.value === null) ? pair.value : (pair?.keySpan ?? client.anchor);
    const fixes = client.format === 'describe:DescribeUserPoolClient' || !client.props
      ? []
      : [{ title: 'Set SupportedIdentityProviders: [COGNITO]', edits: [ctx.edits.setProperty(client.props, 'SupportedIdentityProviders', ['COGNITO'])] }];
    return [ctx.problem(span, 'Sign-in through managed login needs at least one identity provider: add COGNITO (local users) or a federated provider to SupportedIdentityProviders', ...fixes)];
  },
};

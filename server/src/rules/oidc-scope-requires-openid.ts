import { hasFlow, scopes } from './common/client';
import type { Rule } from './types';

const OIDC_SCOPES = new Set(['email', 'phone', 'profile']);

export const oidcScopeRequiresOpenid: Rule = {
  id: 'cognito/oidc-scope-requires-openid',
  appliesTo: ['app-client'],
  check(client, ctx) {
    // client_credentials clients get their own rule about standard scopes.
    if (hasFlow(client, 'client_credentials')) return [];
    const s = scopes(client);
    // An intrinsic item may be openid.
    if (s.state !== 'known' || s.values.includes('openid')) return [];
    const item = s.seq.items.find((n) => n.kind === 'scalar' && OIDC_SCOPES.has(String(n.value)));
    if (!item || item.kind !== 'scalar') return [];
    return [ctx.problem(
      item,
      `The ${String(item.value)} scope can only be requested together with openid: add openid to AllowedOAuthScopes`,
      { title: 'Add openid', edits: [ctx.edits.appendItem(s.seq, 'openid')] },
    )];
  },
};

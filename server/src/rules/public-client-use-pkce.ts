import { flows, hasSecret } from './common/client';
import type { Rule } from './types';

export const publicClientUsePkce: Rule = {
  id: 'cognito/public-client-use-pkce',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const f = flows(client);
    if (f.state !== 'known' && f.state !== 'partial') return [];
    const item = f.seq.items.find((n) => n.kind === 'scalar' && n.value === 'code');
    if (!item || hasSecret(client) !== false) return [];
    return [ctx.problem(item, 'Public client (no secret) with the code flow: the app should use PKCE, sending code_challenge_method=S256 (the only method Cognito accepts) with code_challenge, then code_verifier to /oauth2/token')];
  },
};

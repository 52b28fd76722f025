import { hasFlow, scopes } from './common/client';
import type { Rule } from './types';

export const clientCredentialsCustomScopesOnly: Rule = {
  id: 'cognito/client-credentials-custom-scopes-only',
  appliesTo: ['app-client'],
  check(client, ctx) {
    if (!hasFlow(client, 'client_credentials')) return [];
    const s = scopes(client);
    if (s.state !== 'known' && s.state !== 'partial') return [];
    return s.seq.items.flatMap((node, index) => {
      if (node.kind !== 'scalar' || node.value === null) return [];
      const scope = String(node.value);
      if (scope.includes('/')) return [];
      return [ctx.problem(
        node,
        `client_credentials grants only custom scopes (<resource server>/<scope>): remove ${scope}, or move it to a client for signed-in users`,
        { title: `Remove ${scope}`, edits: [ctx.edits.removeItem(s.seq, index)] },
      )];
    });
  },
};

import { flows } from './common/client';
import type { Rule } from './types';

export const clientCredentialsExclusive: Rule = {
  id: 'cognito/client-credentials-exclusive',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const f = flows(client);
    if (f.state !== 'known' && f.state !== 'partial') return [];
    const index = f.seq.items.findIndex((n) => n.kind === 'scalar' && n.value === 'client_credentials');
    const others = f.values.filter((v) => v === 'code' || v === 'implicit');
    if (index < 0 || others.length === 0) return [];
    return [ctx.problem(
      f.seq.items[index],
      `client_credentials must be the only OAuth flow of a client: use a separate app client for machine-to-machine access, or remove ${others.join(' and ')}`,
      { title: 'Remove client_credentials', edits: [ctx.edits.removeItem(f.seq, index)] },
    )];
  },
};

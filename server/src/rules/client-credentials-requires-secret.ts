import { getPair } from '../model/nodes';
import { flows, hasSecret } from './common/client';
import type { Rule } from './types';

export const clientCredentialsRequiresSecret: Rule = {
  id: 'cognito/client-credentials-requires-secret',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const f = flows(client);
    if (f.state !== 'known' && f.state !== 'partial') return [];
    const item = f.seq.items.find((n) => n.kind === 'scalar' && n.value === 'client_credentials');
    if (!item || hasSecret(client) !== false || !client.props) return [];
    const fix = client.format === 'describe:DescribeUserPoolClient'
      ? []
      : [{ title: 'Set GenerateSecret: true', edits: [ctx.edits.setProperty(client.props, 'GenerateSecret', true)] }];
    const gen = getPair(client.props, 'GenerateSecret');
    const message = client.format === 'describe:DescribeUserPoolClient'
      ? 'client_credentials needs a client secret, and this client has none: create a new client with a secret (a secret cannot be added later)'
      : 'client_credentials needs a client secret: set GenerateSecret: true (Cognito rejects the client otherwise)';
    return [ctx.problem(gen?.value ?? item, message, ...fix)];
  },
};

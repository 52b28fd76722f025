import { getPair, literalString } from '../model/nodes';
import { REDACTED_SECRET } from '../model/redaction';
import type { Rule } from './types';

export const clientSecretLiteral: Rule = {
  id: 'cognito/client-secret-literal',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const pair = getPair(client.props, 'ClientSecret');
    const secret = literalString(pair?.value);
    // The explorer's own redacted documents hold a placeholder, not a secret.
    if (!client.props || !pair?.value || !secret || secret === REDACTED_SECRET) return [];
    // The message never repeats the secret: diagnostics end up in logs and CI output.
    if (client.format === 'describe:DescribeUserPoolClient') {
      const remove = ctx.edits.removeProperty(client.props, 'ClientSecret');
      return [ctx.problem(pair.value, 'This file holds the client secret in clear text: remove it before committing or sharing the file (rotate it if it was shared)',
        ...(remove ? [{ title: 'Remove ClientSecret', edits: [remove] }] : []))];
    }
    return [ctx.problem(pair.value, 'This file holds a custom client secret in clear text: keep it out of version control and pass it from a secret store (or use GenerateSecret: true)')];
  },
};

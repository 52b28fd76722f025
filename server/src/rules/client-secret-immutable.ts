import { getPair } from '../model/nodes';
import type { Rule } from './types';

export const clientSecretImmutable: Rule = {
  id: 'cognito/client-secret-immutable',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const props = client.props;
    if (!props) return [];
    return ['GenerateSecret', 'ClientSecret'].flatMap((key) => {
      const pair = getPair(props, key);
      if (!pair) return [];
      const edit = ctx.edits.removeProperty(props, key);
      return [ctx.problem(pair.keySpan, `UpdateUserPoolClient has no ${key}: a secret is fixed at creation (use AddUserPoolClientSecret or a new client); remove ${key}`,
        ...(edit ? [{ title: `Remove ${key}`, edits: [edit] }] : []))];
    });
  },
};

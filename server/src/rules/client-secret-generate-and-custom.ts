import { getPair, literalBool } from '../model/nodes';
import type { Rule } from './types';

export const clientSecretGenerateAndCustom: Rule = {
  id: 'cognito/client-secret-generate-and-custom',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const props = client.props;
    const secret = getPair(props, 'ClientSecret');
    if (!props || !secret?.value || (secret.value.kind === 'scalar' && secret.value.value === null)) return [];
    if (literalBool(getPair(props, 'GenerateSecret')?.value) !== true) return [];
    const fixes = [
      { title: 'Remove GenerateSecret', edits: [ctx.edits.removeProperty(props, 'GenerateSecret')!] },
      { title: 'Remove ClientSecret', edits: [ctx.edits.removeProperty(props, 'ClientSecret')!] },
    ];
    return [ctx.problem(secret.keySpan, 'A custom ClientSecret cannot be combined with GenerateSecret: true: remove one of them', ...fixes)];
  },
};

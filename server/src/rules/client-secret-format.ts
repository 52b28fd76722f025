import { getPair, literalString } from '../model/nodes';
import type { Rule } from './types';

const PATTERN = /^[\w+]+$/u;

export const clientSecretFormat: Rule = {
  id: 'cognito/client-secret-format',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const node = getPair(client.props, 'ClientSecret')?.value;
    if (!node || node.kind !== 'scalar' || node.value === null) return [];
    const secret = literalString(node) ?? '';
    const length = [...secret].length;
    if (length >= 24 && length <= 64 && PATTERN.test(secret)) return [];
    // The message never quotes the secret itself: diagnostics end up in logs and screenshots.
    const what = length < 24 || length > 64 ? `it has ${length} characters` : 'it contains other characters';
    return [ctx.problem(node, `ClientSecret must be 24 to 64 letters, digits, '_' or '+': ${what}`)];
  },
};

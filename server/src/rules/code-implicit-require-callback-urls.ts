import { listState } from '../model/nodes';
import { hasKeyWithoutValue } from './common/half-typed';
import { flows } from './common/client';
import type { Rule } from './types';

export const codeImplicitRequireCallbackUrls: Rule = {
  id: 'cognito/code-implicit-require-callback-urls',
  appliesTo: ['app-client'],
  check(client, ctx) {
    const f = flows(client);
    if (f.state !== 'known' && f.state !== 'partial') return [];
    const item = f.seq.items.find((n) => n.kind === 'scalar' && (n.value === 'code' || n.value === 'implicit'));
    if (!item) return [];
    if (hasKeyWithoutValue(client.props, 'CallbackURLs')) return [];
    const callbacks = listState(client.props, 'CallbackURLs');
    const empty = callbacks.state === 'absent' || (callbacks.state === 'known' && callbacks.seq.items.length === 0);
    if (!empty) return [];
    const flow = item.kind === 'scalar' ? String(item.value) : '';
    return [ctx.problem(item, `The ${flow} flow redirects to a callback URL, and CallbackURLs is ${callbacks.state === 'absent' ? 'missing' : 'empty'}: add at least one URL for ${flow}`)];
  },
};
